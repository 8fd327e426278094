/**
 * The persistent hash trie under Table (table.ts): three levels indexed by 6-bit slices of the
 * key's hash (bits 0-5, 6-11, 12-17), then a bucket of the keys sharing those 18 bits.
 *
 * Levels are bitmap-compressed (a 64-bit bitmap as two 32-bit halves, and only the present
 * children, in slot order), as in Bagwell's HAMT: at 10,000 pods a twig holds two or three of
 * its 64 possible buckets, so the copy a write makes is a few slots, not 64 (the previous trie
 * copied three full 64-slot arrays per write; at 10,000 binds per batch that was most of the
 * reducers' time and garbage). Buckets are arrays of key/value pairs instead of objects: objects
 * keyed by unique uids give every bucket its own hidden class.
 *
 * Nodes copied within one batch carry that batch's `owner` token and are then updated in place;
 * nodes without it are shared with older states and copied before a change. Buckets are never
 * updated in place (they hold one or two entries).
 *
 * Iteration order: slot order at each level, then bucket order, which follows JavaScript's own
 * key order for objects (canonical array indices ascending, then other keys in insertion order),
 * so that iteration is exactly that of the object-bucket trie this replaces.
 */

export interface Node<C> {
  /** The batch that copied this node (it may then change it in place); null for shared nodes. */
  readonly owner: object | null;
  lo: number;
  hi: number;
  /** Present children, in slot order. */
  readonly slots: C[];
}
/** [key0, value0, key1, value1, ...]. */
export type Bucket<V> = readonly (string | V)[];
export type Twig<V> = Node<Bucket<V>>;
export type Branch<V> = Node<Twig<V>>;
/** 64 slots indexed by the hash's low 6 bits. */
export type Root<V> = (Branch<V> | undefined)[];

export const EMPTY_ROOT: Root<never> = Object.freeze(new Array<undefined>(64).fill(undefined)) as Root<never>;

/** Population count of a 32-bit integer. */
export function pop32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const hasBit = (n: Node<unknown>, b: number): boolean => (b < 32 ? (n.lo & (1 << b)) !== 0
  : (n.hi & (1 << (b - 32))) !== 0);
/** Where slot b's child is (or would go) in n.slots. */
const position = (n: Node<unknown>, b: number): number => (b < 32 ? pop32(n.lo & ((1 << b) - 1))
  : pop32(n.lo) + pop32(n.hi & ((1 << (b - 32)) - 1)));

export function child<C>(n: Node<C>, b: number): C | undefined {
  return hasBit(n, b) ? n.slots[position(n, b)] : undefined;
}

/** `n` with slot b set to c: n itself when `owner` already owns it, else a copy owned by `owner`. */
export function withChild<C>(n: Node<C> | undefined, b: number, c: C, owner: object): Node<C> {
  if (n === undefined) return b < 32 ? { owner, lo: 1 << b, hi: 0, slots: [c] }
    : { owner, lo: 0, hi: 1 << (b - 32), slots: [c] };
  const p = position(n, b);
  const present = hasBit(n, b);
  if (n.owner === owner) {
    if (present) n.slots[p] = c;
    else { insertAt(n.slots, p, c); setBit(n, b); }
    return n;
  }
  const slots = present ? n.slots.slice() : withInserted(n.slots, p, c);
  if (present) slots[p] = c;
  const copy: Node<C> = { owner, lo: n.lo, hi: n.hi, slots };
  if (!present) setBit(copy, b);
  return copy;
}

/** Inserts `c` at `p` in place (no splice: it allocates the array of removed elements). */
function insertAt<C>(a: C[], p: number, c: C): void {
  a.push(c);
  for (let i = a.length - 1; i > p; i--) a[i] = a[i - 1];
  a[p] = c;
}

/** A copy of `a` with `c` inserted at `p`, allocated at its final length (a splice grows it further). */
function withInserted<C>(a: readonly C[], p: number, c: C): C[] {
  const out = new Array<C>(a.length + 1);
  for (let i = 0; i < p; i++) out[i] = a[i];
  out[p] = c;
  for (let i = p; i < a.length; i++) out[i + 1] = a[i];
  return out;
}

/** `n` without slot b (owned as in withChild); undefined when nothing is left. */
export function withoutChild<C>(n: Node<C>, b: number, owner: object): Node<C> | undefined {
  if (!hasBit(n, b)) return n;
  if (n.slots.length === 1) return undefined;
  const p = position(n, b);
  const m: Node<C> = n.owner === owner ? n : { owner, lo: n.lo, hi: n.hi, slots: n.slots.slice() };
  m.slots.splice(p, 1);
  if (b < 32) m.lo &= ~(1 << b); else m.hi &= ~(1 << (b - 32));
  return m;
}

function setBit(n: Node<unknown>, b: number): void {
  if (b < 32) n.lo |= 1 << b; else n.hi |= 1 << (b - 32);
}

/** The bucket for hash h, if any. */
export function bucketAt<V>(root: Root<V>, h: number): Bucket<V> | undefined {
  const branch = root[h & 63];
  if (branch === undefined) return undefined;
  const twig = child(branch, (h >>> 6) & 63);
  return twig === undefined ? undefined : child(twig, (h >>> 12) & 63);
}

/** Index of `key` in the bucket (even), or -1. */
export function indexOfKey<V>(b: Bucket<V>, key: string): number {
  for (let x = 0; x < b.length; x += 2) if (b[x] === key) return x;
  return -1;
}

/**
 * The key as a canonical array index (ToString(ToUint32(key)) === key, below 2^32 - 1), or -1:
 * objects list such keys first, in numeric order.
 */
function arrayIndex(key: string): number {
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57) || key.length > 10) return -1;
  const n = Number(key);
  return n < 4294967295 && String(n) === key ? n : -1;
}

/** A new bucket with `key` added where an object would list it. */
export function bucketWith<V>(b: Bucket<V> | undefined, key: string, value: V): Bucket<V> {
  if (b === undefined) return [key, value];
  const n = arrayIndex(key);
  let at = b.length;
  if (n >= 0) {
    at = 0;
    while (at < b.length) { const m = arrayIndex(b[at] as string); if (m < 0 || m > n) break; at += 2; }
  }
  const out = new Array<string | V>(b.length + 2);
  for (let i = 0; i < at; i++) out[i] = b[i];
  out[at] = key;
  out[at + 1] = value;
  for (let i = at; i < b.length; i++) out[i + 2] = b[i];
  return out;
}

/** A new bucket with the value at pair index x replaced. */
export function bucketReplaced<V>(b: Bucket<V>, x: number, value: V): Bucket<V> {
  const out = b.slice();
  out[x + 1] = value;
  return out;
}

/** A new bucket without the pair at index x; undefined when it was the only one. */
export function bucketWithout<V>(b: Bucket<V>, x: number): Bucket<V> | undefined {
  if (b.length === 2) return undefined;
  const out = b.slice();
  out.splice(x, 2);
  return out;
}

/** Calls f(key, value) for every entry, in iteration order. */
export function forEachEntry<V>(root: Root<V>, f: (key: string, value: V) => void): void {
  for (let i = 0; i < 64; i++) {
    const branch = root[i];
    if (branch === undefined) continue;
    for (const twig of branch.slots) for (const b of twig.slots) for (let x = 0; x < b.length; x += 2) f(b[x] as string,
      b[x + 1] as V);
  }
}
