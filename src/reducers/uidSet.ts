import type { Draft } from 'immer';
import type { Uid } from '../api/ids.js';
import { fnv1a32 } from '../util/hash.js';
import type { Table } from './table.js';

/**
 * A set of pod uids in CHUNKS small records picked by hash: the podsByOwner entry of a
 * DaemonSet on 1,000 nodes has 1,000 uids, and as one record every pod created or deleted
 * copied all of them (measured: a quarter of a DaemonSet rollout's time, and most of its
 * garbage). A write now copies a 16-slot array and one chunk of about 1/16 of the set.
 */
export type UidSet = readonly Readonly<Record<Uid, true>>[];

const CHUNKS = 16;
const EMPTY_CHUNK: Readonly<Record<Uid, true>> = Object.freeze({});
const chunkOf = (uid: Uid): number => fnv1a32(uid) & (CHUNKS - 1);
const has = Object.prototype.hasOwnProperty;

export const uidSetHas = (s: UidSet | undefined, uid: Uid): boolean => s !== undefined
  && has.call(s[chunkOf(uid)], uid);

/** The uids, chunk by chunk (insertion order inside a chunk): the same order in every run and in replay. */
export function uidSetKeys(s: UidSet | undefined): Uid[] {
  const out: Uid[] = [];
  if (s) for (const c of s) for (const k in c) out.push(k);
  return out;
}

export function uidSetIsEmpty(s: UidSet | undefined): boolean {
  if (s) for (const c of s) for (const _ in c) return false;
  return true;
}

const emptySet = (): Readonly<Record<Uid, true>>[] => new Array<Readonly<Record<Uid, true>>>(CHUNKS).fill(EMPTY_CHUNK);

/**
 * Adds `uid` to the set at `key` (inside a reducer batch). The slot array and the one chunk
 * written are plain copies owned by the batch (Table.mutable / Table.own), not immer drafts:
 * drafting a chunk cost ~80 us per pod created (10% of pipeline.large's profile).
 */
export function uidSetAdd(t: Draft<Table<UidSet>> | Table<UidSet>, key: string, uid: Uid): void {
  const tbl = t as Table<UidSet>;
  const s = tbl.mutable(key, emptySet) as Record<Uid, true>[];
  const i = chunkOf(uid);
  const chunk = tbl.own(s[i]);
  chunk[uid] = true;
  s[i] = chunk;
}

/** Removes `uid` from the set at `key`; drops the entry when it empties (inside a reducer batch). */
export function uidSetRemove(t: Draft<Table<UidSet>> | Table<UidSet>, key: string, uid: Uid): void {
  const tbl = t as Table<UidSet>;
  const before = tbl.latest(key);
  const i = chunkOf(uid);
  if (!before || !has.call(before[i], uid)) return;
  const s = tbl.mutable(key, emptySet) as Record<Uid, true>[];
  const chunk = tbl.own(s[i]);
  delete chunk[uid];
  s[i] = chunk;
  if (uidSetIsEmpty(s)) tbl.delete(key);
}
