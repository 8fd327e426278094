import type { Rng } from '../clock/rng.js';
import type { Outbox } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterState } from '../reducers/state.js';
import { type Scenario, type TimelineAction } from '../scenario/types.js';
/** Reasons and objects of the facts the chaos monkey leaves in the log (coverage reads them). */
export declare const CHAOS_INJECTED = "ChaosInjected";
export declare const CHAOS_OBJECT_PREFIX = "chaos/";
/**
 * The chaos monkey: carries out `chaos:` timeline actions. At the action's instant it finds the
 * candidates (running pods, Ready nodes, zones, workloads) matching the selector, picks one with
 * the action's `pick` or its own seeded stream, records what it chose (a ControllerEvent on the
 * target, reason ChaosInjected) and hands the concrete action (a container fault, nodeLost, a
 * drain, a scale, ...) to the other components through an engine-owned TimelineDue timer at the
 * same instant; recoveries are TimelineDue timers later on. Nothing to aim at, or a cluster that
 * has not settled from an earlier disruption, is a Warning naming the kind, never silence.
 */
export declare class ChaosMonkey implements Component {
    #private;
    private readonly rng;
    private readonly scenarioNodes;
    readonly name = "chaos";
    readonly timerKinds: never[];
    constructor(rng: Rng, scenarioNodes: number);
    fire(): void;
    act(a: TimelineAction, state: ClusterState, out: Outbox): boolean;
}
export declare const chaosMonkey: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ChaosMonkey;
};
