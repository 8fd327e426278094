import { fnv1a32 } from '../util/hash.js';
const CHUNKS = 16;
const EMPTY_CHUNK = new Set();
const chunkOf = (uid) => fnv1a32(uid) & (CHUNKS - 1);
export const uidSetHas = (s, uid) => s !== undefined && s[chunkOf(uid)].has(uid);
/** The uids, chunk by chunk (insertion order inside a chunk): the same order in every run and in replay. */
export function uidSetKeys(s) {
    const out = [];
    if (s)
        for (const c of s)
            for (const k of c)
                out.push(k);
    return out;
}
/** How many uids the set holds (a sum over its chunks, not a walk). */
export function uidSetSize(s) {
    let n = 0;
    if (s)
        for (const c of s)
            n += c.size;
    return n;
}
export function uidSetIsEmpty(s) {
    if (s)
        for (const c of s)
            if (c.size > 0)
                return false;
    return true;
}
const emptySet = () => new Array(CHUNKS).fill(EMPTY_CHUNK);
/** The chunk at `i` as a Set owned by this batch (Table.own), so it may change in place. */
function ownChunk(tbl, s, i) {
    const c = s[i];
    if (c === EMPTY_CHUNK) {
        const fresh = new Set();
        s[i] = fresh;
        return tbl.own(fresh, true);
    }
    const mine = tbl.own(c);
    s[i] = mine;
    return mine;
}
/**
 * Adds `uid` to the set at `key` (inside a reducer batch). The slot array and the one chunk
 * written are plain copies owned by the batch (Table.mutable / Table.own), not immer drafts:
 * drafting a chunk cost ~80 us per pod created (10% of pipeline.large's profile).
 */
export function uidSetAdd(t, key, uid) {
    const tbl = t;
    const s = tbl.mutable(key, emptySet);
    ownChunk(tbl, s, chunkOf(uid)).add(uid);
}
/** Removes `uid` from the set at `key`; drops the entry when it empties (inside a reducer batch). */
export function uidSetRemove(t, key, uid) {
    const tbl = t;
    const before = tbl.latest(key);
    const i = chunkOf(uid);
    if (!before || !before[i].has(uid))
        return;
    const s = tbl.mutable(key, emptySet);
    ownChunk(tbl, s, i).delete(uid);
    if (uidSetIsEmpty(s))
        tbl.delete(key);
}
