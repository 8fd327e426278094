import fc from 'fast-check';
import { type ChaosKind } from '../scenario/types.js';
/**
 * One fault or operator action of a case, as plain data (it crosses to worker threads and
 * becomes a `chaos:` timeline entry): what, when, and which of the candidates at that instant.
 */
export interface ChaosOp {
    readonly kind: ChaosKind;
    /** Virtual ms from the start, whole seconds. */
    readonly at: number;
    /** Which candidate, modulo how many match at the op's instant (shrinks to the first). */
    readonly pick: number;
    readonly recoverAfter?: number;
    readonly delta?: number;
    /** slowStart: how long the application takes to come up. */
    readonly delay?: number;
}
export declare const CHAOS_KINDS: readonly ChaosKind[];
/** The op as a line of a log: `3m10s nodeLost (pick 2, back after 1m)`. */
export declare function describeOp(op: ChaosOp): string;
/**
 * Cases as sequences of faults and operations over time: fast-check commands (fc.commands),
 * turned into plain ChaosOps by running them against the time model (fc.modelRun). Shrinks
 * towards fewer commands, shorter waits and the first candidate.
 */
export declare function chaosOps(kinds: readonly ChaosKind[], maxAt: number, maxOps: number): fc.Arbitrary<ChaosOp[]>;
