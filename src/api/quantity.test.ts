import { describe, expect, test } from 'vitest';
import { quantityError, scaledValue, toCanonical } from './quantity.js';

describe('quantity parsing, as apimachinery ParseQuantity', () => {
  test.each([
    { q: '100m', scale: -3, want: 100 },
    { q: '0.5', scale: -3, want: 500 },
    { q: '1', scale: -3, want: 1000 },
    { q: 2, scale: -3, want: 2000 },
    { q: '128Mi', scale: 0, want: 128 * 2 ** 20 },
    { q: '1G', scale: 0, want: 1e9 },
    { q: '1M', scale: 0, want: 1e6 },
    { q: '1Mi', scale: 0, want: 2 ** 20 },
    { q: '1e3', scale: 0, want: 1000 },
    { q: '1E', scale: 0, want: 1e18 },
    { q: '1k', scale: 0, want: 1000 },
    { q: '1Ki', scale: 0, want: 1024 },
    { q: '1n', scale: -3, want: 1 }, // rounds up
    { q: '1.5Gi', scale: 0, want: 1.5 * 2 ** 30 },
    { q: '0.1m', scale: -3, want: 1 },
  ])('$q at scale $scale is $want', ({ q, scale, want }) => {
    expect(scaledValue(q, scale)).toBe(want);
  });

  test.each(['1K', '1ki', '1KB', ' 1', '1 ', '1 Mi', 'abc', '', '1.2.3', 'Mi'])('%j is rejected', (q) => {
    expect(quantityError(q)).toBeDefined();
  });

  test('cpu is kept in millicores, memory in bytes', () => {
    expect(toCanonical('cpu', '250m')).toBe(250);
    expect(toCanonical('memory', '64Mi')).toBe(67108864);
    expect(toCanonical('pods', '110')).toBe(110);
  });
});
