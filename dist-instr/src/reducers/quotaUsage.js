import { podScopeFacts, podUsage, pvcUsage, scopeClassKey } from '../api/quota.js';
import { current, freeze, isAutoFreeze, isDraft } from './immer.js';
import { writable } from './workloads.js';
const namespaceOf = (key) => key.slice(0, key.indexOf('/'));
/** A pod counts against quota until it is terminal (pods.go QuotaV1Pod). */
export const podCountsForQuota = (p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const usageTable = (s) => writable(s, 'quotaUsage');
const frozen = (v) => (isAutoFreeze() ? freeze(v, true) : v);
function addPod(pods, pod, sign) {
    const scope = podScopeFacts(pod.spec), key = scopeClassKey(scope);
    const used = { ...(pods[key]?.used ?? {}) };
    for (const [r, v] of Object.entries(podUsage(pod.spec)))
        used[r] = (used[r] ?? 0) + sign * v;
    if ((used.pods ?? 0) <= 0)
        delete pods[key];
    else
        pods[key] = { scope, used };
}
/** Adds (or takes away) one pod in its namespace's entry, when the namespace keeps one. */
function countPod(s, pod, sign) {
    const ns = pod.metadata.namespace ?? 'default';
    const entry = s.quotaUsage.peek(ns);
    if (!entry)
        return;
    const pods = { ...entry.pods };
    addPod(pods, pod, sign);
    usageTable(s).set(ns, frozen({ pods, objects: entry.objects }));
}
function countObject(s, ns, resource, delta) {
    const entry = s.quotaUsage.peek(ns);
    if (!entry)
        return;
    usageTable(s).set(ns, frozen({ ...entry, objects: { ...entry.objects,
            [resource]: (entry.objects[resource] ?? 0) + delta } }));
}
const addAmounts = (to, a, sign) => {
    for (const [r, v] of Object.entries(a))
        to[r] = (to[r] ?? 0) + sign * v;
};
/** A claim's usage replaced (`before` -> `after`, either absent) in its namespace's entry. */
function countClaim(s, ns, before, after) {
    const entry = s.quotaUsage.peek(ns);
    if (!entry)
        return;
    const claims = { ...(entry.claims ?? {}) };
    if (before)
        addAmounts(claims, pvcUsage(before), -1);
    if (after)
        addAmounts(claims, pvcUsage(after), 1);
    usageTable(s).set(ns, frozen({ ...entry, claims }));
}
/** The namespace's usage counted from what is stored: once, when its first ResourceQuota arrives. */
function countNamespace(s, ns) {
    const pods = {};
    for (const v of s.pods.values()) {
        const p = (isDraft(v) ? current(v) : v);
        if ((p.metadata.namespace ?? 'default') === ns && podCountsForQuota(p))
            addPod(pods, p, 1);
    }
    const objects = {};
    const prefix = `${ns}/`;
    const claims = {};
    for (const [k, pvc] of s.objects.persistentvolumeclaims?.entries() ?? []) {
        if (k.startsWith(prefix))
            addAmounts(claims, pvcUsage(pvc), 1);
    }
    for (const [resource, t] of Object.entries(s.objects)) {
        let n = 0;
        for (const k of t.keys())
            if (k.startsWith(prefix))
                n++;
        if (n)
            objects[resource] = n;
    }
    return { pods, objects, claims };
}
/** Called by updatePod (podUpdate.ts) when a pod's phase changes: a terminal pod frees its share. */
export function podPhaseChanged(s, before, after) {
    if (podCountsForQuota(before) && !podCountsForQuota(after))
        countPod(s, before, -1);
}
/** Runs before the pod and object reducers: it reads what a delete removes and whether an apply creates. */
export const quotaUsageReducers = {
    PodCreated(s, e) {
        if (podCountsForQuota(e.object))
            countPod(s, e.object, 1);
    },
    PodDeleted(s, e) {
        const pod = s.pods.latest(e.uid);
        if (!pod)
            return;
        const p = (isDraft(pod) ? current(pod) : pod);
        if (podCountsForQuota(p))
            countPod(s, p, -1);
    },
    ObjectApplied(s, e) {
        if (!e.key.includes('/'))
            return;
        const ns = namespaceOf(e.key);
        if (e.resource === 'resourcequotas' && !s.quotaUsage.has(ns)) {
            usageTable(s).set(ns, frozen(countNamespace(s, ns)));
        }
        const before = s.objects[e.resource]?.peek(e.key);
        if (!before)
            countObject(s, ns, e.resource, 1);
        if (e.resource === 'persistentvolumeclaims')
            countClaim(s, ns, before, e.object);
    },
    ObjectDeleted(s, e) {
        const before = s.objects[e.resource]?.peek(e.key);
        if (!e.key.includes('/') || !before)
            return;
        countObject(s, namespaceOf(e.key), e.resource, -1);
        if (e.resource === 'persistentvolumeclaims')
            countClaim(s, namespaceOf(e.key), before, undefined);
    },
};
