import { current, freeze, isAutoFreeze, isDraft } from './immer.js';
import { deriveConditions, getPhase } from './podStatus.js';
import { tlatest, tset } from './table.js';
import { podPhaseChanged } from './quotaUsage.js';
/**
 * Pod status writes as plain copy-on-write: the reducer gets the pod as a plain object, returns a
 * new one, and only the table path (root, branch, bucket) goes through immer proxies. Container
 * facts are most of the log at scale; drafting pod -> status -> containerStatuses -> state for
 * each one cost several times more (measured with benchmarks/kubelet.bench.ts).
 */
export function updatePod(s, uid, fn) {
    const pods = s.pods;
    // latest, not get: get would make an immer draft only to read it back with current().
    const d = tlatest(pods, uid);
    if (!d)
        return;
    const pod = (isDraft(d) ? current(d) : d);
    const next = fn(pod);
    // Frozen as it enters the table (the table stores values as given): state stays immutable,
    // and freezing stops at the subtrees shared with the previous pod, which are frozen already.
    if (!next || next === pod)
        return;
    if (next.status.phase !== pod.status.phase)
        podPhaseChanged(s, pod, next);
    tset(pods, uid, (isAutoFreeze() ? freeze(next, true) : next));
}
/**
 * A shallow copy to add keys to: Object.assign({}, o), not `{ ...o, newKey }`. V8 gives a spread
 * copy a hidden class of its own with no room, and each key then added that the source lacks cost
 * ~300 bytes (measured: a pod status with the sandbox's 6 new keys, 2.4 KB spread, 0.4 KB this
 * way). Same own keys, same order: assigning a key the source has keeps its place.
 */
export const copyOf = (o) => Object.assign({}, o);
/**
 * Deep freeze for plain JSON state (pods): stops at frozen objects, as immer's freeze does, with
 * fewer checks per value (immer also handles drafts, Maps and Sets, which pods never hold).
 */
export function deepFreeze(v) {
    if (typeof v !== 'object' || v === null || Object.isFrozen(v))
        return v;
    Object.freeze(v);
    if (Array.isArray(v))
        for (let i = 0; i < v.length; i++)
            deepFreeze(v[i]);
    else
        for (const k in v)
            deepFreeze(v[k]);
    return v;
}
export function specOf(pod, name) {
    const app = pod.spec.containers.find((c) => c.name === name);
    if (app)
        return { c: app, init: false };
    return { c: pod.spec.initContainers?.find((c) => c.name === name), init: true };
}
/**
 * A container's status before the runtime knows it: kubelet_pods.go convertToAPIContainerStatuses
 * sets every container (init and app) to Waiting "ContainerCreating", or "PodInitializing" when
 * the pod has init containers (so kubectl prints `Init:0/N`, not `Init:ContainerCreating`).
 */
export const newContainerStatus = (c, pod) => ({ name: c.name, image: c.image ?? '', imageID: '', ready: false, started: false, restartCount: 0,
    state: { waiting: { reason: pod.spec.initContainers?.length ? 'PodInitializing' : 'ContainerCreating' } },
    lastState: {} });
/**
 * The pod with a status for every container the kubelet has not reported yet (its defaults):
 * the kubelet writes them at the start of each sync, before volumes are mounted and the sandbox
 * exists (kubelet.go SyncPod: generateAPIPodStatus, then WaitForAttachAndMount).
 */
export function withDefaultStatuses(pod) {
    const { inits, apps } = defaultStatuses(pod);
    return { ...pod, status: { ...pod.status, ...(inits.length ? { initContainerStatuses: inits } : {}),
            containerStatuses: apps } };
}
/** Every container's status in spec order: the one reported, or a new Waiting one (newContainerStatus). */
export function defaultStatuses(pod) {
    const fill = (specs, have) => (specs ?? []).map((c) => have?.find((x) => x.name === c.name) ?? newContainerStatus(c, pod));
    return { inits: fill(pod.spec.initContainers, pod.status.initContainerStatuses),
        apps: fill(pod.spec.containers, pod.status.containerStatuses) };
}
/**
 * A pod with one container's status replaced by `fn(status)` (created first if the kubelet has
 * not reported it yet); undefined when the container is unknown or `fn` declines.
 */
export function withContainer(pod, name, fn) {
    const { c, init } = specOf(pod, name);
    if (!c)
        return undefined;
    const key = init ? 'initContainerStatuses' : 'containerStatuses';
    const list = pod.status[key] ?? [];
    const i = list.findIndex((x) => x.name === name);
    const st = i >= 0 ? list[i] : newContainerStatus(c, pod);
    const next = fn(st, c, init);
    if (!next)
        return undefined;
    // A copy of the list with one slot set, and the key assigned rather than computed in a literal:
    // this runs for most facts of a large run (same keys in the same order as before).
    const nl = list.slice();
    if (i >= 0)
        nl[i] = next;
    else
        nl.push(next);
    const status = copyOf(pod.status);
    status[key] = nl;
    return { ...pod, status };
}
const sameConditions = (a, b) => a.length === b.length && a.every((x, i) => x.type === b[i].type && x.status === b[i].status
    && x.reason === b[i].reason && x.message === b[i].message && x.lastTransitionTime === b[i].lastTransitionTime
    && x.lastProbeTime === b[i].lastProbeTime);
/** Phase and conditions recomputed (podStatus.ts); the same object when nothing changed. */
export function refreshed(pod, at) {
    const phase = getPhase(pod);
    const withPhase = phase === pod.status.phase ? pod : { ...pod, status: { ...pod.status, phase } };
    const conditions = deriveConditions(withPhase, at);
    if (sameConditions(pod.status.conditions, conditions))
        return withPhase;
    // One copy for both (the keys land where two copies in turn would put them).
    return { ...pod, status: { ...pod.status, phase, conditions } };
}
