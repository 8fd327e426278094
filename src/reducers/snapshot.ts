import type { ClusterState } from './state.js';
import { emptyTable } from './table.js';
import { freeze as immerFreeze, isAutoFreeze } from './immer.js';
import { ARRAY, LITTLE, SET, TABLE } from './snapshotFormat.js';

// The state from a checkpoint's bytes (their format: snapshotFormat.ts; written by snapshotWriter.ts).

/** Why bytes are not a state this version wrote (thrown by decodeState). */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

type Build = (vals: readonly unknown[], w: Int32Array, p: number) => Record<string, unknown>;

/** Objects of one shape made key by key before its builder is compiled (one-off shapes never are). */
const COMPILE_AFTER = 16;

/** Makes an object of `keys` key by key (a `__proto__` key as an own property, as JSON.parse makes it). */
const generic = (keys: readonly string[]): Build => (vals, w, p) => {
  const o: Record<string, unknown> = {};
  for (let k = 0; k < keys.length; k++) {
    if (keys[k] === '__proto__') Object.defineProperty(o, keys[k], { value: vals[w[p + k]], enumerable: true,
      writable: true, configurable: true });
    else o[keys[k]] = vals[w[p + k]];
  }
  return o;
};

/**
 * A builder of one shape's objects as an object literal of its (JSON-quoted) keys: each object is
 * made in one step with its final hidden class; adding keys one by one from a list went through
 * V8's generic keyed stores and map transitions, most of decoding's time.
 */
function compiled(keys: readonly string[]): Build {
  if (keys.includes('__proto__')) return generic(keys);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('v', 'w', 'p', `return {${keys.map((k, i) => `${JSON.stringify(k)}:v[w[p+${i}]]`)
    .join(',')}};`) as Build;
}

/** Arrays up to this length are made by one compiled array literal each. */
const LITERAL_ARRAY_MAX = 16;

/**
 * Builders of arrays of 0 ... LITERAL_ARRAY_MAX elements as array literals: V8 learns that what an
 * allocation site makes survives and then allocates it in the old generation directly (a
 * checkpoint's state all survives); `new Array(n)` has no such site, and its arrays were copied by
 * the scavenges (~18 MB of the 150,000-pod state's promotions).
 */
const ARRAY_OF: readonly Build[] = Array.from({ length: LITERAL_ARRAY_MAX + 1 }, (_, n) =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('v', 'w', 'p', `return [${Array.from({ length: n }, (_x, i) => `v[w[p+${i}]]`).join(',')}];`) as Build);

/**
 * The state from its bytes, deeply frozen when `freeze` (as reducers leave their state with
 * immer's auto-freeze on, the default). Throws SnapshotError when the bytes do not hold a state
 * (a checkpoint's digest is checked before this is called; this guards against a writer's bug).
 */
export function decodeState(bytes: Uint8Array, freeze = isAutoFreeze()): ClusterState {
  const bad = (m: string): never => { throw new SnapshotError(`not a state snapshot: ${m}`); };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) bad('too short');
  const n = view.getUint32(0, true);
  if (4 + n > bytes.length) bad('its text is cut');
  let parsed: unknown;
  try { parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, n).toString()); } catch { bad('bad text'); }
  const [literals, shapes, nonFinite] = parsed as [unknown[], string[][], [number, string][]];
  if (!Array.isArray(literals) || !Array.isArray(shapes) || !Array.isArray(nonFinite)) bad('bad text');
  for (const [r, v] of nonFinite) literals[r] = Number(v);
  const start = 4 + n + ((4 - ((4 + n) % 4)) % 4);
  const wordCount = (bytes.length - start) >> 2;
  // A copy: the words must be 4-byte aligned, and in this machine's order.
  const w = new Int32Array(wordCount);
  if (LITTLE) new Uint8Array(w.buffer).set(bytes.subarray(start, start + wordCount * 4));
  else for (let i = 0; i < wordCount; i++) w[i] = view.getInt32(start + 4 * i, true);
  const vals: unknown[] = literals.slice();
  const builds = shapes.map(generic), uses = new Int32Array(shapes.length);
  for (let p = 0; p < wordCount;) {
    const tag = w[p++];
    const len = tag >= 0 ? (shapes[tag] ?? bad(`unknown shape ${tag}`)).length : w[p++];
    const refs = tag === TABLE ? 2 * len : len;
    if (!(len >= 0) || p + refs > wordCount) bad('a composite is cut');
    // Refs point back (children before parents): anything else is not this writer's.
    for (let i = p; i < p + refs; i++) if (w[i] >>> 0 >= vals.length) bad(`ref ${w[i]} out of order`);
    let v: unknown;
    if (tag >= 0) {
      if (++uses[tag] === COMPILE_AFTER) builds[tag] = compiled(shapes[tag]);
      v = builds[tag](vals, w, p);
      if (freeze) Object.freeze(v);
    } else if (tag === ARRAY) {
      let a: unknown[];
      if (len <= LITERAL_ARRAY_MAX) a = ARRAY_OF[len](vals, w, p) as unknown as unknown[];
      else {
        a = new Array<unknown>(len);
        for (let k = 0; k < len; k++) a[k] = vals[w[p + k]];
      }
      v = freeze ? Object.freeze(a) : a;
    } else if (tag === SET) {
      const set = new Set<unknown>();
      for (let k = 0; k < len; k++) set.add(vals[w[p + k]]);
      v = freeze ? immerFreeze(set) : set; // as immer freezes a Set: its mutators throw
    } else if (tag === TABLE) {
      const t = emptyTable<unknown>().beginBatch();
      for (let k = 0; k < refs; k += 2) t.set(vals[w[p + k]] as string, vals[w[p + k + 1]]);
      v = t.persistent();
    } else bad(`unknown tag ${tag}`);
    p += refs;
    vals.push(v);
  }
  const root = vals[vals.length - 1];
  if (vals.length === literals.length || typeof root !== 'object' || root === null) bad('no root');
  return root as ClusterState;
}
