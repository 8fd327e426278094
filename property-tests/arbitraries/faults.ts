import fc from 'fast-check';
import type { FaultKind, FuzzFault } from '../../src/fuzz/types.js';

/** One fault at a whole second in [0, maxAt]; node losses may recover 1..300 s later. Shrinks to an early, unrecovered fault on target 0. */
export const fault = (kinds: readonly FaultKind[], maxAt: number): fc.Arbitrary<FuzzFault> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    at: fc.integer({ min: 0, max: Math.max(0, Math.floor(maxAt / 1000)) }).map((s) => s * 1000),
    target: fc.nat({ max: 31 }),
    recoverAfter: fc.option(fc.integer({ min: 1, max: 300 }).map((s) => s * 1000), { nil: undefined }),
  }).map((f) => (f.kind === 'nodeLost' && f.recoverAfter !== undefined ? f : { kind: f.kind, at: f.at, target: f.target }));

/** A fault timeline: up to `maxFaults` faults (shrinks towards none). */
export const faultTimeline = (kinds: readonly FaultKind[], maxAt: number, maxFaults: number): fc.Arbitrary<FuzzFault[]> =>
  kinds.length === 0 || maxFaults === 0 ? fc.constant([]) : fc.array(fault(kinds, maxAt), { maxLength: maxFaults });
