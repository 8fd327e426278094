import fc from 'fast-check';
import type { FuzzCase, FuzzSpace } from '../../src/fuzz/types.js';
import { faultTimeline } from './faults.js';

/** Seeds for the scenario: any 31-bit integer (shrinks to 0). */
export const scenarioSeed = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 0x7fffffff });

/**
 * A variation of the user's scenario: a seed, a count for each `nodes:` group (from the fewest the user's
 * timeline needs, at least 1, up to one more than the user's; shrinks down), a fault timeline (shrinks to none, earlier, fewer) and
 * container start delays (behaviour parameters; shrink to the user's own).
 */
export const fuzzCase = (space: FuzzSpace): fc.Arbitrary<FuzzCase> =>
  fc.record({
    seed: scenarioSeed(),
    nodeCounts: fc.tuple(...space.nodeGroups.map((c, i) => (c > 0 ? fc.integer({ min: Math.min(c, Math.max(1, space.nodeMins[i] ?? 1)), max: c + 1 }) : fc.constant(1)))),
    faults: faultTimeline(space.faultKinds, space.maxAt, space.maxFaults),
    startDelays: startDelays(space.behaviorRules),
  });

/** Start delays of 0..30 s for each behaviour rule plus a catch-all (shrink to 0: the user's own). */
export const startDelays = (rules: number): fc.Arbitrary<number[]> =>
  fc.tuple(...Array.from({ length: rules + 1 }, () => fc.integer({ min: 0, max: 30 }).map((s) => s * 1000)));
