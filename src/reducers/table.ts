import { isDraft, isDraftable, type Draft } from 'immer';
import { createDraft, finishDraft, isAutoFreeze } from './immer.js';
import { fnv1a32 } from '../util/hash.js';
import { bucketAt, bucketWith, bucketWithout, child, EMPTY_ROOT, forEachEntry, indexOfKey, withChild, withoutChild,
  type Bucket, type Root, type Twig } from './trie.js';

/**
 * The state's large collections (150,000 pods): a Map of the newest entries, undo records for
 * older versions, and a persistent hash trie of the keys (trie.ts), hand-written because it is
 * the hot path (docs/architecture.md, "State").
 *
 * Why not plain immer drafts all the way down: one immer write into a record of 100,000 keys
 * runs about 13 times a second, and even a trie of plain objects pays immer's proxies and
 * finalisation on its nodes for every batch. Here the table is a class immer does not draft: a
 * reducer's batch (evolveAll) turns each table *transient* — an insert or delete copies the key
 * trie's path on its first write in a batch (later ones reuse those copies), a replaced value
 * touches only the Map and the undo record — and values read inside a batch are handed out as
 * immer drafts of the single value (a pod), finished at the end of the batch. Reducers keep
 * immer's mutable style; old states stay untouched.
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

/**
 * The entries of a lineage's newest version live in one Map (most reads are of the newest state:
 * every component reads it); the trie beside it holds only the keys, for the iteration order and
 * each version's own key set. Older versions read through undo records: when a batch begins on
 * the newest version, that version (`base`) keeps, for each key the batch replaces or deletes,
 * the value it held (first write wins), and points to the batch's version. An older version asks
 * its own key trie first, so an insert needs no record (and a record for a key the base did not
 * hold, left by a key inserted and then changed in one batch, is never read). A value replaced in place (a pod's
 * start-up facts, a node list's bind) so touches no trie node: only inserts and deletes copy a
 * path (the trie's path copies on every write were ~12% of pipeline.large's allocation and the
 * tables' writes ~10% of its CPU). A batch begun on an older version (a branch, as tests make)
 * copies that version's entries into a lineage of its own. Holding an old version keeps the undo
 * records after it alive, so an empty version starts a new lineage: the engine's initial state
 * (held by the state stream's seed) then holds nothing.
 */
interface Lineage<V> {
  readonly map: Map<string, V>;
  head: Version<V>;
}

/** An undo record's stand-in for a value that was undefined (a missing record reads as undefined). */
const UNDEFINED: unique symbol = Symbol('undefined');

class Version<V> {
  /** The version a batch begun on this one made (set once this version is not the newest). */
  next: Version<V> | undefined = undefined;
  /** What this version held for the keys `next` replaced or deleted (UNDEFINED for an undefined value). */
  undo: Map<string, V | typeof UNDEFINED> | undefined = undefined;
  constructor(readonly lineage: Lineage<V>) {}
}

const newLineage = <V>(map: Map<string, V>): Version<V> => {
  const lin = { map } as { map: Map<string, V>; head: Version<V> };
  return (lin.head = new Version(lin));
};

const shallowCopy = <P extends object>(v: P): P =>
  (Array.isArray(v) ? v.slice() : v instanceof Set ? new Set(v) : { ...v }) as P;

const KEY = true as const;

class TrieTable<V> implements Table<V> {
  /** Drafts handed out during a batch: key -> draft of the value. */
  #drafts: Map<string, V> | undefined;
  /** This batch's token: trie nodes carrying it were copied in this batch and may change in place. */
  #owner: object | undefined;
  #rootOwned = false;
  /** Values handed out by mutable() in this batch: plain copies, frozen by persistent(). */
  #mutable: Set<V> | undefined;
  readonly #version: Version<V>;
  /** In a batch begun on its lineage's newest version: that version, which records what the batch changes. */
  readonly #base: Version<V> | undefined;

  private constructor(private root: Root<typeof KEY>, private count: number, transient: boolean,
    version: Version<V>, base: Version<V> | undefined) {
    if (transient) {
      this.#drafts = new Map();
      this.#owner = {};
    }
    this.#version = version;
    this.#base = base;
  }

  static empty<V>(): TrieTable<V> {
    return new TrieTable(EMPTY_ROOT as Root<typeof KEY>, 0, false, newLineage<V>(new Map()), undefined);
  }

  get size(): number {
    return this.count;
  }

  get transient(): boolean {
    return this.#drafts !== undefined;
  }

  /** A writable view for one batch of reducers; `persistent()` seals it. */
  beginBatch(): Table<V> {
    const v = this.#version;
    const lin = v.lineage;
    if (this.count === 0) return new TrieTable(this.root, 0, true, newLineage<V>(new Map()), undefined);
    if (lin.head !== v) {
      const map = new Map<string, V>();
      forEachEntry(this.root, (k) => { map.set(k, this.#stored(k)!); });
      return new TrieTable(this.root, this.count, true, newLineage(map), undefined);
    }
    const next = new Version(lin);
    v.next = next;
    lin.head = next;
    return new TrieTable(this.root, this.count, true, next, v);
  }

  /** Finishes the drafts handed out in this batch and seals the table. */
  persistent(): Table<V> {
    const drafts = this.#drafts;
    if (!drafts) return this;
    for (const [key, draft] of drafts) this.#write(key, finishDraft(draft) as V);
    // Shallow: mutable() is for flat records (index sets of uid -> true).
    if (this.#mutable && isAutoFreeze()) for (const v of this.#mutable) Object.freeze(v);
    // This view is done: a later write would change the sealed version's entries.
    this.#drafts = undefined;
    return new TrieTable(this.root, this.count, false, this.#version, undefined);
  }

  /**
   * The stored value (not a draft), or undefined: the Map; for an older version, when its key trie
   * holds the key, the first undo record of it from this version on, else the Map.
   */
  #stored(key: string): V | undefined {
    let v = this.#version;
    const lin = v.lineage;
    if (v === lin.head) return lin.map.get(key);
    if (!this.#holds(key)) return undefined;
    for (; v !== lin.head; v = v.next!) {
      const x = v.undo?.get(key);
      if (x !== undefined) return x === UNDEFINED ? undefined : x;
    }
    return lin.map.get(key);
  }

  /** Whether this version's key trie holds `key`. */
  #holds(key: string): boolean {
    const b = bucketAt(this.root, fnv1a32(key));
    return b !== undefined && indexOfKey(b, key) >= 0;
  }

  get(key: string): V | undefined {
    const drafts = this.#drafts;
    if (drafts) {
      const d = drafts.get(key);
      if (d !== undefined) return d;
    }
    const v = this.#stored(key);
    if (v === undefined || !drafts || !isDraftable(v) || isDraft(v)) return v;
    const d = createDraft(v as object) as V;
    drafts.set(key, d);
    return d;
  }

  has(key: string): boolean {
    const lin = this.#version.lineage;
    return this.#version === lin.head ? lin.map.has(key) : this.#holds(key);
  }

  latest(key: string): V | undefined {
    const d = this.#drafts?.get(key);
    return d !== undefined ? d : this.#stored(key);
  }

  mutable(key: string, create: () => V): V {
    const drafts = this.#drafts;
    if (!drafts) throw new Error('Table.mutable outside a reducer batch: tables are immutable outside evolveAll');
    // A draft handed out earlier in this batch holds edits: fold them in first.
    const d = drafts.get(key);
    if (d !== undefined) { drafts.delete(key); this.#write(key, finishDraft(d) as V); }
    const v = this.#stored(key);
    if (v !== undefined && this.#mutable?.has(v)) return v;
    const copy = v === undefined ? create() : shallowCopy(v as object) as V;
    (this.#mutable ??= new Set()).add(copy);
    this.#write(key, copy);
    return copy;
  }

  own<P extends object>(part: P, fresh = false): P {
    if (!this.#drafts) throw new Error('Table.own outside a reducer batch: tables are immutable outside evolveAll');
    const mine = (this.#mutable ??= new Set());
    if (mine.has(part as unknown as V)) return part;
    const copy = fresh ? part : shallowCopy(part);
    mine.add(copy as unknown as V);
    return copy;
  }

  peek(key: string): V | undefined {
    return this.#stored(key);
  }

  set(key: string, value: V): void {
    const drafts = this.#drafts;
    if (!drafts) throw new Error('Table.set outside a reducer batch: tables are immutable outside evolveAll');
    if (drafts.size !== 0) drafts.delete(key);
    this.#write(key, value);
  }

  delete(key: string): void {
    const drafts = this.#drafts;
    if (!drafts) throw new Error('Table.delete outside a reducer batch: tables are immutable outside evolveAll');
    if (drafts.size !== 0) drafts.delete(key);
    const map = this.#version.lineage.map;
    const before = map.get(key);
    if (before === undefined && !map.has(key)) return;
    this.#remember(key, before);
    map.delete(key);
    const h = fnv1a32(key);
    const b = bucketAt(this.root, h)!;
    this.#put(h, bucketWithout(b, indexOfKey(b, key)));
    this.count--;
  }

  /** The base version's value for `key` before this batch's first change of it. */
  #remember(key: string, before: V | undefined): void {
    const base = this.#base;
    if (base === undefined) return;
    const undo = base.undo ??= new Map();
    if (!undo.has(key)) undo.set(key, before === undefined ? UNDEFINED : before);
  }

  #write(key: string, value: V): void {
    const map = this.#version.lineage.map;
    const before = map.get(key);
    if (before === value && (value !== undefined || map.has(key))) return;
    const n = map.size;
    map.set(key, value);
    // The Map grew: an insert.
    if (map.size !== n) {
      const h = fnv1a32(key);
      this.#put(h, bucketWith(bucketAt(this.root, h), key, KEY));
      this.count++;
    } else this.#remember(key, before);
  }

  /** Puts the bucket for hash h (undefined: removes it), copying the path on the first write of this batch. */
  #put(h: number, bucket: Bucket<typeof KEY> | undefined): void {
    const owner = this.#owner!;
    if (!this.#rootOwned) { this.root = this.root.slice(); this.#rootOwned = true; }
    const i = h & 63, j = (h >>> 6) & 63, k = (h >>> 12) & 63;
    const branch = this.root[i];
    const twig = branch === undefined ? undefined : child(branch, j);
    let nextTwig: Twig<typeof KEY> | undefined;
    if (bucket !== undefined) nextTwig = withChild(twig, k, bucket, owner);
    else nextTwig = twig === undefined ? undefined : withoutChild(twig, k, owner);
    if (nextTwig !== undefined) this.root[i] = withChild(branch, j, nextTwig, owner);
    else if (branch !== undefined) this.root[i] = withoutChild(branch, j, owner);
  }

  values(): V[] {
    const out: V[] = [];
    const drafts = this.#drafts;
    forEachEntry(this.root, (k) => { out.push(drafts?.get(k) ?? this.#stored(k)!); });
    return out;
  }

  entries(): [string, V][] {
    const out: [string, V][] = [];
    const drafts = this.#drafts;
    forEachEntry(this.root, (k) => { out.push([k, drafts?.get(k) ?? this.#stored(k)!]); });
    return out;
  }

  keys(): string[] {
    const out: string[] = [];
    forEachEntry(this.root, (k) => { out.push(k); });
    return out;
  }
}

export const emptyTable = <V>(): Table<V> => TrieTable.empty<V>();
export const tget = <V>(t: Table<V>, key: string): V | undefined => t.get(key);
export const thas = <V>(t: Table<V>, key: string): boolean => t.has(key);
/**
 * The entry as it stands in the current batch (its draft, if one was handed out), without making a draft of it:
 * read-only.
 */
export const tlatest = <V>(t: Table<V>, key: string): V | undefined => t.latest(key);
/** Inside a reducer: the entry as a plain object owned by this batch, created when absent; mutate it in place. */
export const tmutable = <V>(t: Table<V>, key: string, create: () => V): V => t.mutable(key, create);
/** Sets an entry (inside a reducer batch). */
export const tset = <V>(t: Table<V>, key: string, value: V): void => t.set(key, value);
/** Deletes an entry (inside a reducer batch). */
export const tdel = <V>(t: Table<V>, key: string): void => t.delete(key);
export const tvalues = <V>(t: Table<V>): V[] => t.values();
export const tkeys = <V>(t: Table<V>): string[] => t.keys();
/** Inside a reducer: the entry as an immer draft, to mutate in place. */
export const tdraft = <V>(t: Table<V>, key: string): Draft<V> | undefined => t.get(key) as Draft<V> | undefined;
