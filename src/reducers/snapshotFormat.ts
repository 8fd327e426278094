import type { Table } from './table.js';

/**
 * The state as bytes and back: what a checkpoint stores (engine/checkpoint.ts). Generic over the
 * state's shape (a Table is its entries in iteration order, rebuilt by inserting them in that
 * order, which gives the same order back: table.ts), and compact: the state is a tree of mostly
 * repeated values (150,000 pods from a few hundred templates share their containers, tolerations,
 * labels, owner references and most conditions), so every distinct value is stored once and
 * referred to by number (a DAG of the JSON tree), and the rebuilt state shares those values, as
 * immutable state may. Reading a checkpoint as JSON text (~2.3 KB per pod, 360 MB at 150,000
 * pods) cost seconds of UTF-8 decoding, parsing and garbage; this is ~5x smaller and is decoded
 * by one loop over 32-bit words.
 *
 * Layout (little-endian): u32 n, then n bytes of UTF-8 JSON `[literals, shapes, nonFinite]`, then
 * zero padding to a multiple of 4, then 32-bit words. A value's number (a ref) below
 * literals.length is a literal (string, number, boolean, null; nonFinite lists [ref, "Infinity"]
 * for the numbers JSON cannot hold); above, it is the (ref - literals.length)th composite, in the
 * order the words hold them, children before parents, the last one the root. A composite's words:
 * a shape number s >= 0 then one ref per key of shapes[s] (a plain object), or a negative tag, a
 * length and the refs (ARRAY, SET, TABLE: key and value refs alternating). As JSON, a property
 * whose value is undefined is left out and an undefined array element is null.
 */
export const ARRAY = -1, SET = -2, TABLE = -3;

export const isTable = (v: unknown): v is Table<unknown> => typeof v === 'object' && v !== null
  && typeof (v as Table<unknown>).beginBatch === 'function' && typeof (v as Table<unknown>).entries === 'function';

/** Whether this machine stores an Int32Array's words little-endian (the format's order), as x86 and ARM do. */
export const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

