import { type RunResult } from '../src/engine/run.js';
import type { Scenario } from '../src/scenario/types.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { KubeObject, Pod } from '../src/api/types.js';
import type { ClusterState } from '../src/reducers/state.js';
import type { ControllerDef, SyncResult } from '../src/controllers/controller.js';
import type { Millis } from '../src/api/ids.js';
import type { OwnerReference, Taint } from '../src/api/types.js';
/** A scenario document around nodes, manifests and a timeline given as YAML fragments. */
export declare function scenarioYaml(opts: {
    nodes?: string;
    manifests: string;
    timeline?: string;
    until?: string;
    seed?: number;
}): string;
export interface Recorded {
    readonly result: RunResult;
    readonly events: ClusterEvent[];
}
/** Runs a scenario and keeps every fact. */
export declare function runRecorded(s: Scenario, until?: number): Recorded;
export declare const livePods: (state: ClusterState) => Pod[];
export declare const objectsOf: (state: ClusterState, resource: string) => KubeObject[];
export declare const isReady: (p: Pod) => boolean;
/** The kubectl-style lines of the controller events: `reason: message`. */
export declare const controllerEvents: (events: readonly ClusterEvent[]) => string[];
/** NodeAdded for a node with 8 CPUs, 32 GiB, 110 pods, optional labels and taints. */
export declare function nodeAdded(name: string, opts?: {
    labels?: Record<string, string>;
    taints?: Taint[];
    unschedulable?: boolean;
}): ClusterEvent;
export interface PodOpts {
    readonly owner?: OwnerReference;
    readonly labels?: Record<string, string>;
    readonly node?: string;
    readonly phase?: Pod['status']['phase'];
    /** Ready since this time (ms); omit for not ready. */
    readonly readyAt?: number;
    readonly created?: number;
    readonly restarts?: number;
    readonly deleting?: boolean;
    readonly annotations?: Record<string, string>;
    readonly namespace?: string;
}
/** PodCreated for a pod in a given condition (phase, node, Ready since ...), bypassing the kubelet. */
export declare function podCreated(name: string, o?: PodOpts): ClusterEvent;
export declare const objectApplied: (resource: string, object: KubeObject) => ClusterEvent;
export declare const ownerRef: (kind: string, name: string, uid?: string) => OwnerReference;
export declare const stateOf: (facts: readonly ClusterEvent[]) => ClusterState;
/** Runs one sync of a controller on a state and returns what it emitted. */
export declare function syncOnce(def: ControllerDef, key: string, state: ClusterState, now?: Millis, seed?: number): {
    events: ClusterEvent[];
    result: SyncResult | void;
};
