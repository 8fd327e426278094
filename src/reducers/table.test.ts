import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fnv1a32 } from '../util/hash.js';
import { emptyTable, type Table } from './table.js';
import { pop32 } from './trie.js';

const batch = <V>(t: Table<V>, f: (w: Table<V>) => void): Table<V> => {
  const w = t.beginBatch();
  f(w);
  return w.persistent();
};

describe('Table', () => {
  test('a batch leaves the previous table untouched', () => {
    const a = batch(emptyTable<{ n: number }>(), (w) => { w.set('x', { n: 1 }); w.set('y', { n: 2 }); });
    const b = batch(a, (w) => { w.get('x')!.n = 10; w.delete('y'); w.set('z', { n: 3 }); });
    expect(a.get('x')).toEqual({ n: 1 });
    expect(a.get('y')).toEqual({ n: 2 });
    expect(a.size).toBe(2);
    expect(b.get('x')).toEqual({ n: 10 });
    expect(b.has('y')).toBe(false);
    expect(b.size).toBe(2);
  });

  test('values read inside a batch are drafts: a set value is never mutated in place', () => {
    const v = { n: 1 };
    const t = batch(emptyTable<{ n: number }>(), (w) => { w.set('k', v); w.get('k')!.n = 2; });
    expect(v.n).toBe(1);
    expect(t.get('k')).toEqual({ n: 2 });
  });

  test('mutable() copies an entry once per batch, keeps earlier draft edits, and freezes it at the end', () => {
    const a = batch(emptyTable<Record<string, number>>(), (w) => { w.set('k', { x: 1 }); });
    const b = batch(a, (w) => {
      w.get('k')!.y = 2;
      const m = w.mutable('k', () => ({}));
      m.z = 3;
      expect(w.mutable('k', () => ({}))).toBe(m);
      w.mutable('new', () => ({ n: 0 })).n++;
    });
    expect(a.get('k')).toEqual({ x: 1 });
    expect(b.get('k')).toEqual({ x: 1, y: 2, z: 3 });
    expect(b.get('new')).toEqual({ n: 1 });
    expect(Object.isFrozen(b.get('k'))).toBe(true);
    expect(b.size).toBe(2);
  });

  test('latest() reads without drafting: the value as stored, or the draft already handed out; peek() the stored value',
    () => {
    const a = batch(emptyTable<{ n: number }>(), (w) => { w.set('k', { n: 1 }); });
    const w = a.beginBatch();
    expect(w.latest('k')).toBe(a.get('k'));
    const d = w.get('k')!;
    d.n = 5;
    expect(w.latest('k')).toBe(d);
    expect(w.peek('k')).toBe(a.get('k'));
    expect(w.latest('missing')).toBeUndefined();
    expect(w.persistent().get('k')).toEqual({ n: 5 });
  });

  test('an older version never sees a key inserted after it, even one then replaced or deleted in the same batch',
    () => {
    const a = batch(emptyTable<number>(), (w) => { w.set('x', 1); });
    const b = batch(a, (w) => { w.set('k', 1); w.set('k', 2); w.set('x', 5); w.delete('k'); w.set('j', 3); });
    const c = batch(b, (w) => { w.delete('x'); w.set('x', 7); w.set('k', 4); });
    for (const [t, want] of [[a, { x: 1 }], [b, { x: 5, j: 3 }], [c, { x: 7, j: 3, k: 4 }]] as const) {
      expect(Object.fromEntries(t.entries())).toEqual(want);
      for (const k of ['x', 'k', 'j']) expect([t.has(k), t.get(k)]).toEqual(
        [k in want, (want as Record<string, number>)[k]]);
    }
  });

  test('an undefined value is an entry like any other, in every version', () => {
    const a = batch(emptyTable<number | undefined>(), (w) => { w.set('u', undefined); w.set('v', 1); });
    const b = batch(a, (w) => { w.set('u', 2); w.set('v', undefined); });
    const c = batch(b, (w) => { w.delete('v'); });
    expect([a.size, a.has('u'), a.get('u'), a.get('v'), [...a.keys()].sort()]).toEqual(
      [2, true, undefined, 1, ['u', 'v']]);
    expect([b.size, b.get('u'), b.has('v'), b.get('v')]).toEqual([2, 2, true, undefined]);
    expect([c.size, c.has('v')]).toEqual([1, false]);
  });

  test('writes outside a batch are refused', () => {
    expect(() => emptyTable<number>().set('a', 1)).toThrow('outside a reducer batch');
  });

  test('behaves like a Map (model-based)', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('set' as const), key: fc.string({ maxLength: 3 }), v: fc.integer() }),
      fc.record({ k: fc.constant('del' as const), key: fc.string({ maxLength: 3 }) }),
    );
    fc.assert(fc.property(fc.array(fc.array(op, { maxLength: 10 }), { maxLength: 8 }), (batches) => {
      let t = emptyTable<number>();
      const m = new Map<string, number>();
      for (const ops of batches) {
        t = batch(t, (w) => {
          for (const o of ops) {
            if (o.k === 'set') { w.set(o.key, o.v); m.set(o.key, o.v); } else { w.delete(o.key); m.delete(o.key); }
          }
        });
      }
      expect(t.size).toBe(m.size);
      for (const [k, v] of m) expect(t.get(k)).toBe(v);
      expect([...t.keys()].sort()).toEqual([...m.keys()].sort());
    }), { numRuns: 200 });
  });

  test('every version reads what it held: the newest through the Map, older ones through undo records, branches',
    () => {
    // Each step begins a batch on a random earlier version (the newest, or an older one: a branch),
    // so reads go both ways; the model is a Map per version. The base is also read in mid-batch,
    // while the batch's writes are in the Map its reads go through.
    const op = fc.record({ del: fc.boolean(), key: fc.string({ maxLength: 2 }), v: fc.integer() });
    const step = fc.record({ from: fc.nat(), ops: fc.array(op, { maxLength: 8 }) });
    fc.assert(fc.property(fc.array(step, { maxLength: 12 }), fc.array(fc.string({ maxLength: 2 }), { maxLength: 8 }),
      (steps, probes) => {
      const versions: { t: Table<number>; m: Map<string, number> }[] = [{ t: emptyTable<number>(), m: new Map() }];
      for (const s of steps) {
        const base = s.from % 3 === 0 ? versions[versions.length - 1] : versions[s.from % versions.length];
        const m = new Map(base.m);
        const t = batch(base.t, (w) => {
          for (const o of s.ops) {
            if (o.del) { w.delete(o.key); m.delete(o.key); } else { w.set(o.key, o.v); m.set(o.key, o.v); }
            expect(w.get(o.key)).toBe(m.get(o.key));
            expect(base.t.get(o.key)).toBe(base.m.get(o.key));
            expect(base.t.has(o.key)).toBe(base.m.has(o.key));
          }
          expect(new Map(base.t.entries())).toEqual(base.m);
        });
        versions.push({ t, m });
      }
      for (const { t, m } of versions) {
        for (const k of [...m.keys(), ...probes]) {
          expect(t.get(k)).toBe(m.get(k));
          expect(t.has(k)).toBe(m.has(k));
          expect(t.peek(k)).toBe(m.get(k));
        }
        expect(t.size).toBe(m.size);
        expect(new Map(t.entries())).toEqual(m);
        expect(t.values()).toEqual(t.keys().map((k) => m.get(k)));
      }
    }), { numRuns: 300 });
  });

  test('iterates in hash-slot order, then in the key order of a plain object per slot (array indices first)', () => {
    // The reference: one plain object per 18-bit hash slot, slots in (bits 0-5, 6-11, 12-17) order,
    // which is how the object-bucket trie iterated. Keys are few and short, so slots collide.
    const slot = (k: string): number => { const h = fnv1a32(k);
      return ((h & 63) << 12) | (((h >>> 6) & 63) << 6) | ((h >>> 12) & 63); };
    // Keys that share a slot, array indices ('7', '42') and others ('n7', '007') mixed, found by search.
    const bySlot = new Map<number, string[]>();
    for (let i = 0; i < 300_000; i++) for (const k of [String(i), `n${i}`, `0${i}`]) { const sl = slot(k);
      const ks = bySlot.get(sl); if (ks) ks.push(k); else bySlot.set(sl, [k]); }
    const crowded = [...bySlot.values()].filter((ks) => ks.length >= 3 && ks.some((k) => /^[1-9]\d*$/.test(k))
      && ks.some((k) => !/^[1-9]\d*$/.test(k))).slice(0, 4).flat();
    const key = fc.oneof(fc.constantFrom(...crowded), fc.constantFrom('0', '4294967294', '4294967295', '1e3', 'a',
      '__proto__'), fc.string({ maxLength: 2 }));
    const op = fc.record({ del: fc.boolean(), key, v: fc.integer() });
    fc.assert(fc.property(fc.array(fc.array(op, { maxLength: 12 }), { maxLength: 6 }), (batches) => {
      let t = emptyTable<number>();
      const model = new Map<number, Record<string, number>>();
      for (const ops of batches) {
        t = batch(t, (w) => {
          for (const o of ops) {
            const m = model.get(slot(o.key)) ?? Object.create(null) as Record<string, number>;
            model.set(slot(o.key), m);
            if (o.del) { w.delete(o.key); delete m[o.key]; } else { w.set(o.key, o.v); m[o.key] = o.v; }
          }
        });
      }
      const want = [...model].sort((a, b) => a[0] - b[0]).flatMap(([, m]) => Object.keys(m));
      expect(t.keys()).toEqual(want);
      expect(t.values()).toEqual(want.map((k) => model.get(slot(k))![k]));
      expect(t.size).toBe(want.length);
    }), { numRuns: 300 });
  });

  test('pop32 counts bits', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (x) => {
      expect(pop32(x)).toBe([...(x >>> 0).toString(2)].filter((c) => c === '1').length);
    }));
  });
});
