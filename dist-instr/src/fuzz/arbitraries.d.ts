import fc from 'fast-check';
import { startDelays } from './variation.js';
import type { FaultKind, FuzzCase, FuzzFault, FuzzSpace } from './types.js';
/**
 * One fault at a whole second in [0, maxAt]; node losses may recover 1..300 s later. Shrinks to an early, unrecovered
 * fault on target 0.
 */
export declare const fault: (kinds: readonly FaultKind[], maxAt: number) => fc.Arbitrary<FuzzFault>;
/** A fault timeline: up to `maxFaults` faults (shrinks towards none). */
export declare const faultTimeline: (kinds: readonly FaultKind[], maxAt: number, maxFaults: number) => fc.Arbitrary<FuzzFault[]>;
/** Seeds for the scenario: any 31-bit integer (shrinks to 0). */
export declare const scenarioSeed: () => fc.Arbitrary<number>;
/**
 * A variation of the user's scenario: a seed, a count for each `nodes:` group (from the fewest
 * the user's timeline needs, at least 1, up to one more than the user's; shrinks down), faults
 * and operations as fast-check commands (shrink to fewer, earlier), container start delays and,
 * when the scenario's `vary:` asks, run durations, exit codes, memory curves, probe and pull
 * times (variation.ts; each shrinks back to the user's own behaviour).
 */
export declare const fuzzCase: (space: FuzzSpace) => fc.Arbitrary<FuzzCase>;
export { startDelays };
