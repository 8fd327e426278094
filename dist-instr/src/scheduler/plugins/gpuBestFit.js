import { MAX_NODE_SCORE, MIN_NODE_SCORE } from '../framework.js';
import { MAX_SPEC_CPU, MAX_SPEC_GPU } from '../gpuShare.js';
import { leftoverScorePlugin } from './gpuLeftoverScore.js';
import { gpuNames } from './names.js';
/**
 * The artifact's plugin_utils.go NormalizeScore: scores rescaled from [lowest, highest] onto
 * [MinNodeScore, MaxNodeScore] with integer division; all equal scores become MinNodeScore.
 */
export function normalizeMinMax(scores) {
    let hi = -Infinity, lo = Infinity;
    for (const s of scores) {
        if (s > hi)
            hi = s;
        if (s < lo)
            lo = s;
    }
    const range = hi - lo;
    for (let i = 0; i < scores.length; i++) {
        scores[i] = range === 0 ? MIN_NODE_SCORE : Math.trunc(((scores[i] - lo) * (MAX_NODE_SCORE - MIN_NODE_SCORE)) / range) + MIN_NODE_SCORE;
    }
}
/** The BestFit score of a node with this cpu and GPU milli left. */
function bestFit(pod, cpuLeft, gpuLeft) {
    const gpuReq = pod.gpu ? pod.gpu.milli * pod.gpu.count : 0;
    if (cpuLeft < pod.nonZeroCpu || gpuLeft < gpuReq)
        return MIN_NODE_SCORE;
    const left = ((cpuLeft - pod.nonZeroCpu) / MAX_SPEC_CPU) * 0.5 + ((gpuLeft - gpuReq) / MAX_SPEC_GPU) * 0.5;
    return Math.trunc((1 - left) * MAX_NODE_SCORE);
}
/**
 * BestFit (the artifact's best_fit_score.go getBestFitScore): the weighted leftover after
 * placement, sum over cpu and GPU of 0.5 * (free - request) / maxSpec (128 cores, 8 GPUs),
 * reversed onto 0..100 (less left over scores higher), truncated, then min-max normalised over
 * the feasible nodes. Devices: the default best fit.
 */
export const gpuBestFit = {
    ...leftoverScorePlugin(gpuNames.BestFitScore, bestFit),
    normalizeScore(_s, _pod, scores) {
        normalizeMinMax(scores);
    },
};
