import fc from 'fast-check';
import { chaosOps } from './commands.js';
import { behaviorDraws, startDelays, variesBehavior } from './variation.js';
/*
 * The fuzzer's arbitraries. They live in src so that `kubesim fuzz` can use them (nothing in src
 * imports property-tests); property-tests/arbitraries re-exports them as part of
 * `kubesim/arbitraries`, next to the per-kind manifest arbitraries.
 */
/**
 * One fault at a whole second in [0, maxAt]; node losses may recover 1..300 s later. Shrinks to an early, unrecovered
 * fault on target 0.
 */
export const fault = (kinds, maxAt) => fc.record({
    kind: fc.constantFrom(...kinds),
    at: fc.integer({ min: 0, max: Math.max(0, Math.floor(maxAt / 1000)) }).map((s) => s * 1000),
    target: fc.nat({ max: 31 }),
    recoverAfter: fc.option(fc.integer({ min: 1, max: 300 }).map((s) => s * 1000), { nil: undefined }),
}).map((f) => (f.kind === 'nodeLost' && f.recoverAfter !== undefined ? f
    : { kind: f.kind, at: f.at, target: f.target }));
/** A fault timeline: up to `maxFaults` faults (shrinks towards none). */
export const faultTimeline = (kinds, maxAt, maxFaults) => kinds.length === 0 || maxFaults === 0 ? fc.constant([]) : fc.array(fault(kinds, maxAt), { maxLength: maxFaults });
/** Seeds for the scenario: any 31-bit integer (shrinks to 0). */
export const scenarioSeed = () => fc.integer({ min: 0, max: 0x7fffffff });
/**
 * A variation of the user's scenario: a seed, a count for each `nodes:` group (from the fewest
 * the user's timeline needs, at least 1, up to one more than the user's; shrinks down), faults
 * and operations as fast-check commands (shrink to fewer, earlier), container start delays and,
 * when the scenario's `vary:` asks, run durations, exit codes, memory curves, probe and pull
 * times (variation.ts; each shrinks back to the user's own behaviour).
 */
export const fuzzCase = (space) => fc.record({
    seed: scenarioSeed(),
    nodeCounts: fc.tuple(...space.nodeGroups.map((c, i) => (c > 0
        ? fc.integer({ min: Math.min(c, Math.max(1, space.nodeMins[i] ?? 1)), max: c + 1 }) : fc.constant(1)))),
    ops: chaosOps(space.kinds, space.maxAt, space.maxOps),
    startDelays: startDelays(space.behaviorRules, space.vary),
    // Only when asked: without `vary:` the cases are the ones a seed always gave.
    ...(variesBehavior(space.vary) ? { behaviors: behaviorDraws(space.behaviorRules, space.vary) } : {}),
});
export { startDelays };
