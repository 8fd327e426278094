import { Simulation, type ComponentFactory } from '../engine/simulation.js';
import type { ClusterEvent } from '../events/index.js';
import { type ClusterState } from '../reducers/state.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
/** Receives each applied batch of facts with the state after it and the seq of its last fact. */
export type BatchSink = (events: readonly ClusterEvent[], state: ClusterState, lastSeq: number) => void;
/** What the served cluster runs on: a live simulation or a recorded log. */
export interface Driver {
    readonly state: ClusterState;
    readonly writable: boolean;
    /** Applies everything due at or before `t`. */
    advanceTo(t: number): void;
    /** When the next fact is due (Infinity: nothing is). */
    nextDue(): number;
    /** Queues an accepted write at `at` (live only). */
    schedule(at: number, action: TimelineAction): void;
    /** Ends the session at `t`; returns the log lines when a log was kept. */
    stop(t: number): string[] | undefined;
}
/** A live simulation: writes become timeline actions, and the log may be kept for --log. */
export declare class LiveDriver implements Driver {
    #private;
    readonly scenario: Scenario;
    readonly writable = true;
    readonly sim: Simulation;
    constructor(scenario: Scenario, opts: {
        components: readonly ComponentFactory[];
        options?: Record<string, unknown>;
        keepLog: boolean;
    }, sink: BatchSink);
    get state(): ClusterState;
    advanceTo(t: number): void;
    nextDue(): number;
    schedule(at: number, action: TimelineAction): void;
    stop(t: number): string[] | undefined;
}
/** A recorded log, read-only: the clock moves through its facts, one batch per virtual instant. */
export declare class ReplayDriver implements Driver {
    #private;
    private readonly events;
    private readonly sink;
    readonly writable = false;
    constructor(events: readonly ClusterEvent[], sink: BatchSink);
    get state(): ClusterState;
    advanceTo(t: number): void;
    nextDue(): number;
    schedule(): void;
    stop(): undefined;
}
