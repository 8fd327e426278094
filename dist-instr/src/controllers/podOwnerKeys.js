import { objectKey } from '../api/ids.js';
import { tget } from '../reducers/table.js';
import { objectEntries, objectCount } from '../reducers/state.js';
import { NO_KEYS } from './controller.js';
import { controllerRefOf, isPodActive, isPodReady } from './controllerUtils.js';
/*
 * How a pod fact wakes the workload controllers (the informers' pod handlers: addPod, updatePod,
 * deletePod -> resolveControllerRef -> enqueue the owner, or every matching owner of an orphan).
 * Every pod-aware controller reads every fact of a batch, so the change a fact made is computed
 * once per batch, and a fact that concerns no owner of a controller's kind allocates nothing.
 */
/**
 * The pod a pod-level fact (PodX, ContainerX, ProbeX: anything with `pod` and `uid`) changed,
 * before and after its batch, when a controller would care: it appeared or went away, or its
 * phase, readiness, node, labels, owners or deletionTimestamp changed.
 */
export function changedPod(e, state, prev) {
    const uid = e.uid;
    if (typeof uid !== 'string' || !('pod' in e))
        return undefined;
    // Every pod-aware controller asks this of every fact of a batch, and the answer depends only on
    // the uid (the pod before and after the whole batch): answer once per uid and batch. A Map per
    // batch, not a WeakMap per fact: ephemeron tables were a share of the GC's time.
    if (state !== memoState || prev !== memoPrev) {
        memoState = state;
        memoPrev = prev;
        memo = new Map();
    }
    const m = memo.get(uid);
    if (m !== undefined)
        return m === UNCHANGED ? undefined : m;
    const result = computeChangedPod(e, state, prev);
    memo.set(uid, result ?? UNCHANGED);
    return result;
}
const UNCHANGED = Object.freeze({ before: undefined, after: undefined });
let memoState, memoPrev;
let memo = new Map();
/**
 * The pod a fact naming a pod `uid` changed, before and after its batch, whatever changed (a
 * controller cache that keeps pod objects needs every version); memoised per uid and batch.
 */
export function podTransition(e, state, prev) {
    const uid = e.uid;
    if (typeof uid !== 'string')
        return undefined;
    if (state !== transState || prev !== transPrev) {
        transState = state;
        transPrev = prev;
        transMemo = new Map();
    }
    const m = transMemo.get(uid);
    if (m !== undefined)
        return m === UNCHANGED ? undefined : m;
    const after = tget(state.pods, uid), before = tget(prev.pods, uid);
    const result = after === before ? undefined : { before, after };
    transMemo.set(uid, result ?? UNCHANGED);
    return result;
}
let transState, transPrev;
let transMemo = new Map();
function computeChangedPod(e, state, prev) {
    const t = podTransition(e, state, prev);
    if (t === undefined)
        return undefined;
    const { after, before } = t;
    if (after && before &&
        after.status.phase === before.status.phase && isPodReady(after) === isPodReady(before) &&
        after.spec.nodeName === before.spec.nodeName && after.metadata.labels === before.metadata.labels &&
        after.metadata.ownerReferences === before.metadata.ownerReferences &&
        after.metadata.deletionTimestamp === before.metadata.deletionTimestamp)
        return undefined;
    return t;
}
/** `keys` with `k` added at the end unless there already (insertion order, as a Set's). */
function withKey(keys, k) {
    if (!keys)
        return [k];
    if (!keys.includes(k))
        keys.push(k);
    return keys;
}
/** `namespace/name` of the pod's controller when it is of `kind`. */
export function ownerKeyOf(p, kind) {
    const ref = p ? controllerRefOf(p) : undefined;
    return ref && ref.kind === kind ? objectKey(p.metadata.namespace, ref.name) : undefined;
}
/** The keys a pod change concerns for a controller of `kind`: old and new owner, or matching selectors for orphans. */
export function podOwnerKeys(e, state, prev, kind, resource, selectorOf) {
    const ch = changedPod(e, state, prev);
    if (!ch)
        return NO_KEYS;
    // Most pods have no owner of `kind` and nothing of it to adopt them: no list, no Set.
    let keys;
    const kb = ownerKeyOf(ch.before, kind), ka = ownerKeyOf(ch.after, kind);
    if (kb)
        keys = [kb];
    if (ka)
        keys = withKey(keys, ka);
    // An adoption's new owner, from the fact itself: the pod may be gone by the end of the batch (adopted
    // and deleted by one sync), but the informer saw the update before the delete (updatePod enqueues it).
    const adopter = e.type === 'PodMetadataChanged' ? e.ownerReferences?.find((r) => r.controller) : undefined;
    if (adopter && adopter.kind === kind)
        keys = withKey(keys, objectKey((ch.before ?? ch.after)?.metadata.namespace, adopter.name));
    // An orphan that appeared or changed labels: every owner whose selector matches may adopt it.
    const p = ch.after;
    if (p && objectCount(state, resource) > 0 && !controllerRefOf(p) && isPodActive(p)) {
        const ns = p.metadata.namespace ?? 'default';
        for (const [k, o] of objectEntries(state, resource))
            if ((o.metadata.namespace ?? 'default') === ns
                && selectorOf(o)(p))
                keys = withKey(keys, k);
    }
    return keys ?? NO_KEYS;
}
/**
 * `keysFor` of a controller that owns pods through a selector (ReplicaSet, StatefulSet, DaemonSet:
 * its informers watch its own objects and pods). A change or termination of one of its objects
 * enqueues that object; status writes, deletions and recorded Events enqueue nothing (the sync
 * wrote them, or the garbage collector cleans up); any other fact, the owners of the pod it changes.
 */
export const ownedPodsKeysFor = (resource, kind, selectorOf) => (e, state, prev) => {
    switch (e.type) {
        case 'ObjectApplied':
        case 'ObjectTerminating':
            return e.resource === resource ? [e.key] : NO_KEYS;
        case 'ObjectStatusUpdated':
        case 'ObjectDeleted':
        case 'ControllerEvent':
            return NO_KEYS;
        default:
            return podOwnerKeys(e, state, prev, kind, resource, selectorOf);
    }
};
