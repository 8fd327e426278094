import type { ClusterEvent } from '../events/index.js';
import { type ClusterState } from '../reducers/state.js';
import type { Simulation } from '../engine/simulation.js';
import type { Invariant, Violation } from './types.js';
/** At most this many distinct violations are kept per run: the first ones tell the story. */
export declare const MAX_VIOLATIONS = 1000;
/**
 * Watches a Simulation (its batches$ stream) and records every violation with its virtual time.
 * A violation seen again in a later batch (same invariant, message and objects) is kept once, at
 * the first time it was seen. `finish()` judges the end-of-run laws; it runs by itself when the
 * simulation completes its streams (Simulation.run) and may be called after runUntil.
 */
export declare class InvariantChecker {
    #private;
    readonly violations: Violation[];
    readonly history: ClusterEvent[];
    readonly invariants: readonly Invariant[];
    constructor(invariants: readonly Invariant[]);
    /** Subscribes to a simulation before it runs. */
    observe(sim: Simulation): this;
    onBatch(batch: readonly ClusterEvent[], state: ClusterState): void;
    /** Judges the end-of-run laws (and the batch laws once more with `final`). Idempotent. */
    finish(): Violation[];
}
