import fc from 'fast-check';
import type { Violation } from '../invariants/types.js';
import { type Coverage } from './coverage.js';
import { type SetupSpec } from './plugins.js';
import type { ChaosKind } from '../scenario/types.js';
import type { FuzzBase, FuzzCase, FuzzSpace } from './types.js';
/** Faults and operations per case unless --max-ops says otherwise. */
export declare const DEFAULT_MAX_OPS = 5;
export interface FuzzOptions {
    readonly runs: number;
    /** fast-check's seed: the same seed gives the same cases, on any machine and worker count. */
    readonly seed: number;
    /** Fault and operation kinds to draw from (default: every one). */
    readonly kinds?: readonly ChaosKind[];
    /** At most this many faults and operations per case (default 5). */
    readonly maxOps?: number;
    readonly setup: SetupSpec;
    /** Worker threads; 1 runs in this thread. */
    readonly workers?: number;
    /** The compiled worker module (dist/src/fuzz/worker.js), needed when workers > 1. */
    readonly workerFile?: string | URL;
    /** Run only cases i with i % count === index (a Kubernetes Indexed Job's completion index). */
    readonly shard?: {
        readonly index: number;
        readonly count: number;
    };
    /** Replay and shrink from this fast-check path instead of searching. */
    readonly path?: string;
    readonly shrink?: boolean;
    readonly onProgress?: (done: number, total: number) => void;
}
export interface FuzzFailure {
    readonly index: number;
    readonly violations: readonly Violation[];
}
export interface Counterexample {
    /** The case fast-check shrank to, and its path (replay: --seed <seed> --path <path>). */
    readonly case: FuzzCase;
    readonly path: string;
    readonly shrinks: number;
    /**
     * The scenario document after shrinking the case and then dropping manifests and timeline entries that do not matter.
     */
    readonly doc: Record<string, unknown>;
    readonly violations: readonly Violation[];
    /** The counterexample's run in plain words (faults and operations hit, invariants broken). */
    readonly story: readonly string[];
    /** The first failing case before shrinking: its index and how many faults and operations it had. */
    readonly first: {
        readonly index?: number;
        readonly ops: number;
    };
}
export interface FuzzReport {
    readonly seed: number;
    readonly runs: number;
    readonly shard: {
        readonly index: number;
        readonly count: number;
    };
    /** Cases run by this shard. */
    readonly executed: number;
    /** Failing cases in index order (deterministic whatever the worker count). */
    readonly failures: readonly FuzzFailure[];
    /** Summed over the cases this shard ran: fault and operation outcomes per kind, transitions reached. */
    readonly coverage: Coverage;
    readonly counterexample?: Counterexample;
}
/** The space of variations for a base: faults before the settle time so convergence is judged. */
export declare function fuzzSpace(base: FuzzBase, kinds: readonly ChaosKind[], maxOps: number, settle?: number, keepNodes?: boolean): FuzzSpace;
/**
 * Runs `runs` variations of the user's scenario and, on a violation, shrinks the first failing
 * case (lowest index) with fast-check, then drops manifests and timeline entries one at a time
 * while a violation of the same invariant remains.
 */
export declare function fuzz(base: FuzzBase, o: FuzzOptions): Promise<FuzzReport>;
/**
 * The values fc.check generates for this seed, in order: drawn through fc.check itself so that
 * the i-th case is exactly the one `path: "i"` replays (fc.sample wraps the arbitrary differently).
 */
export declare function sampleAsChecked<T>(arb: fc.Arbitrary<T>, params: {
    seed: number;
    numRuns: number;
}): T[];
/**
 * Greedy one-at-a-time removal (the first pass of delta debugging) over the document's manifests,
 * timeline entries and behaviour rules: keep a removal when `stillFails` holds. Passes repeat until
 * none removes anything: dropping a behaviour rule (a varied start delay) can make a timeline
 * entry unnecessary that was needed before (found on examples/chaos/pdb-drain, seed 2).
 */
export declare function minimizeDoc(doc: Record<string, unknown>, stillFails: (d: Record<string, unknown>) => boolean): Record<string, unknown>;
