import type { Node, Pod } from '../../api/types.js';
import { type ClusterState } from '../../reducers/state.js';
/** The extended resource the report charts as GPUs (the device plugin's name). */
export declare const GPU = "nvidia.com/gpu";
export declare const PHASES: readonly ["Pending", "Running", "Succeeded", "Failed", "Unknown"];
export interface Curves {
    readonly t: number[];
    readonly phases: Record<string, number[]>;
    /** Pods waiting for the scheduler: Pending without a node. */
    readonly pending: number[];
    readonly requested: {
        cpu: number[];
        memory: number[];
        gpu: number[];
    };
    readonly allocatable: {
        cpu: number[];
        memory: number[];
        gpu: number[];
    };
    /** `kind/name` -> desired and ready (HPA: desired and current) replicas per sample. */
    readonly replicas: Record<string, {
        desired: number[];
        ready: number[];
    }>;
    /** Per sample, per node (heat[sample * nodes + node]): requested CPU / allocatable CPU in percent, 255 at most. */
    readonly heat: number[];
}
/**
 * Running totals kept while the report replays the log, sampled at fixed instants: pods by
 * phase, the scheduler's pending queue, requested vs allocatable CPU / memory / GPUs (over bound,
 * unfinished pods and all nodes), each node's CPU requested / allocatable, and replicas.
 */
export declare class CurveSampler {
    #private;
    readonly curves: Curves;
    constructor(nodes: readonly string[]);
    node(name: string, node: Node | undefined): void;
    pod(uid: string, pod: Pod | undefined): void;
    sample(t: number, state: ClusterState): void;
}
