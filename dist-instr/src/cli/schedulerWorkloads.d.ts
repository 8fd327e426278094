import type { KubeObject, PodSpec } from '../api/types.js';
import { type ClusterState } from '../reducers/state.js';
import { type SchedulerOptions } from '../scheduler/scheduler.js';
import type { Scenario } from '../scenario/types.js';
/**
 * Workloads shaped like kube-scheduler's scheduler_perf suite (test/integration/scheduler_perf:
 * misc/, affinity/ and topology_spreading/performance-config.yaml). Standard node
 * (templates/node-default.yaml): 4 CPU, 32Gi, 110 pods; standard pod (templates/pod-default.yaml):
 * 100m / 500Mi. `threshold` is the pods/s that suite enforces for kube-scheduler.
 */
export interface Workload {
    readonly name: string;
    readonly title: string;
    readonly threshold: number;
    readonly nodes: number;
    readonly initPods: number;
    readonly measurePods: number;
    /** Node labels by node index. */
    readonly nodeLabels?: (i: number) => Record<string, string>;
    readonly initPod?: (i: number) => PodManifest;
    readonly measurePod: (i: number) => PodManifest;
    /** Pods created every 200 ms during the measured phase (churn opcode). */
    readonly churn?: {
        readonly pod: (i: number) => PodManifest;
        readonly count: number;
    };
    readonly objects?: readonly KubeObject[];
}
export interface PodManifest {
    readonly metadata: {
        name: string;
        namespace?: string;
        labels?: Record<string, string>;
    };
    readonly spec: PodSpec;
}
export declare const WORKLOADS: readonly Workload[];
/**
 * The workload as a Scenario: nodes and objects at 0, init pods at 1 ms, measured pods at 1 s, churn every 200 ms from
 * 1 s.
 */
export declare function workloadScenario(w: Workload, seed: number, scale?: number): Scenario;
export interface WorkloadResult {
    readonly workload: string;
    readonly threshold: number;
    readonly measured: number;
    readonly scheduled: number;
    readonly wallMs: number;
    readonly podsPerSec: number;
    /** CPU time of the measured phase (user + system): steadier than wall time on a shared machine. */
    readonly cpuMs: number;
    readonly podsPerCpuSec: number;
    readonly attemptsPerPod: number;
    readonly cpuUtilisation: number;
    readonly memoryUtilisation: number;
    /** Probe pods of 2 CPU / 8Gi that fit in the total free capacity but on no single node. */
    readonly fragmentation: number;
    /** Nodes running at least one pod. */
    readonly nodesUsed: number;
    /** Mean virtual ms from creation to binding, over the measured pods that were bound. */
    readonly meanPendingMs: number;
    readonly events: number;
}
/**
 * Runs one workload through the engine (API server + scheduler: facts, reducers and the
 * scheduler's cache, no kubelet) and times the measured phase on the wall clock with `now()`.
 */
export declare function runWorkload(w: Workload, opts: {
    seed: number;
    scale?: number;
    scheduler?: SchedulerOptions;
    now: () => number;
}): WorkloadResult;
/** Utilisation of requests, fragmentation for a 2 CPU / 8Gi probe pod, and nodes in use, from the final state. */
export declare function quality(state: ClusterState): {
    cpuUtilisation: number;
    memoryUtilisation: number;
    fragmentation: number;
    nodesUsed: number;
};
