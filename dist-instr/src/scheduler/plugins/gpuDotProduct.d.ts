import { type PodInfo } from '../framework.js';
/**
 * DotProd, Tetris' packing heuristic (the artifact's dot_product_score.go, as the paper runs it:
 * dimExtMethod "merge", normMethod "max"): the node's free [cpu, total GPU milli] and the pod's
 * request, each divided by the largest node (128 cores, 8 GPUs); score = 100 * (1 - dot / 2),
 * truncated; a node without the cpu left scores MinNodeScore. Devices: the default best fit.
 */
export declare const gpuDotProduct: {
    name: string;
    score(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: import("../types.js").NodeInfo): number;
    scoreIndexed(_s: import("../cycleState.js").CycleState, pod: PodInfo, cols: import("../nodeColumns.js").NodeColumns, idx: Int32Array<ArrayBufferLike>, count: number, out: number[]): void;
    selectDevices(pod: PodInfo, node: import("../types.js").NodeInfo): number[] | undefined;
};
