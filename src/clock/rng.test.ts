import { describe, expect, test } from 'vitest';
import { Rng } from './rng.js';

describe('Rng', () => {
  test('one seed gives one stream', () => {
    const a = new Rng(42), b = new Rng(42);
    const xs = Array.from({ length: 20 }, () => a.int(0, 1000));
    expect(Array.from({ length: 20 }, () => b.int(0, 1000))).toEqual(xs);
  });

  test('split streams are independent: drawing from one does not shift another', () => {
    const s1 = Rng.split(7, 'scheduler');
    const first = Array.from({ length: 5 }, () => s1.int(0, 1e6));
    const k = Rng.split(7, 'kubelet');
    for (let i = 0; i < 100; i++) k.int(0, 10);
    const s2 = Rng.split(7, 'scheduler');
    expect(Array.from({ length: 5 }, () => s2.int(0, 1e6))).toEqual(first);
    expect(Rng.split(7, 'kubelet').int(0, 1e9)).not.toBe(Rng.split(7, 'scheduler').int(0, 1e9));
  });

  test('uuid is an RFC 4122 version 4 shape', () => {
    const r = new Rng(1);
    for (let i = 0; i < 50; i++) expect(r.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('int stays in range and float in [0, 1)', () => {
    const r = new Rng(3);
    for (let i = 0; i < 1000; i++) {
      const x = r.int(-3, 3);
      expect(x).toBeGreaterThanOrEqual(-3);
      expect(x).toBeLessThanOrEqual(3);
      const f = r.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });
});
