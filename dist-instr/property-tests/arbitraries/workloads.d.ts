import fc from 'fast-check';
import type { KubeObject, Node, Pod, Taint } from '../../src/api/types.js';
import type { ClusterEvent } from '../../src/events/index.js';
import type { ClusterState } from '../../src/reducers/state.js';
import type { Scenario, TimelineAction } from '../../src/scenario/types.js';
/** A node of 2-8 CPUs with optional labels and taints (scenario `nodes:` entries). */
export declare const node: (name: string, cpu: number, labels?: Record<string, string>, taints?: Taint[]) => Node;
export declare const nodeCpus: fc.Arbitrary<number>;
export declare function scenario(nodes: readonly Node[], manifests: readonly KubeObject[], timeline: readonly {
    at: number;
    action: TimelineAction;
}[], until: number, seed?: number): Scenario;
export declare const deployment: (name: string, replicas: number, image: string, cpuMillis: number, strategy?: unknown) => KubeObject;
/** Runs a scenario, calling `check` after every applied batch with the batch and the state before and after it. */
export declare function runChecked(s: Scenario, check?: (events: readonly ClusterEvent[], before: ClusterState, after: ClusterState) => void, log?: ClusterEvent[]): ClusterState;
export declare const pods: (state: ClusterState) => Pod[];
export declare const isReady: (p: Pod) => boolean;
export declare const isActive: (p: Pod) => boolean;
