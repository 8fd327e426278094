import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { ClusterEvent } from '../events/index.js';
import type { Millis, ObjectKey } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
/** What a sync may use besides the state: the controller's own random stream and the outbox. */
export interface SyncContext {
    readonly now: Millis;
    readonly rng: Rng;
    /** Emits facts (PodCreated via admitPod, ObjectStatusUpdated, ControllerEvent, ...). */
    readonly out: Outbox;
    readonly scenario: Scenario;
    /** The Simulation's free-form options (explainScheduling, a scheduler profile, ...). */
    readonly options?: Readonly<Record<string, unknown>>;
    /**
     * The controller's own informer-style cache, when its definition has one (ControllerDef.cache).
     * Absent when a sync runs outside a simulation (tests): syncs must then read the state.
     */
    readonly cache?: ControllerCache;
}
/**
 * Derived data a controller keeps between syncs, as kube-controller-manager's informers keep
 * indexed caches: fed every batch of facts, and never the source of truth (a sync can always
 * recompute from the state). One per controller per simulation.
 */
export interface ControllerCache {
    observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void;
}
export interface SyncResult {
    /** Sync this key again after this delay (queue.AddAfter in client-go), e.g. minReadySeconds. */
    readonly requeueAfter?: Millis;
}
/**
 * A level-driven controller in kube-controller-manager's shape: `keysFor` maps a fact to the
 * keys it concerns (the informer event handlers: addPod -> resolveControllerRef -> enqueue), and
 * `sync` reconciles one key from the current state (syncReplicaSet, syncDeployment, ...).
 * A sync must give the same facts whether it runs once or twice on the same state.
 */
export interface ControllerDef {
    readonly name: string;
    /**
     * `prev` is the state before the event's batch: it still holds what the event removed (the
     * pod a PodDeleted names, with its owner), as an informer's delete handler still has the object.
     */
    keysFor(event: ClusterEvent, state: ClusterState, prev: ClusterState): readonly ObjectKey[];
    /**
     * The indexes, in order, of a batch's facts that keysFor may return keys for (owner-keyed dispatch:
     * ownerFacts.ts); keysFor is asked only those. Absent or undefined: every fact is asked.
     */
    factsFor?(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): readonly number[] | undefined;
    sync(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
    /** Keys to sync at start (every existing object). */
    initialKeys?(state: ClusterState): readonly ObjectKey[];
    /** Creates the controller's cache (see ControllerCache), once per simulation. */
    createCache?(): ControllerCache;
    /** Optional timeline actions this controller carries out (rolloutUndo, drain, ...). */
    act?(action: TimelineAction, state: ClusterState, ctx: SyncContext): boolean;
}
/**
 * What keysFor returns for a fact that concerns no key: one shared empty list. keysFor runs for
 * every fact and every controller, and an `[]` literal there was ~1 KB of garbage per fact.
 */
export declare const NO_KEYS: readonly ObjectKey[];
type SyncDue = Timer & {
    readonly kind: string;
    readonly key: ObjectKey;
};
/**
 * Runs one ControllerDef as an engine component: a deduplicating work queue whose syncs run at
 * Priority.Controller, after the facts of the instant that triggered them.
 */
export declare class ControllerComponent implements Component<SyncDue> {
    #private;
    private readonly def;
    private readonly scenario;
    private readonly rng;
    private readonly options;
    readonly name: string;
    readonly timerKinds: readonly string[];
    constructor(def: ControllerDef, scenario: Scenario, rng: Rng, options?: Readonly<Record<string, unknown>>);
    start(state: ClusterState, out: Outbox): void;
    observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void;
    act(action: TimelineAction, state: ClusterState, out: Outbox): boolean;
    fire(timer: SyncDue, state: ClusterState, out: Outbox): void;
}
/** A ComponentFactory for a controller definition. */
export declare const controller: (def: ControllerDef) => {
    name: string;
    create: (scenario: Scenario, ctx: ComponentContext) => ControllerComponent;
};
export {};
