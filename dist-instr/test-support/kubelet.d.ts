import { Simulation } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { ClusterState } from '../src/reducers/state.js';
import type { Pod } from '../src/api/types.js';
import type { Scenario } from '../src/scenario/types.js';
/** Runs a scenario to its end; returns every fact and the final state. */
export declare function simulate(s: Scenario | string, until?: number): {
    events: ClusterEvent[];
    state: ClusterState;
    sim: Simulation;
};
/** The live pod named `name` (namespace default). */
export declare function podNamed(state: ClusterState, name: string, namespace?: string): Pod | undefined;
/**
 * The kubelet's facts for one pod, one short line each: `at type container detail`, e.g.
 * `12000 ContainerExited app 1 Error`, `40000 ProbeFailed app liveness`.
 */
export declare function timeline(events: readonly ClusterEvent[], pod: string, namespace?: string): string[];
/** A one-node scenario around one pod manifest (YAML text, indented as a list item body). */
export declare function onePod(pod: string, extra?: string, until?: string): string;
