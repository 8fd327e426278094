import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runWithLog, scenarioFrom } from '../test-support/scenario.js';
import { scenarioYamlArb } from './support/engineScenario.js';
import { runs } from './support/runs.js';

test('the same scenario and seed give a byte-identical log', () => {
  fc.assert(
    fc.property(scenarioYamlArb, (yaml) => {
      const s = scenarioFrom(yaml);
      const a = runWithLog(s), b = runWithLog(scenarioFrom(yaml));
      expect(b.log).toBe(a.log);
      expect(b.logHash).toBe(a.logHash);
    }),
    { numRuns: runs(40) },
  );
});

test('a different seed gives different uids, so a different log', () => {
  fc.assert(
    fc.property(scenarioYamlArb, fc.integer({ min: 1, max: 1000 }), (yaml, delta) => {
      const s = scenarioFrom(yaml);
      if (s.manifests.filter((m) => m.object.kind === 'Pod').length === 0) return;
      const other = { ...s, seed: s.seed + delta };
      expect(runWithLog(other).logHash).not.toBe(runWithLog(s).logHash);
    }),
    { numRuns: runs(20) },
  );
});
