import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { ClusterState } from './state.js';
import { emptyTable } from './table.js';
import { encodeState } from './snapshotWriter.js';
import { isTable } from './snapshotFormat.js';
import { snapshotDifference } from './snapshotCompare.js';

// Values of the shapes a state holds: objects (with undefined values), arrays, Sets, Tables, and
// the numbers JSON bends (-0, NaN, Infinity).
const leaf = fc.oneof(fc.constantFrom(0, -0, 1, NaN, Infinity, -Infinity, null, undefined, true, false, '', 'a', 'b'),
  fc.integer({ min: -3, max: 3 }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('set'), tie('object'), tie('table')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  set: fc.array(tie('value'), { maxLength: 3 }).map((xs) => new Set(xs)),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 3 }),
  table: fc.array(fc.tuple(fc.constantFrom('k1', 'k2', 'k3', 'k4'), tie('value')), { maxLength: 3 }).map((es) => {
    const t = emptyTable<unknown>().beginBatch();
    for (const [k, v] of es) t.set(k, v);
    return t.persistent();
  }),
}));

function copy(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (isTable(v)) {
    const t = emptyTable<unknown>().beginBatch();
    for (const [k, x] of v.entries()) t.set(k, copy(x));
    return t.persistent();
  }
  if (Array.isArray(v)) return v.map(copy);
  if (v instanceof Set) return new Set([...v].map(copy));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
}

// A state is an object: values are compared as held by one (an undefined value is an absent key).
const bytesEqual = (a: object, b: object): boolean =>
  Buffer.from(encodeState(a as ClusterState)).equals(encodeState(b as ClusterState));

test('snapshotDifference finds a difference exactly when the snapshots differ', () => {
  fc.assert(fc.property(value, value, (x, y) => {
    const a = { x }, b = { x: y };
    expect(snapshotDifference(a, b) === undefined).toBe(bytesEqual(a, b));
    // A copy shares nothing with the original (as a checkpoint's decoded state and a replay's): still equal.
    expect(snapshotDifference(a, { x: copy(x) })).toBeUndefined();
  }), { numRuns: 600 });
});

test('it names where: the path to the first difference', () => {
  const t = (es: [string, unknown][]) => { const x = emptyTable<unknown>().beginBatch();
    for (const [k, v] of es) x.set(k, v); return x.persistent(); };
  expect(snapshotDifference({ pods: t([['default/web', { status: { phase: 'Running' } }]]) },
    { pods: t([['default/web', { status: { phase: 'Pending' } }]]) })).toBe('.pods["default/web"].status.phase');
  expect(snapshotDifference({ a: [1, 2] }, { a: [1, 2, 3] })).toBe('.a.length');
  expect(snapshotDifference({ a: 1, b: undefined }, { a: 1 })).toBeUndefined(); // undefined is left out
  expect(snapshotDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe('.a'); // key order is part of the bytes
});
