import { expect, test } from 'vitest';
import { fnv1a32 } from './hash.js';

test('fnv1a32 matches the reference vectors', () => {
  expect(fnv1a32('')).toBe(0x811c9dc5);
  expect(fnv1a32('a')).toBe(0xe40c292c);
  expect(fnv1a32('foobar')).toBe(0xbf9cf968);
});
