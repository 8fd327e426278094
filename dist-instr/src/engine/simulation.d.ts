import { BehaviorSubject } from 'rxjs/internal/BehaviorSubject';
import { Subject } from 'rxjs/internal/Subject';
import type { Outbox } from '../decider/outbox.js';
import { VirtualClock } from '../clock/virtualClock.js';
import type { ClusterEvent } from '../events/index.js';
import type { Millis } from '../api/ids.js';
import { type ClusterState } from '../reducers/state.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
import type { Component, ComponentContext } from '../decider/component.js';
/** A fact as it travels on the stream and into the log: numbered in the order it happened. */
export type Recorded = Readonly<{
    seq: number;
    event: ClusterEvent;
}>;
/** Builds a component; `name` also names its random stream (Rng.split(seed, name)). */
export interface ComponentFactory {
    readonly name: string;
    create(scenario: Scenario, ctx: ComponentContext): Component;
}
export interface SimulationOptions {
    /** The components that decide; default: every built-in one (engine/components.ts). */
    readonly components: readonly ComponentFactory[];
    /** Free-form options handed to every component (explainScheduling, scheduler profile, ...). */
    readonly options?: Readonly<Record<string, unknown>>;
    /** Stop at this virtual time instead of the scenario's `until`. */
    readonly until?: Millis;
    /**
     * Called before every timer with the facts so far and the virtual time (one timer's work can take
     * seconds at scale, so no timer count between calls would bound the wall time): progress display
     * and run limits (--max-events, --max-wall) live here, outside the engine. A returned text stops
     * the run with RunStopped carrying it.
     */
    readonly watch?: (events: number, now: Millis) => string | undefined;
}
/** A run stopped by its watcher (a limit the user set): bad input for the CLI, exit 2. */
export declare class RunStopped extends Error {
    readonly reason: string;
    readonly events: number;
    readonly at: Millis;
    readonly name = "RunStopped";
    constructor(reason: string, events: number, at: Millis);
}
/**
 * The discrete-event loop. Pops due timers in (at, priority, seq) order, lets their owner
 * decide, applies the facts it emitted in one immer produce, publishes them on `events$`, and
 * lets every component observe them. Nothing here reads the wall clock or an unseeded random source.
 */
export declare class Simulation {
    #private;
    readonly scenario: Scenario;
    /** Every fact, in order, synchronously: log writers, metrics and progress subscribe here. */
    readonly events$: Subject<Readonly<{
        seq: number;
        event: ClusterEvent;
    }>>;
    /** Each applied batch with the state after it. */
    readonly batches$: Subject<{
        readonly events: readonly ClusterEvent[];
        readonly state: ClusterState;
    }>;
    /**
     * The state, derived from the facts: `facts$` (each applied batch) folded by the reducers with
     * rxjs's scan. Synchronous, so the engine reads the new state right after publishing a batch.
     */
    readonly state$: BehaviorSubject<ClusterState>;
    readonly clock: VirtualClock;
    readonly components: readonly Component[];
    constructor(scenario: Scenario, opts: SimulationOptions);
    get state(): ClusterState;
    get now(): Millis;
    /** An Outbox for deciders invoked from outside a timer (setup, tests). */
    get outbox(): Outbox;
    /** Runs until the next instant after `t` would be due (t inclusive), or to the end. */
    runUntil(t: Millis): ClusterState;
    /**
     * A timeline action from outside the scenario file (kubesim serve's accepted writes), due at
     * `at`. Queued as the scenario's own timeline entries are (Priority.Fault, after those of the
     * same instant), so a scenario that lists it in its timeline replays the same log.
     */
    schedule(at: Millis, action: TimelineAction): void;
    /** When the next timer is due (Infinity when none): a driver that paces the run reads it. */
    get nextDue(): Millis;
    get stopped(): boolean;
    /**
     * Ends the run at `t` as the `until` sentinel would: everything due at or before `t` happens,
     * then SimulationStopped at `t`. A served session ends this way at its last virtual instant.
     */
    stopAt(t: Millis): ClusterState;
    /** Runs to the scenario's `until`. */
    run(): ClusterState;
    get eventCount(): number;
}
