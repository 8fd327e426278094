import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario } from '../scenario/types.js';
import { SchedulerCache } from './cache.js';
import type { Plugin, Profile } from './framework.js';
import { type Registry } from './registry.js';
import { SchedulingQueue } from './schedulingQueue.js';
type SchedulingPassDue = Timer & {
    readonly kind: 'SchedulingPassDue';
};
/** What a library user or `--scheduler ./file.js` passes as `options.scheduler`. */
export interface SchedulerOptions {
    /** A built-in profile name or a KubeSchedulerConfiguration; overrides the scenario's `scheduler:`. */
    readonly config?: unknown;
    /** Out-of-tree plugins: registered, and enabled at every point they implement (weight `weight` or 1). */
    readonly plugins?: readonly (Plugin & {
        readonly weight?: number;
    })[];
    /** A whole registry to use instead of the in-tree one (plus `plugins`). */
    readonly registry?: Registry;
}
/**
 * DisruptionTarget condition the scheduler sets on preemption victims (preemption.go, PodReasonPreemptionByScheduler).
 */
export declare const POD_REASON_PREEMPTION_BY_SCHEDULER = "PreemptionByScheduler";
/**
 * kube-scheduler as a component: a cache of nodes fed by facts, a scheduling queue, and one
 * scheduling pass per virtual instant (Priority.Scheduler) that pops the active queue in
 * PrioritySort order and runs each pod through its profile. All binds of a pass are emitted
 * together, so the engine applies them in one produce.
 */
export declare class Scheduler implements Component<SchedulingPassDue> {
    #private;
    private readonly rng;
    readonly name = "scheduler";
    readonly timerKinds: readonly ["SchedulingPassDue"];
    readonly cache: SchedulerCache;
    readonly queue: SchedulingQueue;
    readonly profiles: ReadonlyMap<string, Profile>;
    /** Scheduling attempts made (for benchmarks: attempts per pod). */
    attempts: number;
    constructor(rng: Rng, opts?: {
        config?: unknown;
        scheduler?: SchedulerOptions;
        explain?: boolean;
    });
    observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void;
    fire(_t: SchedulingPassDue, state: ClusterState, out: Outbox): void;
}
export declare const scheduler: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => Scheduler;
};
export {};
