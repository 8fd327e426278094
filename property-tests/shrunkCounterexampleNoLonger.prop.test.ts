import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadFuzzBase } from '../src/fuzz/base.js';
import { fuzzCase } from '../src/fuzz/arbitraries.js';
import { DEFAULT_MAX_OPS, fuzz, fuzzSpace, sampleAsChecked } from '../src/fuzz/fuzz.js';
import { applyCase, caseSize } from '../src/fuzz/materialize.js';
import { CHAOS_KINDS } from '../src/fuzz/commands.js';
import { INVARIANT_CASES } from '../test-support/chaos.js';
import { memoryFs } from '../test-support/scenario.js';
import { parseInvariantSpecs } from '../src/invariants/operational/index.js';
import { runs } from './support/runs.js';

/**
 * Law: whatever campaign seed finds a hazard, the counterexample it hands back is no longer than
 * the first failing case it started from: no more faults and operations, no more timeline
 * entries, no more objects (shrinking and minimising only ever remove or simplify).
 */
const hazards = INVARIANT_CASES.filter((c) => ['availability', 'rollout-completes', 'drain-completes'].includes(c.invariant));

/**
 * A campaign seed known to find each hazard in 12 runs, checked first: three random seeds alone
 * sometimes found none (drain-completes is found by fewer seeds), and the guard below then failed.
 */
const KNOWN_FINDS: [typeof hazards[number], number][] = [['availability', 1], ['rollout-completes', 1],
  ['drain-completes', 3]].map(([name, seed]) => [hazards.find((h) => h.invariant === name)!, seed as number]);

test('the shrunk counterexample is no longer than the first failing case', async () => {
  let found = 0;
  await fc.assert(fc.asyncProperty(fc.constantFrom(...hazards), fc.integer({ min: 0, max: 1_000_000 }), async (hazard, seed) => {
    const { base, scenario } = loadFuzzBase('/s.yaml', memoryFs({ '/s.yaml': hazard.breaks(false) }));
    const { specs } = parseInvariantSpecs(scenario.invariants, '/s.yaml', []);
    const name = hazard.invariant;
    const r = await fuzz(base, { runs: 12, seed, setup: { invariants: [], plugins: [], only: true, specs } });
    if (!r.counterexample) return;
    const ce = r.counterexample;
    found++;
    const firstCase = sampleAsChecked(fuzzCase(fuzzSpace(base, CHAOS_KINDS, DEFAULT_MAX_OPS, undefined, true)), { seed, numRuns: 12 })[r.failures[0].index];
    const first = caseSize(applyCase(base, firstCase)), shrunk = caseSize(ce.doc);
    expect(ce.first.ops).toBe(firstCase.ops.length);
    expect(ce.case.ops.length).toBeLessThanOrEqual(firstCase.ops.length);
    expect(shrunk.faults).toBeLessThanOrEqual(first.faults);
    expect(shrunk.objects).toBeLessThanOrEqual(first.objects);
    expect(ce.violations.some((v) => v.invariant === name)).toBe(true);
  }), { numRuns: runs(3), examples: KNOWN_FINDS });
  expect(found).toBeGreaterThan(0); // the hazards are found: the law was not checked vacuously
}, 300_000);
