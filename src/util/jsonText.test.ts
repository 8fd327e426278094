import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { sameJsonText } from './jsonText.js';

/** A value and a copy of it with its object keys in another order (a different text unless the order is the same). */
const reordered = (v: unknown, rev: boolean): unknown => {
  if (Array.isArray(v)) return v.map((x) => reordered(x, rev));
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  if (rev) keys.reverse();
  return Object.fromEntries(keys.map((k) => [k, reordered((v as Record<string, unknown>)[k], rev)]));
};

describe('sameJsonText equals comparing JSON.stringify texts', () => {
  test('random values, their copies, reorderings and small edits', () => {
    const value = fc.anything({ withNullPrototype: true, withDate: true, withBoxedValues: true, withSparseArray: true,
      withMap: true, withSet: true, maxDepth: 3 });
    fc.assert(fc.property(value, value, fc.boolean(), (a, b, rev) => {
      const c = reordered(a, rev);
      for (const [x, y] of [[a, b], [a, c], [c, a], [a, structuredCloneOr(a)]]) {
        expect(sameJsonText(x, y)).toBe(JSON.stringify(x) === JSON.stringify(y));
      }
    }), { numRuns: 2000 });
  });
  test('what the text leaves out or writes as null', () => {
    expect(sameJsonText({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJsonText({ a: 1, f: () => 1 }, { a: 1 })).toBe(true);
    expect(sameJsonText([undefined], [null])).toBe(true);
    expect(sameJsonText({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJsonText({ a: NaN }, { a: null })).toBe(true);
    expect(sameJsonText({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameJsonText(new Date(5), new Date(5).toISOString())).toBe(true);
  });
});

function structuredCloneOr(v: unknown): unknown {
  try { return structuredClone(v); } catch { return v; }
}
