import fc from 'fast-check';
import type { FuzzCase, FuzzSpace } from '../../src/fuzz/types.js';
import { faultTimeline } from './faults.js';

/** Seeds for the scenario: any 31-bit integer (shrinks to 0). */
export const scenarioSeed = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 0x7fffffff });

/**
 * A variation of the user's scenario: a seed, a count for each `nodes:` group (1 up to one more
 * than the user's; shrinks to 1) and a fault timeline (shrinks to none, earlier, fewer).
 */
export const fuzzCase = (space: FuzzSpace): fc.Arbitrary<FuzzCase> =>
  fc.record({
    seed: scenarioSeed(),
    nodeCounts: fc.tuple(...space.nodeGroups.map((c) => (c > 0 ? fc.integer({ min: 1, max: c + 1 }) : fc.constant(1)))),
    faults: faultTimeline(space.faultKinds, space.maxAt, space.maxFaults),
  });
