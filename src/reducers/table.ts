import { isDraft, isDraftable, type Draft } from 'immer';
import { createDraft, finishDraft, isAutoFreeze } from './immer.js';
import { fnv1a32 } from '../util/hash.js';
import { bucketAt, bucketReplaced, bucketWith, bucketWithout, child, EMPTY_ROOT, forEachEntry, indexOfKey, withChild,
  withoutChild, type Bucket, type Root, type Twig } from './trie.js';

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

/**
 * The entries of a lineage's newest version, in a Map beside the trie: most reads are of the
 * newest state (every component reads it), and a trie read walked root -> branch -> twig ->
 * bucket through six dependent loads and a hash of the key (`#stored` was ~11% of
 * pipeline.large's CPU). The Map belongs to one version at a time: a batch begun on the newest
 * version takes it over (and keeps it current with every write), so older versions, and a batch
 * begun on one of them (a branch, as tests make), read their trie.
 */
interface NewestIndex<V> {
  readonly map: Map<string, V>;
  version: number;
}

const shallowCopy = <P extends object>(v: P): P =>
  (Array.isArray(v) ? v.slice() : v instanceof Set ? new Set(v) : { ...v }) as P;

class TrieTable<V> implements Table<V> {
  /** Drafts handed out during a batch: key -> draft of the value. */
  #drafts: Map<string, V> | undefined;
  /** This batch's token: trie nodes carrying it were copied in this batch and may change in place. */
  #owner: object | undefined;
  #rootOwned = false;
  /** Values handed out by mutable() in this batch: plain copies, frozen by persistent(). */
  #mutable: Set<V> | undefined;
  /** The lineage's index of its newest version (valid for this table while the versions match). */
  #newest: NewestIndex<V> | undefined;
  readonly #version: number;

  private constructor(private root: Root<V>, private count: number, transient: boolean,
    newest: NewestIndex<V> | undefined, version: number) {
    if (transient) {
      this.#drafts = new Map();
      this.#owner = {};
    }
    this.#newest = newest;
    this.#version = version;
  }

  static empty<V>(): TrieTable<V> {
    return new TrieTable(EMPTY_ROOT as Root<V>, 0, false, { map: new Map(), version: 0 }, 0);
  }

  /** The Map of this version's entries when this table is its lineage's newest version. */
  #index(): Map<string, V> | undefined {
    const n = this.#newest;
    return n !== undefined && n.version === this.#version ? n.map : undefined;
  }

  get size(): number {
    return this.count;
  }

  get transient(): boolean {
    return this.#drafts !== undefined;
  }

  /** A writable view for one batch of reducers; `persistent()` seals it. */
  beginBatch(): Table<V> {
    const newest = this.#index() === undefined ? undefined : this.#newest!;
    // Taking the index over makes this version (and any other batch begun on it) read its trie.
    return new TrieTable(this.root, this.count, true, newest, newest === undefined ? 0 : ++newest.version);
  }

  /** Finishes the drafts handed out in this batch and seals the table. */
  persistent(): Table<V> {
    if (!this.#drafts) return this;
    for (const [key, draft] of this.#drafts) this.#write(key, finishDraft(draft) as V);
    // Shallow: mutable() is for flat records (index sets of uid -> true).
    if (this.#mutable && isAutoFreeze()) for (const v of this.#mutable) Object.freeze(v);
    const sealed = new TrieTable(this.root, this.count, false, this.#newest, this.#version);
    // This transient view is done: it must not write the index its sealed version reads.
    this.#newest = undefined;
    return sealed;
  }

  /** The stored value (not a draft), or undefined. */
  #stored(key: string): V | undefined {
    const index = this.#index();
    if (index !== undefined) return index.get(key);
    const b = bucketAt(this.root, fnv1a32(key));
    if (b === undefined) return undefined;
    const x = indexOfKey(b, key);
    return x < 0 ? undefined : (b[x + 1] as V);
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
    const index = this.#index();
    if (index !== undefined) return index.has(key);
    const b = bucketAt(this.root, fnv1a32(key));
    return b !== undefined && indexOfKey(b, key) >= 0;
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
    if (!this.#drafts) throw new Error('Table.set outside a reducer batch: tables are immutable outside evolveAll');
    this.#drafts.delete(key);
    this.#write(key, value);
  }

  delete(key: string): void {
    if (!this.#drafts) throw new Error('Table.delete outside a reducer batch: tables are immutable outside evolveAll');
    this.#drafts.delete(key);
    const h = fnv1a32(key);
    const b = bucketAt(this.root, h);
    const x = b === undefined ? -1 : indexOfKey(b, key);
    if (x < 0) return;
    this.#put(h, bucketWithout(b!, x));
    this.count--;
    this.#index()?.delete(key);
  }

  #write(key: string, value: V): void {
    const h = fnv1a32(key);
    const b = bucketAt(this.root, h);
    const x = b === undefined ? -1 : indexOfKey(b, key);
    if (x >= 0) {
      if (b![x + 1] === value) return;
      this.#put(h, bucketReplaced(b!, x, value));
    } else {
      this.#put(h, bucketWith(b, key, value));
      this.count++;
    }
    this.#index()?.set(key, value);
  }

  /** Puts the bucket for hash h (undefined: removes it), copying the path on the first write of this batch. */
  #put(h: number, bucket: Bucket<V> | undefined): void {
    const owner = this.#owner!;
    if (!this.#rootOwned) { this.root = this.root.slice(); this.#rootOwned = true; }
    const i = h & 63, j = (h >>> 6) & 63, k = (h >>> 12) & 63;
    const branch = this.root[i];
    const twig = branch === undefined ? undefined : child(branch, j);
    let nextTwig: Twig<V> | undefined;
    if (bucket !== undefined) nextTwig = withChild(twig, k, bucket, owner);
    else nextTwig = twig === undefined ? undefined : withoutChild(twig, k, owner);
    if (nextTwig !== undefined) this.root[i] = withChild(branch, j, nextTwig, owner);
    else if (branch !== undefined) this.root[i] = withoutChild(branch, j, owner);
  }

  values(): V[] {
    const out: V[] = [];
    const drafts = this.#drafts;
    forEachEntry(this.root, (k, v) => { out.push(drafts?.get(k) ?? v); });
    return out;
  }

  entries(): [string, V][] {
    const out: [string, V][] = [];
    const drafts = this.#drafts;
    forEachEntry(this.root, (k, v) => { out.push([k, drafts?.get(k) ?? v]); });
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
