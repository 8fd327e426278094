import type { PodInfo } from '../framework.js';
/** A node's score from the cpu (millicores) and GPU milli it has left before placing the pod. */
export type LeftoverScore = (pod: PodInfo, cpuLeft: number, gpuLeft: number) => number;
/**
 * The artifact's scores that look at nothing but the node's free cpu and GPU milli (BestFit,
 * DotProd): `score` and its indexed batch form read the same two numbers; the devices are the
 * default best fit (open_gpu_share.go allocateGpuIdBasedOnBestFit).
 */
export declare function leftoverScorePlugin(name: string, leftover: LeftoverScore): {
    name: string;
    score(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: import("../types.js").NodeInfo): number;
    scoreIndexed(_s: import("../cycleState.js").CycleState, pod: PodInfo, cols: import("../nodeColumns.js").NodeColumns, idx: Int32Array<ArrayBufferLike>, count: number, out: number[]): void;
    selectDevices(pod: PodInfo, node: import("../types.js").NodeInfo): number[] | undefined;
};
