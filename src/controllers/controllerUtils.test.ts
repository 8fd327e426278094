import { describe, expect, test } from 'vitest';
import { scaledValue, selectorMatches, slowStartBatch, toleratesTaint } from './controllerUtils.js';

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
