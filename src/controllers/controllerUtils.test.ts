import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalJson, sameJson, scaledValue, selectorMatches, slowStartBatch,
  toleratesTaint } from './controllerUtils.js';

describe('selectorMatches (metav1.LabelSelectorAsSelector)', () => {
  test.each([
    { name: 'matchLabels must all match', sel: { matchLabels: { app: 'web', tier: 'fe' } }, labels: { app: 'web' },
      want: false },
    { name: 'In matches one of the values', sel: { matchExpressions: [
      { key: 'env', operator: 'In' as const, values: ['a', 'b'] }] }, labels: { env: 'b' }, want: true },
    { name: 'NotIn matches a missing key', sel: { matchExpressions: [
      { key: 'env', operator: 'NotIn' as const, values: ['a'] }] }, labels: {}, want: true },
    { name: 'DoesNotExist fails when the key is there', sel: {
      matchExpressions: [{ key: 'env', operator: 'DoesNotExist' as const }] }, labels: { env: '' }, want: false },
    { name: 'an empty selector matches everything', sel: {}, labels: { any: 'thing' }, want: true },
    { name: 'no selector matches nothing', sel: undefined, labels: { any: 'thing' }, want: false },
  ])('$name', ({ sel, labels, want }) => expect(selectorMatches(sel, labels as Record<string, string>)).toBe(want));
});

describe('slowStartBatch (controller_utils.go)', () => {
  test('runs batches of 1, 2, 4, ... and stops after the batch with the first error', () => {
    const calls: number[] = [];
    const r = slowStartBatch(20, 1, (i) => { calls.push(i); return i === 4 ? 'quota exceeded' : undefined; });
    // batches: [0], [1,2], [3,4,5,6] -> the error in the third batch stops before [7..14]
    expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(r).toEqual({ successes: 6, error: 'quota exceeded' });
  });
  test('without errors creates exactly count', () => expect(slowStartBatch(5, 1, () => undefined)).toEqual(
    { successes: 5 }));
});

describe('scaledValue (intstr.GetScaledValueFromIntOrPercent)', () => {
  test.each([
    { v: '25%', total: 3, up: true, want: 1 }, { v: '25%', total: 3, up: false, want: 0 },
    { v: 2, total: 3, up: true, want: 2 }, { v: undefined, total: 8, up: false, want: 2 },
  ])('$v of $total (round up: $up) is $want', ({ v, total, up, want }) =>
    expect(scaledValue(v, total, up, '25%')).toBe(want));
});

test('toleratesTaint: Exists without key tolerates every taint of its effect; Equal compares the value', () => {
  expect(toleratesTaint([{ operator: 'Exists', effect: 'NoSchedule' }],
    { key: 'a', value: 'b', effect: 'NoSchedule' })).toBe(true);
  expect(toleratesTaint([{ operator: 'Exists', effect: 'NoSchedule' }], { key: 'a', effect: 'NoExecute' })).toBe(false);
  expect(toleratesTaint([{ key: 'a', operator: 'Equal', value: 'c' }],
    { key: 'a', value: 'b', effect: 'NoSchedule' })).toBe(false);
});

describe('sameJson', () => {
  // Values as statuses hold them: objects (some keys undefined), arrays, strings, numbers, booleans, null.
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(null, true, false, 0, -0, 1, 2.5, NaN, '', 'a', 'b'),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', 'status', 'type'), fc.option(tie('value'), { nil: undefined }),
        { maxKeys: 4 })),
  }));
  /** A copy with the keys in another order, and maybe one leaf changed or an undefined key added. */
  const variant = (v: unknown, r: (max: number) => number): unknown => {
    if (Array.isArray(v)) return v.map((x) => variant(x, r));
    if (v === null || typeof v !== 'object') return r(20) === 0 ? (v === 1 ? 2 : 1) : v;
    const keys = Object.keys(v).reverse();
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = variant((v as Record<string, unknown>)[k], r);
    if (r(10) === 0) out.extra = undefined;
    if (r(20) === 0) out.status = null;
    // The same value under another key.
    if (keys.length > 0 && r(8) === 0) { const k = keys[0], moved = out[k]; delete out[k];
      out[k === 'zz' ? 'a' : 'zz'] = moved; }
    return out;
  };
  test('answers as comparing canonicalJson texts, for unrelated values and for near copies', () => {
    let equal = 0;
    fc.assert(fc.property(value, value, fc.gen(), (a, b, g) => {
      const near = variant(a, (max) => g(fc.nat, { max }));
      for (const [x, y] of [[a, b], [a, near], [near, a]]) {
        const want = canonicalJson(x) === canonicalJson(y);
        if (want) equal++;
        expect(sameJson(x, y)).toBe(want);
      }
    }), { numRuns: 2000, seed: 5 });
    expect(equal).toBeGreaterThan(1000);
  });
});
