import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FieldProblem } from '../api/problems.js';
import { parseVary, parseVaryFlag } from '../scenario/vary.js';
import { fuzzCase } from './arbitraries.js';
import { fuzzSpace, sampleAsChecked } from './fuzz.js';
import { applyCase } from './materialize.js';
import type { FuzzBase } from './types.js';
import { behaviorDraws, variedRules } from './variation.js';

const base: FuzzBase = {
  doc: { behaviors: [{ match: { pod: 'a' }, probes: { readiness: { failAfter: '1h' } } }] },
  nodeGroups: [], nodeMins: [], podTargets: [], until: 600_000, behaviorRules: 1,
};
const vary = parseVary({ runDuration: '30s..10m', exitCodes: [0, 1, 137], memory: '80%..110%',
  probePassAfter: '0s..1m', probeFailAfter: '5m..30m', imagePull: '1s..2m' }, []);

describe('vary: the bounds of behaviour variation', () => {
  test('scenario keys and --vary flags take ranges of durations, percentages and lists of exit codes', () => {
    expect(vary).toEqual({ runDuration: { min: 30_000, max: 600_000 }, exitCodes: [0, 1, 137],
      memory: { min: 80, max: 110 }, probePassAfter: { min: 0, max: 60_000 }, probeFailAfter: { min: 300_000,
        max: 1_800_000 }, imagePull: { min: 1000, max: 120_000 } });
    expect(parseVaryFlag('exitCodes=0,2', [])).toEqual({ exitCodes: [0, 2] });
    expect(parseVaryFlag('startDelay=5s', [])).toEqual({ startDelay: { min: 5000, max: 5000 } });
  });

  test('bad bounds are problems naming the field, never ignored', () => {
    const fp: FieldProblem[] = [];
    parseVary({ runDuration: '10m..30s', memory: '90..110', exitCodes: [0, 300], speed: 'fast' }, fp);
    parseVaryFlag('runDuration', fp);
    expect(fp.map((p) => p.path)).toEqual(['vary.runDuration', 'vary.memory', 'vary.exitCodes', 'vary.speed',
      '--vary']);
    expect(fp[3].message).toMatch(/^unknown field \(known: startDelay \(e\.g\. 0s\.\.30s\), runDuration/);
  });
});

describe('behaviour draws', () => {
  test('every draw stays within its bounds, for each rule and the catch-all', () => {
    fc.assert(fc.property(behaviorDraws(1, vary), (draws) => {
      expect(draws.length).toBe(2);
      for (const d of draws) {
        if (d.exitAfter !== undefined) expect(d.exitAfter).toBeGreaterThanOrEqual(30_000);
        if (d.exitAfter !== undefined) expect(d.exitAfter).toBeLessThanOrEqual(600_000);
        if (d.exitCode !== undefined) expect([0, 1, 137]).toContain(d.exitCode);
        if (d.memoryPeak !== undefined) expect(d.memoryPeak).toBeGreaterThanOrEqual(80);
        if (d.memoryPeak !== undefined) expect(d.memoryPeak).toBeLessThanOrEqual(110);
        if (d.memoryAt !== undefined) expect(d.memoryAt).toBeLessThanOrEqual(300_000);
        if (d.failAfter !== undefined) expect(d.failAfter).toBeGreaterThanOrEqual(300_000);
        if (d.pullMs !== undefined) expect(d.pullMs).toBeGreaterThanOrEqual(1000);
      }
    }), { numRuns: 200 });
  });

  test('without vary: a seed gives the cases it always gave (no behaviour draws)', () => {
    const plain = sampleAsChecked(fuzzCase(fuzzSpace(base, ['crash'], 3)), { seed: 4, numRuns: 10 });
    expect(plain.every((c) => c.behaviors === undefined)).toBe(true);
    const varied = sampleAsChecked(fuzzCase(fuzzSpace({ ...base, vary }, ['crash'], 3)), { seed: 4, numRuns: 10 });
    expect(varied.some((c) => c.behaviors?.some((d) => Object.keys(d).length > 0))).toBe(true);
  });

  test('a draw becomes behaviour fields over the rule\'s own; probes merge field by field', () => {
    const rules = variedRules(base.doc.behaviors as unknown[], [0, 0], [
      { exitAfter: 90_000, exitCode: 1, passAfter: 20_000 },
      { memoryPeak: 105, memoryAt: 60_000, failAfter: 600_000, pullMs: 30_000 }]);
    expect(rules).toEqual([
      { match: { pod: 'a' }, exitAfter: '90s', exitCode: 1,
        probes: { readiness: { failAfter: '1h', passAfter: '20s' }, startup: { passAfter: '20s' } } },
      { match: {}, memory: { steps: [{ at: '0s', memory: '53%' }, { at: '60s', memory: '105%' }] },
        probes: { liveness: { failAfter: '600s' } }, imagePull: { duration: '30s' } },
    ]);
  });

  test('a case shrinks back to the user\'s own behaviour: fast-check\'s smallest draw has no fields', () => {
    const r = fc.check(fc.property(behaviorDraws(1, vary), () => false), { seed: 1, numRuns: 1 });
    expect(r.counterexample?.[0]).toEqual([{}, {}]);
    expect(applyCase(base, { seed: 1, nodeCounts: [], ops: [], startDelays: [0, 0], behaviors: [{}, {}] }).behaviors)
      .toEqual(base.doc.behaviors);
  });
});
