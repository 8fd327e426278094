import type { Millis } from '../api/ids.js';

/**
 * Priority classes for things that happen at the same virtual instant. Lower runs first.
 * Ties inside a class break by insertion order (seq), never by object identity.
 */
export const Priority = {
  /** Timeline faults and user actions: they happen "from outside" before the cluster reacts. */
  Fault: 0,
  /** Kubelet and node-level timers (container exits, probe results, grace periods). */
  Normal: 1,
  /** Controller syncs: run after the facts of the instant they react to. */
  Controller: 2,
  /** Scheduling passes: see every pod created at this instant, as one batch. */
  Scheduler: 3,
  /** The `until` sentinel: stops the run after everything due at that instant. */
  Stop: 4,
} as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

/**
 * A binary min-heap ordered by (at, priority, seq), with keys in typed arrays: the hot path of
 * the simulation. Items live in a parallel array; slots are swapped with their keys.
 */
export class EventQueue<T> {
  #at: Float64Array;
  #rank: Float64Array; // priority * 2^40 + seq: one number compares both (seq < 2^40)
  #items: (T | undefined)[];
  #size = 0;
  #nextSeq = 0;

  constructor(initialCapacity = 1024) {
    this.#at = new Float64Array(initialCapacity);
    this.#rank = new Float64Array(initialCapacity);
    this.#items = new Array(initialCapacity);
  }

  get size(): number {
    return this.#size;
  }

  push(at: Millis, item: T, priority: Priority = Priority.Normal): void {
    if (!Number.isInteger(at)) throw new RangeError(`event time must be whole milliseconds, got ${at}`);
    if (this.#size === this.#at.length) this.#grow();
    const rank = priority * 1099511627776 + this.#nextSeq++;
    let i = this.#size++;
    const A = this.#at, R = this.#rank, I = this.#items;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (A[p] < at || (A[p] === at && R[p] < rank)) break;
      A[i] = A[p]; R[i] = R[p]; I[i] = I[p];
      i = p;
    }
    A[i] = at; R[i] = rank; I[i] = item;
  }

  /** Time of the next item, Infinity when empty (SimPy's peek). */
  peekTime(): number {
    return this.#size === 0 ? Infinity : Math.floor(this.#at[0]);
  }

  /** Priority class of the next item (undefined when empty). */
  peekPriority(): Priority | undefined {
    return this.#size === 0 ? undefined : (Math.floor(this.#rank[0] / 1099511627776) as Priority);
  }

  /** The next item without removing it. */
  peekItem(): T | undefined {
    return this.#size === 0 ? undefined : this.#items[0];
  }

  #lastRank = 0;

  /** Priority class of the item the last pop() returned. */
  get lastPriority(): Priority {
    return Math.floor(this.#lastRank / 1099511627776) as Priority;
  }

  pop(): { at: Millis; item: T } | undefined {
    if (this.#size === 0) return undefined;
    const A = this.#at, R = this.#rank, I = this.#items;
    const at = A[0];
    this.#lastRank = R[0];
    const item = I[0] as T;
    const n = --this.#size;
    if (n > 0) {
      const lastAt = A[n], lastRank = R[n], lastItem = I[n];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        const r = c + 1;
        if (r < n && (A[r] < A[c] || (A[r] === A[c] && R[r] < R[c]))) c = r;
        if (lastAt < A[c] || (lastAt === A[c] && lastRank < R[c])) break;
        A[i] = A[c]; R[i] = R[c]; I[i] = I[c];
        i = c;
      }
      A[i] = lastAt; R[i] = lastRank; I[i] = lastItem;
    }
    I[n] = undefined;
    // Math.floor of a whole number: the same value, but V8 then hands it out as a small integer
    // (Smi). A Float64Array element is read as a boxed HeapNumber, and every fact, condition and
    // startedAt stamped with the clock's time then held a box of its own (16 bytes, allocated
    // again by every copy; measured: ~8 per pod in the state). Times beyond 2^30 ms stay boxed.
    return { at: Math.floor(at), item };
  }

  #grow(): void {
    const cap = this.#at.length * 2;
    const a = new Float64Array(cap); a.set(this.#at); this.#at = a;
    const r = new Float64Array(cap); r.set(this.#rank); this.#rank = r;
    this.#items.length = cap;
  }
}
