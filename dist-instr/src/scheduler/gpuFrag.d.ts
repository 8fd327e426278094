import type { NodeInfo, PodInfo } from './framework.js';
import { type GpuRequest } from './gpuShare.js';
/**
 * GPU fragmentation against a target workload, as defined by Weng et al., "Beware of
 * Fragmentation" (USENIX ATC'23, §4), with the definitions of the authors' artifact
 * (hkust-adsl/kubernetes-scheduler-simulator, pkg/utils/frag.go).
 */
/** One task shape of the target workload with its share of the tasks (frag.go TargetPod). */
export interface TargetShape {
    /** cpu in millicores (the pod's non-zero request, as frag.go GetPodResource counts it). */
    readonly cpu: number;
    /** milli per device (0 for a task without GPUs). */
    readonly milli: number;
    readonly count: number;
    readonly model: string;
    /** Share of the workload's tasks, 0..1; the shapes' shares add up to 1. */
    readonly freq: number;
}
/** The node state fragmentation reads (frag.go NodeResource): cpu left, milli left per device, model. */
export interface GpuNodeState {
    readonly cpuLeft: number;
    readonly free: readonly number[];
    readonly model: string;
}
export declare const nodeState: (node: NodeInfo) => GpuNodeState;
/** frag.go's classes (FragRatioDataMap order). */
export declare const FRAG_CLASSES: readonly ["q1_lack_both", "q2_lack_gpu", "q3_satisfied", "q4_lack_cpu", "xl_satisfied", "xr_lack_cpu", "no_access"];
export type FragClass = (typeof FRAG_CLASSES)[number];
/** frag.go GetNodePodFrag: how a node stands toward one task shape. */
export declare function fragClass(n: GpuNodeState, s: {
    cpu: number;
    milli: number;
    count: number;
    model: string;
}): FragClass;
/**
 * frag.go NodeGpuShareFragAmount split by class: for each shape, the node's idle GPU milli
 * weighted by the shape's share. A shape the node can take (Q3) counts as fragment only the
 * milli on devices too small for it (GetGpuFragMilliByNodeResAndPodRes); for any other class
 * (the shape cannot run here, or runs without GPUs) all idle milli is fragment.
 */
export declare function nodeFragAmount(n: GpuNodeState, shapes: readonly TargetShape[], into: number[]): void;
/** frag.go NodeGpuShareFragAmountScore: the node's fragment milli (every class but Q3). */
export declare function nodeFragMilli(n: GpuNodeState, shapes: readonly TargetShape[]): number;
/** Popularity threshold and step of the paper's runs (generate_config_and_run.py: 95, 1). */
export declare const TARGET_POPULARITY_PCT = 95;
/**
 * frag.go GetTypicalPods (CPU-only tasks included, every task weighted 1): the workload's task
 * shapes, most popular first, taken one at a time until they cover `popularityPct` percent of
 * the tasks, with shares renormalised over the shapes kept.
 */
export declare function targetWorkload(pods: readonly {
    cpu: number;
    gpu: GpuRequest | undefined;
}[], popularityPct?: number): TargetShape[];
/** The target workload of the pods a scheduler sees (each pod's non-zero cpu and its GPU request). */
export declare const targetWorkloadOf: (pods: readonly PodInfo[]) => TargetShape[];
/** FGDScore's pluginConfig args: `targetWorkload` a list of shapes with non-negative numbers. */
export declare function validateTargetWorkload(args: unknown): string[];
