import type { Draft } from 'immer';
import type { Uid } from '../api/ids.js';
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
export declare const uidSetHas: (s: UidSet | undefined, uid: Uid) => boolean;
/** The uids, chunk by chunk (insertion order inside a chunk): the same order in every run and in replay. */
export declare function uidSetKeys(s: UidSet | undefined): Uid[];
/** How many uids the set holds (a sum over its chunks, not a walk). */
export declare function uidSetSize(s: UidSet | undefined): number;
export declare function uidSetIsEmpty(s: UidSet | undefined): boolean;
/**
 * Adds `uid` to the set at `key` (inside a reducer batch). The slot array and the one chunk
 * written are plain copies owned by the batch (Table.mutable / Table.own), not immer drafts:
 * drafting a chunk cost ~80 us per pod created (10% of pipeline.large's profile).
 */
export declare function uidSetAdd(t: Draft<Table<UidSet>> | Table<UidSet>, key: string, uid: Uid): void;
/** Removes `uid` from the set at `key`; drops the entry when it empties (inside a reducer batch). */
export declare function uidSetRemove(t: Draft<Table<UidSet>> | Table<UidSet>, key: string, uid: Uid): void;
