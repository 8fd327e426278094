import { controllerOf } from '../../reducers/pods.js';
import { tget } from '../../reducers/table.js';
import { uidSetKeys, uidSetSize } from '../../reducers/uidSet.js';
import { isTerminal, podsOwnedBy } from '../batchUtils.js';
/** Creation order, then name: podsOwnedBy's order, which every walk over a Job's pods keeps. */
const byCreation = (a, b) => (a.metadata.creationTimestamp ?? 0) - (b.metadata.creationTimestamp
    ?? 0) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
/**
 * The Job's pods that a sync still has to look at: all of podsOwnedBy but those already counted
 * and finished (a finished pod counted once never changes status.succeeded/failed again, and no
 * later step reads it). The pods come from the controller's own set (mem.open, fed by PodCreated
 * in keysFor), so a sync costs the Job's unfinished pods, not every pod it ever ran: with 6,000
 * completions each sync used to walk and sort all of them. When the owner index holds pods the
 * set has not seen (a restart from a checkpoint, an ownership change), the set is rebuilt from it.
 * backoffLimitPerIndex reads failed pods for each index's back-off: such Jobs walk every pod.
 */
export function podsToSync(state, jobUid, mem, perIndex, jobOf) {
    if (perIndex)
        return podsOwnedBy(state, jobUid).filter((p) => controllerOf(p) === jobUid);
    const owned = tget(state.podsByOwner, jobUid);
    if (!mem.primed || uidSetSize(owned) !== mem.open.size + mem.closed.size) {
        const all = uidSetKeys(owned);
        const closed = new Set(all.filter((u) => mem.closed.has(u)));
        mem.closed.clear();
        for (const u of closed)
            mem.closed.add(u);
        mem.open.clear();
        for (const u of all)
            if (!closed.has(u)) {
                mem.open.add(u);
                jobOf.set(u, jobUid);
            }
        mem.primed = true;
    }
    const pods = [];
    for (const uid of mem.open) {
        const p = tget(state.pods, uid);
        if (p && controllerOf(p) === jobUid)
            pods.push(p);
    }
    return pods.sort(byCreation);
}
/** After a sync: the pods counted and finished leave the set (they stay in the owner index until deleted). */
export function closeFinished(pods, mem) {
    for (const p of pods) {
        const uid = p.metadata.uid;
        if (isTerminal(p) && mem.counted.has(uid) && mem.open.delete(uid))
            mem.closed.add(uid);
    }
}
