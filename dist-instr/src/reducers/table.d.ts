import { type Draft } from 'immer';
/**
 * The state's large collections (150,000 pods): a persistent hash trie (trie.ts), hand-written
 * because it is the hot path (docs/architecture.md, "State").
 *
 * Why not plain immer drafts all the way down: one immer write into a record of 100,000 keys
 * runs about 13 times a second, and even a trie of plain objects pays immer's proxies and
 * finalisation on its nodes for every batch. Here the trie is a class immer does not draft: a
 * reducer's batch (evolveAll) turns each table *transient* — the first write in a batch copies
 * the root and the path to one bucket, later writes in the same batch reuse those copies — and
 * values read inside a batch are handed out as immer drafts of the single value (a pod),
 * finished at the end of the batch. Reducers keep immer's mutable style; a write copies a
 * handful of small arrays; old states stay untouched.
 *
 * Iteration order is bucket order (a hash of the key), then insertion order inside a bucket: a
 * function of the facts applied, so it is the same in every run and in replay.
 */
export interface Table<V> {
    readonly size: number;
    /** Inside a batch, a draftable value comes back as an immer draft: mutate it freely. */
    get(key: string): V | undefined;
    has(key: string): boolean;
    /** The entry as it stands in this batch (its draft if one was handed out), without making a draft. */
    latest(key: string): V | undefined;
    /**
     * Inside a batch: the entry as a plain flat record owned by this batch (`create()` when absent),
     * to mutate in place. Copied on the first call in a batch, frozen (shallowly) when the batch ends.
     */
    mutable(key: string, create: () => V): V;
    /**
     * Inside a batch: `part` (a flat record or array held inside an entry from mutable()) as a
     * copy owned by this batch, `part` itself when this batch already owns it. Frozen (shallowly)
     * when the batch ends, as mutable()'s values are. `fresh`: `part` was just made by the caller,
     * so it is adopted as it is.
     */
    own<P extends object>(part: P, fresh?: boolean): P;
    set(key: string, value: V): void;
    delete(key: string): void;
    /** The stored value, never a draft: for reducers that replace values whole. */
    peek(key: string): V | undefined;
    values(): V[];
    keys(): string[];
    entries(): [string, V][];
    /** True between beginBatch() and persistent(): the table may be written. */
    readonly transient: boolean;
    beginBatch(): Table<V>;
    persistent(): Table<V>;
}
export declare const emptyTable: <V>() => Table<V>;
export declare const tget: <V>(t: Table<V>, key: string) => V | undefined;
export declare const thas: <V>(t: Table<V>, key: string) => boolean;
/**
 * The entry as it stands in the current batch (its draft, if one was handed out), without making a draft of it:
 * read-only.
 */
export declare const tlatest: <V>(t: Table<V>, key: string) => V | undefined;
/** Inside a reducer: the entry as a plain object owned by this batch, created when absent; mutate it in place. */
export declare const tmutable: <V>(t: Table<V>, key: string, create: () => V) => V;
/** Sets an entry (inside a reducer batch). */
export declare const tset: <V>(t: Table<V>, key: string, value: V) => void;
/** Deletes an entry (inside a reducer batch). */
export declare const tdel: <V>(t: Table<V>, key: string) => void;
export declare const tvalues: <V>(t: Table<V>) => V[];
export declare const tkeys: <V>(t: Table<V>) => string[];
/** Inside a reducer: the entry as an immer draft, to mutate in place. */
export declare const tdraft: <V>(t: Table<V>, key: string) => Draft<V> | undefined;
