import { expect, test } from 'vitest';
import { formatQuantity, quantityFormat } from './quantityFormat.js';
import { toCanonical } from './quantity.js';

const canonical = (resource: string, q: string): string =>
  formatQuantity(toCanonical(resource, q), resource === 'cpu' ? -3 : 0, quantityFormat(q));

// quantity_test.go TestQuantityString / CanonicalizeBytes: the shortest exact suffix of the format.
test('Quantity.String() canonical forms', () => {
  expect(canonical('cpu', '4')).toBe('4');
  expect(canonical('cpu', '4000m')).toBe('4');
  expect(canonical('cpu', '1500m')).toBe('1500m');
  expect(canonical('cpu', '0.1')).toBe('100m');
  expect(canonical('memory', '8Gi')).toBe('8Gi');
  expect(canonical('memory', '1024Mi')).toBe('1Gi');
  expect(canonical('memory', '1536Mi')).toBe('1536Mi');
  expect(canonical('memory', '1000Ki')).toBe('1000Ki');
  expect(canonical('memory', '1M')).toBe('1M');
  expect(canonical('memory', '1500k')).toBe('1500k');
  expect(canonical('memory', '128974848')).toBe('128974848');
  expect(canonical('pods', '110')).toBe('110');
  expect(formatQuantity(512, 0, 'BinarySI')).toBe('512');
  expect(formatQuantity(0, -3)).toBe('0');
  expect(formatQuantity(1048576e9, -9, 'BinarySI')).toBe('1Mi');
  expect(formatQuantity(10e6, -9)).toBe('10m');
});
