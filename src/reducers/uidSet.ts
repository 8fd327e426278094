import type { Draft } from 'immer';
import type { Uid } from '../api/ids.js';
import { fnv1a32 } from '../util/hash.js';
import type { Table } from './table.js';

/**
 * A set of pod uids in CHUNKS small Sets picked by hash: the podsByOwner entry of a DaemonSet
 * on 1,000 nodes has 1,000 uids, and as one record every pod created or deleted copied all of
 * them (measured: a quarter of a DaemonSet rollout's time, and most of its garbage). A write
 * now copies a 16-slot array and one chunk of about 1/16 of the set.
 *
 * Chunks are Sets, not uid-keyed records: every record got its own chain of hidden classes and
 * fell into dictionary mode, and copying one (`{...chunk}`) took the runtime's slow path, about
 * 9% of pipeline.large; `new Set(chunk)` copies a hash table. A Set iterates in insertion order,
 * as a record with non-numeric keys did, so every reader sees the same order as before.
 */
export type UidSet = readonly ReadonlySet<Uid>[];

const CHUNKS = 16;
const EMPTY_CHUNK: ReadonlySet<Uid> = new Set();
const chunkOf = (uid: Uid): number => fnv1a32(uid) & (CHUNKS - 1);

export const uidSetHas = (s: UidSet | undefined, uid: Uid): boolean => s !== undefined && s[chunkOf(uid)].has(uid);

/** The uids, chunk by chunk (insertion order inside a chunk): the same order in every run and in replay. */
export function uidSetKeys(s: UidSet | undefined): Uid[] {
  const out: Uid[] = [];
  if (s) for (const c of s) for (const k of c) out.push(k);
  return out;
}

/** How many uids the set holds (a sum over its chunks, not a walk). */
export function uidSetSize(s: UidSet | undefined): number {
  let n = 0;
  if (s) for (const c of s) n += c.size;
  return n;
}

export function uidSetIsEmpty(s: UidSet | undefined): boolean {
  if (s) for (const c of s) if (c.size > 0) return false;
  return true;
}

const emptySet = (): ReadonlySet<Uid>[] => new Array<ReadonlySet<Uid>>(CHUNKS).fill(EMPTY_CHUNK);

/** The chunk at `i` as a Set owned by this batch (Table.own), so it may change in place. */
function ownChunk(tbl: Table<UidSet>, s: ReadonlySet<Uid>[], i: number): Set<Uid> {
  const c = s[i];
  if (c === EMPTY_CHUNK) { const fresh = new Set<Uid>(); s[i] = fresh; return tbl.own(fresh, true); }
  const mine = tbl.own(c as Set<Uid>);
  s[i] = mine;
  return mine;
}

/**
 * Adds `uid` to the set at `key` (inside a reducer batch). The slot array and the one chunk
 * written are plain copies owned by the batch (Table.mutable / Table.own), not immer drafts:
 * drafting a chunk cost ~80 us per pod created (10% of pipeline.large's profile).
 */
export function uidSetAdd(t: Draft<Table<UidSet>> | Table<UidSet>, key: string, uid: Uid): void {
  const tbl = t as Table<UidSet>;
  const s = tbl.mutable(key, emptySet) as ReadonlySet<Uid>[];
  ownChunk(tbl, s, chunkOf(uid)).add(uid);
}

/** Removes `uid` from the set at `key`; drops the entry when it empties (inside a reducer batch). */
export function uidSetRemove(t: Draft<Table<UidSet>> | Table<UidSet>, key: string, uid: Uid): void {
  const tbl = t as Table<UidSet>;
  const before = tbl.latest(key);
  const i = chunkOf(uid);
  if (!before || !before[i].has(uid)) return;
  const s = tbl.mutable(key, emptySet) as ReadonlySet<Uid>[];
  ownChunk(tbl, s, i).delete(uid);
  if (uidSetIsEmpty(s)) tbl.delete(key);
}
