import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateObject } from '../src/api/validation/index.js';
import { MANIFESTS, type ManifestName } from '../test-support/manifests.js';
import { runs } from './support/runs.js';

/** Every path (as key lists) inside a JSON value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}
function replaceAt(v: unknown, path: readonly (string | number)[], with_: unknown): unknown {
  if (path.length === 0) return with_;
  const [h, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === h ? replaceAt(x, rest, with_) : x));
  return { ...(v as Record<string, unknown>), [h]: replaceAt((v as Record<string, unknown>)[h], rest, with_) };
}

const names = Object.keys(MANIFESTS) as ManifestName[];
/** A valid manifest with one subtree replaced by arbitrary JSON: the shape of real typos. */
const mutated = fc.tuple(fc.constantFrom(...names), fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([name, i, junk]) => {
  const o = MANIFESTS[name]();
  const ps = paths(o).filter((p) => p.length > 0 && !(p[0] === 'kind' || p[0] === 'apiVersion'));
  return replaceAt(o, ps[i % ps.length], junk);
});

describe('validation of bad input', () => {
  test('never throws, and every finding has a field path and a one-line message', () => {
    fc.assert(fc.property(mutated, (o) => {
      const r = validateObject(o);
      for (const e of [...r.errors, ...r.warnings]) {
        expect(typeof e.path).toBe('string');
        expect(e.message).not.toMatch(/\n/);
        expect(e.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: runs(400) });
  });

  test('a valid manifest with one unknown field added anywhere in an object is rejected at exactly that path', () => {
    fc.assert(fc.property(fc.constantFrom(...names), fc.nat(), (name, i) => {
      const o = MANIFESTS[name]();
      const objs = paths(o).filter((p) => {
        let v: unknown = o;
        for (const k of p) v = (v as Record<string, unknown>)[k as string];
        return typeof v === 'object' && v !== null && !Array.isArray(v) && !['labels', 'annotations', 'matchLabels', 'data', 'binaryData', 'stringData', 'capacity', 'allocatable', 'requests', 'limits', 'nodeSelector', 'selector'].includes(String(p[p.length - 1]));
      });
      const p = objs[i % objs.length];
      const withTypo = replaceAt(o, [...p, 'zzUnknownField'], 1);
      const fieldPath = [...p, 'zzUnknownField'].reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
      expect(validateObject(withTypo).errors).toEqual([{ path: fieldPath, message: 'unknown field' }]);
    }), { numRuns: runs(200) });
  });
});
