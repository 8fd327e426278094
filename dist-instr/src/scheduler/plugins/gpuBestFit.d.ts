import { type PodInfo } from '../framework.js';
/**
 * The artifact's plugin_utils.go NormalizeScore: scores rescaled from [lowest, highest] onto
 * [MinNodeScore, MaxNodeScore] with integer division; all equal scores become MinNodeScore.
 */
export declare function normalizeMinMax(scores: number[]): void;
/**
 * BestFit (the artifact's best_fit_score.go getBestFitScore): the weighted leftover after
 * placement, sum over cpu and GPU of 0.5 * (free - request) / maxSpec (128 cores, 8 GPUs),
 * reversed onto 0..100 (less left over scores higher), truncated, then min-max normalised over
 * the feasible nodes. Devices: the default best fit.
 */
export declare const gpuBestFit: {
    normalizeScore(_s: import("../cycleState.js").CycleState, _pod: PodInfo, scores: number[]): void;
    name: string;
    score(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: import("../types.js").NodeInfo): number;
    scoreIndexed(_s: import("../cycleState.js").CycleState, pod: PodInfo, cols: import("../nodeColumns.js").NodeColumns, idx: Int32Array<ArrayBufferLike>, count: number, out: number[]): void;
    selectDevices(pod: PodInfo, node: import("../types.js").NodeInfo): number[] | undefined;
};
