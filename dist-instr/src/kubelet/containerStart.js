import { toCanonical } from '../api/quantity.js';
import { CONTAINER_BACKOFF_INITIAL_MS, nextRestart } from './backoff.js';
import { envRefs, notFound, refExists } from './configRefs.js';
import { PLEG_RELIST_MS } from './imagePull.js';
import { decidePullUnderFaults } from './containerFaults.js';
/** A regular init container without a behaviour runs this long and exits 0 (kubesim's choice). */
export const DEFAULT_INIT_RUN_MS = 1_000;
export const memoryLimit = (c) => {
    const q = c.resources?.limits?.memory;
    return q === undefined ? undefined : toCanonical('memory', q);
};
/** First step (ms after start) at which memory use exceeds the limit. */
export function oomAfter(steps, limit) {
    if (!steps || limit === undefined)
        return undefined;
    const s = steps.find((x) => x.value > limit);
    return s ? { at: s.at, bytes: s.value } : undefined;
}
/** startContainer (kuberuntime_container.go): config refs, then the image, then create. */
export function startContainer(w, p, c, state, out) {
    c.inst++;
    const at = out.now, ns = p.pod.metadata.namespace;
    const missing = envRefs(c.spec).filter((r) => !refExists(state, ns, r));
    if (missing.length > 0) {
        // kuberuntime_container.go startContainer: generateContainerConfig fails -> CreateContainerConfigError.
        out.emit({ type: 'ContainerWaiting', at, pod: p.key, uid: p.uid, container: c.name,
            reason: 'CreateContainerConfigError', message: notFound(missing[0]) });
        c.phase = 'waiting';
        for (const r of missing)
            w.ctx.waitFor(`${r.resource}/${ns}/${r.name}`, p.uid);
        return;
    }
    const image = c.spec.image ?? '';
    const images = w.ctx.images(p.node, state);
    const d = decidePullUnderFaults(c, c.spec, images.has(image), c.behavior, at);
    if (d.kind === 'present') {
        out.emit({ type: 'ImagePulled', at, pod: p.key, uid: p.uid, container: c.name, image, durationMs: 0,
            present: true });
        return create(w, p, c, state, out);
    }
    if (d.kind === 'neverPull') {
        out.emit({ type: 'ContainerWaiting', at, pod: p.key, uid: p.uid, container: c.name, reason: 'ErrImageNeverPull',
            message: d.message });
        c.phase = 'waiting';
        return;
    }
    out.emit({ type: 'ImagePulling', at, pod: p.key, uid: p.uid, container: c.name, image });
    c.phase = 'pulling';
    // serializeImagePulls defaults to true (kubelet config v1beta1): one pull at a time per node;
    // a pod asking for an image already being pulled on the node waits for that pull.
    const node = w.ctx.pulls(p.node);
    const joined = d.fail ? undefined : node.inFlight.get(image);
    if (joined !== undefined && joined >= at) {
        w.scheduleContainer(p, c, joined, { op: 'pulled', ms: joined - at });
        return;
    }
    const start = Math.max(at, node.busyUntil);
    const done = start + d.durationMs;
    node.busyUntil = done;
    if (!d.fail)
        node.inFlight.set(image, done);
    w.scheduleContainer(p, c, done, { op: 'pulled', ms: done - at, fail: d.fail });
}
/** A pull finished: ErrImagePull and the image back-off, or the image is cached and the container created. */
export function pulled(w, p, c, work, state, out) {
    const image = c.spec.image ?? '', at = out.now;
    if (work.fail) {
        out.emit({ type: 'ContainerWaiting', at, pod: p.key, uid: p.uid, container: c.name, reason: 'ErrImagePull',
            message: `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image ` +
                `"${image}": not found` });
        // The image back-off (kubelet.go imageBackOff: 10 s doubling to 300 s) delays the next pull.
        const r = nextRestart(c.pullBackoff, at);
        const delay = r.delayMs === 0 ? CONTAINER_BACKOFF_INITIAL_MS : r.delayMs;
        c.pullBackoff = r.delayMs === 0 ? { backoffMs: CONTAINER_BACKOFF_INITIAL_MS * 2, lastUpdate: at } : r.entry;
        c.phase = 'waiting';
        w.scheduleContainer(p, c, at + PLEG_RELIST_MS, { op: 'pullBackOff' });
        w.scheduleContainer(p, c, at + delay, { op: 'retry' });
        return;
    }
    out.emit({ type: 'ImagePulled', at, pod: p.key, uid: p.uid, container: c.name, image, durationMs: work.ms ?? 0 });
    const images = w.ctx.images(p.node, state);
    if (!images.has(image)) {
        images.add(image);
        out.emit({ type: 'ImageCached', at, node: p.node, image });
    }
    const node = w.ctx.pulls(p.node);
    if (node.inFlight.get(image) === at)
        node.inFlight.delete(image);
    create(w, p, c, state, out);
}
function create(w, p, c, state, out) {
    const at = out.now;
    const containerID = w.ctx.rng.uuidHex('containerd://');
    out.emit({ type: 'ContainerCreated', at, pod: p.key, uid: p.uid, container: c.name, containerID,
        restartCount: c.created });
    c.id = containerID;
    c.created++;
    c.phase = 'starting';
    c.inst++;
    const b = c.behavior;
    const hasPostStart = c.spec.lifecycle?.postStart !== undefined;
    // postStart runs with the entrypoint; the container is Running only once it completed.
    const runAt = at + (b.startDelay ?? 0) + (hasPostStart ? (b.postStart?.duration ?? 0) : 0);
    if (hasPostStart && b.postStart?.fail)
        w.scheduleContainer(p, c, runAt, { op: 'postStartFailed' });
    else if (runAt === at)
        running(w, p, c, state, out);
    else
        w.scheduleContainer(p, c, runAt, { op: 'started' });
}
/** The container runs: its exit or OOM kill is scheduled from its behaviour, and its probes start. */
export function running(w, p, c, state, out) {
    const at = out.now;
    out.emit({ type: 'ContainerStarted', at, pod: p.key, uid: p.uid, container: c.name, containerID: c.id });
    c.phase = 'running';
    c.startedAt = at;
    c.started = !c.spec.startupProbe;
    c.faults = {};
    c.killedBy = undefined;
    c.probes = {};
    c.inst++;
    const b = c.behavior;
    const exitAfter = b.exitAfter ?? (c.kind === 'init' ? DEFAULT_INIT_RUN_MS : undefined);
    const oom = oomAfter(b.memory, memoryLimit(c.spec));
    if (oom !== undefined && (exitAfter === undefined || oom.at <= exitAfter))
        w.scheduleContainer(p, c, at + oom.at, { op: 'oom', ms: oom.bytes });
    else if (exitAfter !== undefined)
        w.scheduleContainer(p, c, at + exitAfter, { op: 'exit', code: b.exitCode ?? 0 });
    if (c.spec.startupProbe)
        w.scheduleProbe(p, c, 'startup', out);
    else {
        w.scheduleProbe(p, c, 'liveness', out);
        w.scheduleProbe(p, c, 'readiness', out);
        if (c.kind === 'sidecar')
            w.advance(p, state, out);
    }
}
