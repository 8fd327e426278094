import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fuzzCase } from './arbitraries.js';
import { replicaSetScenarioYaml } from '../../test-support/fuzz.js';
import { loadFuzzBase } from './base.js';
import { fuzz, fuzzSpace, minimizeDoc, sampleAsChecked } from './fuzz.js';
import { caseSize } from './materialize.js';

const memFs = (files: Record<string, string>) => ({ read: (p: string) => { if (!(p in files)) throw new Error('no');
  return files[p]; }, resolve: (_f: string, r: string) => r });
const base = loadFuzzBase('s.yaml', memFs({ 's.yaml': replicaSetScenarioYaml({ until: '5m' }) })).base;
const plugin = (name: string) => new URL(`../../test-support/plugins/${name}.ts`, import.meta.url).href;

describe('fuzz', () => {
  test('fast-check replays the i-th sampled case from path "i" (the fuzzer relies on it to shrink)', () => {
    const arb = fuzzCase(fuzzSpace(base, ['nodeLost'], 3));
    const sampled = sampleAsChecked(arb, { seed: 5, numRuns: 20 });
    expect(sampled.length).toBe(20);
    for (const i of [0, 7, 19]) {
      let seen: unknown;
      fc.check(fc.property(arb, (c) => { seen ??= c; return true; }), { seed: 5, numRuns: 20, path: String(i) });
      expect(seen).toEqual(sampled[i]);
    }
  });

  test('finds the planted ReplicaSet bug and shrinks it to one ReplicaSet on one node, with no fault', async () => {
    const r = await fuzz(base, { runs: 15, seed: 1, kinds: ['nodeLost'],
      setup: { invariants: ['replicas-converge'], plugins: [plugin('replicaSetOffByOne')] } });
    expect(r.failures.length).toBeGreaterThan(0);
    const ce = r.counterexample!;
    expect(caseSize(ce.doc)).toEqual({ objects: 1, faults: 0, nodes: 1 });
    expect((ce.doc.manifests as { kind: string }[])[0].kind).toBe('ReplicaSet');
    expect(ce.violations.map((v) => v.invariant)).toEqual(['replicas-converge']);
  });

  test('minimizing repeats its passes: an entry needed only beside a behaviour rule goes once the rule has', () => {
    const has = (d: Record<string, unknown>, f: string, x: string) => ((d[f] ?? []) as string[]).includes(x);
    // `b` matters only while the start-delay rule `slow` is there; `slow` itself does not matter.
    const fails = (d: Record<string, unknown>) => has(d, 'timeline', 'a') && (has(d, 'timeline', 'b')
      || !has(d, 'behaviors', 'slow'));
    expect(minimizeDoc({ manifests: ['m'], timeline: ['a', 'b'], behaviors: ['slow'] }, fails)).toEqual(
      { manifests: [], timeline: ['a'], behaviors: [] });
  });

  test('the same search without the bug finds nothing', async () => {
    const r = await fuzz(base, { runs: 15, seed: 1, kinds: ['nodeLost'],
      setup: { invariants: ['replicas-converge'], plugins: [plugin('replicaSetFixed')] } });
    expect(r).toEqual({ seed: 1, runs: 15, shard: { index: 0, count: 1 }, executed: 15, failures: [],
      coverage: expect.objectContaining({ kinds: expect.anything() }) });
  });
});
