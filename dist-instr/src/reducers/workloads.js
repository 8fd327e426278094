import { objectRef } from './state.js';
import { emptyTable } from './table.js';
import { batchOwned } from './batchOwned.js';
/** Tables made writable in the current batch (holder and slot), sealed by sealObjectTables. */
let touched = [];
/**
 * The table in `holder[name]`, writable for this batch: begun on its first write, so a batch
 * that touches no object pays nothing (the pod tables are begun for every batch instead).
 */
export function writable(holder, name) {
    const t = holder[name] ?? emptyTable();
    if (t.transient)
        return t;
    touched.push([holder, name]);
    return (holder[name] = t.beginBatch());
}
/** Seals the tables this batch wrote (evolveAll calls it before the produce ends). */
export function sealObjectTables() {
    if (touched.length === 0)
        return;
    for (const [holder, name] of touched)
        holder[name] = holder[name].persistent();
    touched = [];
}
/**
 * Resources whose objects controllers adopt or collect: only these are indexed under '' when
 * they have no controller (Deployments adopt ReplicaSets, DaemonSets and StatefulSets
 * ControllerRevisions, CronJobs Jobs, StatefulSets claims).
 */
const OWNED_KINDS = new Set(['replicasets', 'controllerrevisions', 'jobs', 'persistentvolumeclaims']);
/** The objectsByOwner keys of an object: every owner's uid, and '' when it has no controller. */
function ownerKeys(resource, o) {
    const refs = o.metadata.ownerReferences ?? [];
    const keys = refs.map((r) => r.uid);
    if (OWNED_KINDS.has(resource) && !refs.some((r) => r.controller))
        keys.push('');
    return keys;
}
function index(s, resource, key, o) {
    const ref = objectRef(resource, key);
    if (o.metadata.uid)
        writable(s, 'objectUids').set(o.metadata.uid, ref);
    for (const owner of ownerKeys(resource, o)) {
        const byOwner = writable(s, 'objectsByOwner');
        byOwner.set(owner, { ...(byOwner.peek(owner) ?? {}), [ref]: true });
    }
}
function unindex(s, resource, key, o) {
    const ref = objectRef(resource, key);
    if (o.metadata.uid && s.objectUids.peek(o.metadata.uid) === ref)
        writable(s, 'objectUids').delete(o.metadata.uid);
    for (const owner of ownerKeys(resource, o)) {
        const byOwner = writable(s, 'objectsByOwner');
        const set = byOwner.peek(owner);
        if (!set || !set[ref])
            continue;
        const { [ref]: _, ...rest } = set;
        let empty = true;
        for (const _k in rest) {
            empty = false;
            break;
        }
        if (empty)
            byOwner.delete(owner);
        else
            byOwner.set(owner, rest);
    }
}
// The reducers replace objects whole rather than assign into them: an object stored by an
// ObjectApplied is the event's own object, and assigning into it would change the logged event
// (or throw once it is frozen). So they read with peek (the stored value, never a draft).
/** The `objects` record owned by this batch (its tables are replaced on their first write). */
const objectsOf = (s) => (s.objects = batchOwned(s.objects));
export const workloadReducers = {
    ObjectApplied(s, e) {
        const objects = objectsOf(s);
        const prev = s.objects[e.resource]?.peek(e.key);
        if (prev)
            unindex(s, e.resource, e.key, prev);
        writable(objects, e.resource).set(e.key, e.object);
        index(s, e.resource, e.key, e.object);
        s.resourceVersion++;
    },
    ObjectStatusUpdated(s, e) {
        const o = s.objects[e.resource]?.peek(e.key);
        if (o)
            writable(objectsOf(s), e.resource).set(e.key, { ...o, status: e.status });
    },
    ObjectTerminating(s, e) {
        const o = s.objects[e.resource]?.peek(e.key);
        if (o)
            writable(objectsOf(s), e.resource).set(e.key, { ...o, metadata: { ...o.metadata, deletionTimestamp: e.at,
                    finalizers: [e.propagationPolicy === 'Foreground' ? 'foregroundDeletion' : 'orphan'] } });
    },
    ObjectDeleted(s, e) {
        const prev = s.objects[e.resource]?.peek(e.key);
        if (!prev)
            return;
        unindex(s, e.resource, e.key, prev);
        writable(objectsOf(s), e.resource).delete(e.key);
    },
};
