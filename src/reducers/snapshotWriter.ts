import type { ClusterState } from './state.js';
import { ARRAY, isTable, LITTLE, SET, TABLE } from './snapshotFormat.js';

/** An encoder that has seen this many times the values its last state reached is replaced (its memory). */
const STALE = 3;

/** Arrays and Sets up to this length are stored once per distinct content (longer ones are rarely repeated). */
const INTERN_MAX = 64;

/** `a`, or a copy twice as long (or more) when it cannot hold `n` words. */
function room(a: Int32Array, n: number): Int32Array {
  if (n <= a.length) return a;
  let c = a.length * 2;
  while (c < n) c *= 2;
  const b = new Int32Array(c);
  b.set(a);
  return b;
}

/** A node of the trie of objects' key lists: an object's shape is the node its keys lead to. */
interface ShapeNode { id: number; readonly keys: readonly string[]; readonly next: Map<string, ShapeNode> }

/**
 * Encodes states; one encoder may encode many states of one run (a checkpoint every N facts).
 * Every distinct value it has seen is numbered once, in the order first seen (children before
 * parents); a state's bytes hold the values it reaches, renumbered in that order. Composites are
 * found by content through an open-addressing table of their words' hashes (a string key per
 * composite in a Map of millions made encoding several times slower); child refs wait on a stack
 * while their parent's other children are walked. A table's values (pods, nodes, objects) are
 * also remembered by identity: state is immutable, so a pod unchanged since the last checkpoint
 * is one Map lookup, not a walk of its ~60 values (most of a checkpoint's cost).
 */
export class StateEncoder {
  readonly literals: unknown[] = [];
  readonly #strings = new Map<string, number>();
  readonly #others = new Map<unknown, number>();
  readonly shapes: (readonly string[])[] = [];
  readonly #shapeRoot: ShapeNode = { id: -1, keys: [], next: new Map() };
  words: Int32Array = new Int32Array(1 << 20);
  n = 0;
  /** Per composite: where its words start, its hash, whether it is in the content table. */
  offsets: Int32Array = new Int32Array(1 << 16);
  #hashes: Int32Array = new Int32Array(1 << 16);
  #interned = new Uint8Array(1 << 16);
  count = 0;
  /** Open addressing: composite index + 1, 0 for an empty slot. */
  #slots = new Int32Array(1 << 17);
  #stack: Int32Array = new Int32Array(1 << 12);
  #sp = 0;
  /** Table values (objects) -> their refs. */
  readonly #memo = new Map<object, number>();
  /** Values seen over values the last state reached: past STALE, start a new encoder (memory). */
  stale = false;

  #literal(v: unknown, map: Map<unknown, number>): number {
    let r = map.get(v);
    if (r === undefined) {
      r = this.literals.length;
      map.set(v, r);
      this.literals.push(v);
    }
    return r;
  }

  #push(ref: number): void {
    if (this.#sp === this.#stack.length) this.#stack = room(this.#stack, this.#sp + 1);
    this.#stack[this.#sp++] = ref;
  }

  /** A value's ref: a literal's index, or -1 - index for a composite (made positive by finish()). */
  walk(v: unknown): number {
    if (typeof v === 'string') return this.#literal(v, this.#strings as Map<unknown, number>);
    if (typeof v !== 'object' || v === null) return this.#literal(v === undefined ? null : v, this.#others);
    const sp0 = this.#sp;
    if (isTable(v)) {
      for (const [k, x] of v.entries()) {
        this.#push(this.walk(k));
        if (typeof x !== 'object' || x === null) { this.#push(this.walk(x)); continue; }
        let r = this.#memo.get(x);
        if (r === undefined) { r = this.walk(x); this.#memo.set(x, r); }
        this.#push(r);
      }
      return this.#composite(TABLE, sp0, false);
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) this.#push(this.walk(v[i]));
      return this.#composite(ARRAY, sp0, v.length <= INTERN_MAX);
    }
    if (v instanceof Set) {
      for (const x of v) this.#push(this.walk(x));
      return this.#composite(SET, sp0, v.size <= INTERN_MAX);
    }
    const o = v as Record<string, unknown>;
    let shape = this.#shapeRoot;
    for (const k in o) {
      const x = o[k];
      if (x === undefined || typeof x === 'function' || !Object.hasOwn(o, k)) continue;
      let next = shape.next.get(k);
      if (next === undefined) { next = { id: -1, keys: [...shape.keys, k], next: new Map() }; shape.next.set(k, next); }
      shape = next;
      this.#push(this.walk(x));
    }
    if (shape.id < 0) { shape.id = this.shapes.length; this.shapes.push(shape.keys); }
    return this.#composite(shape.id, sp0, true);
  }

  /** The composite of `tag` whose child refs are the stack from sp0: an equal one already written, or a new one. */
  #composite(tag: number, sp0: number, intern: boolean): number {
    const stack = this.#stack, len = this.#sp - sp0;
    this.#sp = sp0;
    let h = Math.imul(tag ^ 0x5bd1e995, 0x9e3779b1);
    for (let i = sp0; i < sp0 + len; i++) h = Math.imul((h ^ stack[i]) + (h >>> 15), 0x85ebca6b);
    let slot = -1;
    if (intern) {
      const slots = this.#slots, mask = slots.length - 1;
      for (slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
        const idx = slots[slot] - 1;
        if (this.#hashes[idx] === h && this.#equal(idx, tag, stack, sp0, len)) return -1 - idx;
      }
    }
    const idx = this.count++;
    if (idx === this.offsets.length) {
      this.offsets = room(this.offsets, idx + 1);
      this.#hashes = room(this.#hashes, idx + 1);
      const b = new Uint8Array(this.offsets.length);
      b.set(this.#interned);
      this.#interned = b;
    }
    this.offsets[idx] = this.n;
    this.#hashes[idx] = h;
    const w = this.words = room(this.words, this.n + len + 2);
    w[this.n++] = tag;
    if (tag < 0) w[this.n++] = tag === TABLE ? len / 2 : len;
    w.set(stack.subarray(sp0, sp0 + len), this.n);
    this.n += len;
    if (intern) {
      this.#interned[idx] = 1;
      this.#slots[slot] = idx + 1;
      if (this.count * 2 > this.#slots.length) this.#rehash();
    }
    return -1 - idx;
  }

  #equal(idx: number, tag: number, stack: Int32Array, sp0: number, len: number): boolean {
    const w = this.words;
    let at = this.offsets[idx];
    if (w[at++] !== tag) return false;
    if (tag < 0 && w[at++] !== len) return false;
    for (let i = 0; i < len; i++) if (w[at + i] !== stack[sp0 + i]) return false;
    return true;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2), mask = slots.length - 1;
    for (let idx = 0; idx < this.count; idx++) {
      if (!this.#interned[idx]) continue;
      let slot = this.#hashes[idx] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = idx + 1;
    }
    this.#slots = slots;
  }

  /** The bytes of `state`: the values it reaches, renumbered literals first, then composites. */
  encode(state: ClusterState): Uint8Array {
    const root = this.walk(state);
    const w = this.words, L = this.literals.length, C = this.count;
    // Mark what the root reaches (a child's index is below its parent's), then number it: index + 1, 0 if not.
    const lit = new Int32Array(L), comp = new Int32Array(C);
    comp[-1 - root] = 1;
    for (let i = C - 1; i >= 0; i--) {
      if (comp[i] === 0) continue;
      for (let j = this.#from(i), to = this.#to(i); j < to; j++) if (w[j] < 0) comp[-1 - w[j]] = 1; else lit[w[j]] = 1;
    }
    const literals: unknown[] = [], nonFinite: [number, string][] = [];
    for (let g = 0; g < L; g++) {
      if (lit[g] === 0) continue;
      const v = this.literals[g];
      if (typeof v === 'number' && !Number.isFinite(v)) { nonFinite.push([literals.length, String(v)]);
        literals.push(null); } else literals.push(v);
      lit[g] = literals.length;
    }
    let nc = 0, size = 0;
    for (let i = 0; i < C; i++) if (comp[i] !== 0) { comp[i] = ++nc; size += this.#to(i) - this.offsets[i]; }
    this.stale = C > STALE * nc || L > STALE * literals.length;
    const text = Buffer.from(JSON.stringify([literals, this.shapes, nonFinite]));
    const pad = (4 - ((4 + text.length) % 4)) % 4;
    const out = new Uint8Array(4 + text.length + pad + size * 4);
    const view = new DataView(out.buffer);
    view.setUint32(0, text.length, true);
    out.set(text, 4);
    const words = new Int32Array(size), base = literals.length - 1;
    let n = 0;
    for (let i = 0; i < C; i++) {
      if (comp[i] === 0) continue;
      const from = this.#from(i), to = this.#to(i);
      for (let j = this.offsets[i]; j < from; j++) words[n++] = w[j];
      for (let j = from; j < to; j++) words[n++] = w[j] < 0 ? base + comp[-1 - w[j]] : lit[w[j]] - 1;
    }
    const at = 4 + text.length + pad;
    if (LITTLE) out.set(new Uint8Array(words.buffer), at);
    else for (let i = 0; i < size; i++) view.setInt32(at + 4 * i, words[i], true);
    return out;
  }

  /** Where composite i's child refs start in the words (after its tag, and its length if it has one). */
  #from(i: number): number {
    const at = this.offsets[i];
    return this.words[at] < 0 ? at + 2 : at + 1;
  }

  /** Where composite i's words end. */
  #to(i: number): number {
    const w = this.words, at = this.offsets[i], tag = w[at];
    return this.#from(i) + (tag >= 0 ? this.shapes[tag].length : tag === TABLE ? 2 * w[at + 1] : w[at + 1]);
  }
}

/** The state's bytes alone: equal states (content and every table's order) give equal bytes. */
export const encodeState = (state: ClusterState): Uint8Array => new StateEncoder().encode(state);
