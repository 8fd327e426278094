import type { Outbox, Timer } from '../src/decider/outbox.js';
import type { Component } from '../src/decider/component.js';
import { Simulation, type ComponentFactory } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { ClusterState } from '../src/reducers/state.js';
import type { Scenario } from '../src/scenario/types.js';
/**
 * A test-only kubelet that runs containers for their behaviour's `exitAfter` (with
 * defaultBehaviorFor under it), restarts OnFailure/Always containers that fail, and finishes
 * deletions at once unless the node is lost. Stands in for the real kubelet in batch tests.
 */
export declare class TestKubelet implements Component {
    #private;
    private readonly scenario;
    readonly name = "kubelet";
    readonly timerKinds: string[];
    constructor(scenario: Scenario);
    observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void;
    fire(timer: Timer, state: ClusterState, out: Outbox): void;
}
export declare const testKubelet: ComponentFactory;
/** A simulation with the API server, the test kubelet, the scheduler and the given controllers. */
export declare function batchSimulation(scenario: Scenario, controllers: readonly ComponentFactory[]): {
    sim: Simulation;
    events: ClusterEvent[];
};
/** Facts of the given types, with `at` in seconds, for readable assertions. */
export declare const factsOf: (events: readonly ClusterEvent[], ...types: ClusterEvent["type"][]) => ClusterEvent[];
