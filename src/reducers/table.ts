import { isDraft, isDraftable, type Draft } from 'immer';
import { createDraft, finishDraft } from './immer.js';
import { fnv1a32 } from '../clock/rng.js';

/**
 * The state's large collections (150,000 pods): a persistent 64 x 64 trie of small buckets,
 * hand-written because it is the hot path (docs/architecture.md, "State and speed").
 *
 * Why not plain immer drafts all the way down: one immer write into a record of 100,000 keys
 * runs about 13 times a second, and even a trie of plain objects pays immer's proxies and
 * finalisation on the 64-slot root and branch arrays for every batch. Here the trie is a class
 * immer does not draft: a reducer's batch (evolveAll) turns each table *transient* — the first
 * write in a batch copies the root, one branch and one bucket, later writes in the same batch
 * reuse those copies — and values read inside a batch are handed out as immer drafts of the
 * single value (a pod), finished at the end of the batch. Reducers keep immer's mutable style;
 * a write copies a handful of small objects; old states stay untouched.
 *
 * Iteration order is bucket order (a hash of the key), then insertion order inside a bucket: a
 * function of the facts applied, so it is the same in every run and in replay.
 */
const FANOUT = 64;
type Bucket<V> = Record<string, V>;
type Twig<V> = Bucket<V>[];
type Branch<V> = Twig<V>[];
const has = Object.prototype.hasOwnProperty;

/**
 * Three levels of 64 (262,144 buckets) keep buckets at one or two entries at 150,000 pods, so a
 * write copies three 64-slot arrays and a tiny bucket. Empty parts are shared frozen sentinels,
 * so an empty table costs nothing.
 */
const EMPTY_BUCKET: Bucket<never> = Object.freeze({}) as Bucket<never>;
const EMPTY_TWIG: Twig<never> = Object.freeze(new Array(FANOUT).fill(EMPTY_BUCKET)) as Twig<never>;
const EMPTY_BRANCH: Branch<never> = Object.freeze(new Array(FANOUT).fill(EMPTY_TWIG)) as Branch<never>;

const bucketOf = <V>(root: Branch<V>[], h: number): Bucket<V> => root[h & 63][(h >>> 6) & 63][(h >>> 12) & 63];

export interface Table<V> {
  readonly size: number;
  /** Inside a batch, a draftable value comes back as an immer draft: mutate it freely. */
  get(key: string): V | undefined;
  has(key: string): boolean;
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

class TrieTable<V> implements Table<V> {
  /** Drafts handed out during a batch: key -> draft of the value. */
  #drafts: Map<string, V> | undefined;
  /** The arrays and buckets this transient table already copied (writable in place). */
  #owned: Set<object> | undefined;

  private constructor(private root: Branch<V>[], private count: number, transient: boolean) {
    if (transient) {
      this.#drafts = new Map();
      this.#owned = new Set();
    }
  }

  static empty<V>(): TrieTable<V> {
    return new TrieTable(new Array(FANOUT).fill(EMPTY_BRANCH) as Branch<V>[], 0, false);
  }

  get size(): number {
    return this.count;
  }

  get transient(): boolean {
    return this.#drafts !== undefined;
  }

  /** A writable view for one batch of reducers; `persistent()` seals it. */
  beginBatch(): Table<V> {
    return new TrieTable(this.root, this.count, true);
  }

  /** Finishes the drafts handed out in this batch and seals the table. */
  persistent(): Table<V> {
    if (!this.#drafts) return this;
    for (const [key, draft] of this.#drafts) this.#write(key, finishDraft(draft) as V);
    return new TrieTable(this.root, this.count, false);
  }

  get(key: string): V | undefined {
    const b = bucketOf(this.root, fnv1a32(key));
    if (!has.call(b, key)) return undefined;
    const drafts = this.#drafts;
    if (!drafts) return b[key];
    let d = drafts.get(key);
    if (d === undefined) {
      const v = b[key];
      if (!isDraftable(v) || isDraft(v)) return v;
      d = createDraft(v as object) as V;
      drafts.set(key, d);
    }
    return d;
  }

  has(key: string): boolean {
    return has.call(bucketOf(this.root, fnv1a32(key)), key);
  }

  peek(key: string): V | undefined {
    const b = bucketOf(this.root, fnv1a32(key));
    return has.call(b, key) ? b[key] : undefined;
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
    if (!has.call(bucketOf(this.root, h), key)) return;
    const b = this.#own(h);
    delete b[key];
    this.count--;
  }

  #write(key: string, value: V): void {
    const h = fnv1a32(key);
    const current = bucketOf(this.root, h);
    const present = has.call(current, key);
    if (present && current[key] === value) return;
    const b = this.#own(h);
    if (!present) this.count++;
    b[key] = value;
  }

  /** The bucket for hash h, copied (with its path) on the first write of this batch. */
  #own(h: number): Bucket<V> {
    const owned = this.#owned!;
    const i = h & 63, j = (h >>> 6) & 63, k = (h >>> 12) & 63;
    if (!owned.has(this.root)) { this.root = this.root.slice(); owned.add(this.root); }
    let branch = this.root[i];
    if (!owned.has(branch)) { branch = this.root[i] = branch.slice(); owned.add(branch); }
    let twig = branch[j];
    if (!owned.has(twig)) { twig = branch[j] = twig.slice(); owned.add(twig); }
    let bucket = twig[k];
    if (!owned.has(bucket)) { bucket = twig[k] = { ...bucket }; owned.add(bucket); }
    return bucket;
  }

  values(): V[] {
    const out: V[] = [];
    const drafts = this.#drafts;
    for (const branch of this.root) {
      if (branch === EMPTY_BRANCH) continue;
      for (const twig of branch) {
        if (twig === EMPTY_TWIG) continue;
        for (const b of twig) for (const k in b) out.push(drafts?.get(k) ?? b[k]);
      }
    }
    return out;
  }

  entries(): [string, V][] {
    const out: [string, V][] = [];
    const drafts = this.#drafts;
    for (const branch of this.root) {
      if (branch === EMPTY_BRANCH) continue;
      for (const twig of branch) {
        if (twig === EMPTY_TWIG) continue;
        for (const b of twig) for (const k in b) out.push([k, drafts?.get(k) ?? b[k]]);
      }
    }
    return out;
  }

  keys(): string[] {
    const out: string[] = [];
    for (const branch of this.root) {
      if (branch === EMPTY_BRANCH) continue;
      for (const twig of branch) {
        if (twig === EMPTY_TWIG) continue;
        for (const b of twig) for (const k in b) out.push(k);
      }
    }
    return out;
  }
}

export const emptyTable = <V>(): Table<V> => TrieTable.empty<V>();
export const tget = <V>(t: Table<V>, key: string): V | undefined => t.get(key);
export const thas = <V>(t: Table<V>, key: string): boolean => t.has(key);
/** Sets an entry (inside a reducer batch). */
export const tset = <V>(t: Table<V>, key: string, value: V): void => t.set(key, value);
/** Deletes an entry (inside a reducer batch). */
export const tdel = <V>(t: Table<V>, key: string): void => t.delete(key);
export const tvalues = <V>(t: Table<V>): V[] => t.values();
export const tkeys = <V>(t: Table<V>): string[] => t.keys();
/** Inside a reducer: the entry as an immer draft, to mutate in place. */
export const tdraft = <V>(t: Table<V>, key: string): Draft<V> | undefined => t.get(key) as Draft<V> | undefined;
