import { describe, expect, test } from 'vitest';
import { isNegative, quantityError, scaledValue, toCanonical } from './quantity.js';

const FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const SUFFIX = "unable to parse quantity's suffix";

describe('quantity parsing, as apimachinery ParseQuantity', () => {
  test.each([
    { q: '100m', scale: -3, want: 100 },
    { q: '0.5', scale: -3, want: 500 },
    { q: '.5', scale: -3, want: 500 },
    { q: '1.', scale: -3, want: 1000 },
    { q: '1', scale: -3, want: 1000 },
    { q: 2, scale: -3, want: 2000 },
    { q: 0.25, scale: -3, want: 250 },
    { q: '+1', scale: 0, want: 1 },
    { q: '128Mi', scale: 0, want: 128 * 2 ** 20 },
    { q: '1G', scale: 0, want: 1e9 },
    { q: '1M', scale: 0, want: 1e6 },
    { q: '1Mi', scale: 0, want: 2 ** 20 },
    { q: '1e3', scale: 0, want: 1000 },
    { q: '1E3', scale: 0, want: 1000 },
    { q: '1e+3', scale: 0, want: 1000 },
    { q: '5e-3', scale: -3, want: 5 },
    { q: '1E', scale: 0, want: 1e18 },
    { q: '1k', scale: 0, want: 1000 },
    { q: '1Ki', scale: 0, want: 1024 },
    { q: '1Ti', scale: 0, want: 2 ** 40 },
    { q: '1n', scale: -3, want: 1 }, // rounds up, as ScaledValue does
    { q: '1u', scale: -9, want: 1000 },
    { q: '1.5Gi', scale: 0, want: 1.5 * 2 ** 30 },
    { q: '0.1m', scale: -3, want: 1 },
    { q: '-100m', scale: -3, want: -100 },
    { q: '0', scale: 0, want: 0 },
  ])('$q at scale $scale is $want', ({ q, scale, want }) => {
    expect(quantityError(q)).toBeUndefined();
    expect(scaledValue(q, scale)).toBe(want);
  });

  test.each([
    { q: '1K', err: SUFFIX }, { q: '1ki', err: SUFFIX }, { q: '1KB', err: FORMAT }, { q: '1e', err: SUFFIX },
    { q: '1Mb', err: FORMAT }, { q: ' 1', err: FORMAT }, { q: '1 ', err: FORMAT }, { q: '1 Mi', err: FORMAT },
    { q: 'abc', err: FORMAT }, { q: '', err: FORMAT }, { q: '1.2.3', err: FORMAT }, { q: 'Mi', err: FORMAT },
    { q: '.', err: FORMAT }, { q: '1mm', err: SUFFIX }, { q: '--1', err: FORMAT }, { q: '0x10', err: FORMAT },
  ])('$q is rejected: $err', ({ q, err }) => {
    expect(quantityError(q)).toBe(err);
  });

  test('non-strings and non-numbers are rejected with a hint', () => {
    expect(quantityError(true)).toBe('must be a quantity string such as "100m" or "1Gi", got true');
    expect(quantityError(Infinity)).toBe('quantities must be finite numbers');
  });

  test('negative quantities are told apart from negative zero', () => {
    expect([isNegative('-1'), isNegative('-0'), isNegative('1')]).toEqual([true, false, false]);
  });

  test('cpu is kept in millicores, memory in bytes, extended resources in units', () => {
    expect(toCanonical('cpu', '250m')).toBe(250);
    expect(toCanonical('memory', '64Mi')).toBe(67108864);
    expect(toCanonical('pods', '110')).toBe(110);
    expect(toCanonical('nvidia.com/gpu', 2)).toBe(2);
  });
});

describe('rounding and saturation (apimachinery resource/amount.go and quantity.go ParseQuantity)', () => {
  test.each([
    // negativeScaleInt64: "The value returned, if not exact, is rounded away from zero."
    { q: '-0.0001', scale: -3, want: -1 },
    { q: '-1.5', scale: 0, want: -2 },
    { q: '-100m', scale: 0, want: -1 },
    // ScaledValue of a positive value rounds up: 0.0001 cpu is 1m.
    { q: '0.0001', scale: -3, want: 1 },
    // ParseQuantity caps a BinarySI value at maxAllowed = 2^63 - 1 (as a double: 2^63).
    { q: '8Ei', scale: 0, want: Number((1n << 63n) - 1n) },
    { q: '1024Ei', scale: 0, want: Number((1n << 63n) - 1n) },
    { q: '-16Ei', scale: 0, want: -Number((1n << 63n) - 1n) },
    { q: '7Ei', scale: 0, want: 7 * 2 ** 60 },
  ])('$q at scale $scale is $want', ({ q, scale, want }) => expect(scaledValue(q, scale)).toBe(want));
  test('a decimal value beyond int64 is not capped (the cap is for binary suffixes only)', () => {
    expect(scaledValue('10E', 0)).toBe(1e19);
  });
});
