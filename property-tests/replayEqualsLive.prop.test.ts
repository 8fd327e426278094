import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseLog } from '../src/engine/log.js';
import { replay } from '../src/engine/replay.js';
import { toApi } from '../src/output/toApi.js';
import { runWithLog, scenarioFrom } from '../test-support/scenario.js';
import { scenarioYamlArb } from './support/engineScenario.js';
import { runs } from './support/runs.js';

test('the state rebuilt from the log alone equals the live final state', () => {
  fc.assert(
    fc.property(scenarioYamlArb, (yaml) => {
      const r = runWithLog(scenarioFrom(yaml));
      expect(toApi(replay(parseLog(r.log).events))).toEqual(toApi(r.state));
    }),
    { numRuns: runs(40) },
  );
});

test('the state at --at t equals the live state of a run stopped at t', () => {
  fc.assert(
    fc.property(scenarioYamlArb, fc.double({ min: 0, max: 1, noNaN: true }), (yaml, frac) => {
      const s = scenarioFrom(yaml);
      const t = Math.floor(s.until * frac);
      const full = runWithLog(s);
      const partial = runWithLog(s, { until: t });
      expect(toApi(replay(parseLog(full.log).events, t))).toEqual(toApi(partial.state));
    }),
    { numRuns: runs(30) },
  );
});
