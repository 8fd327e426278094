import { MAX_NODE_SCORE, MIN_NODE_SCORE } from '../framework.js';
import { MAX_SPEC_CPU, MAX_SPEC_GPU } from '../gpuShare.js';
import { leftoverScorePlugin } from './gpuLeftoverScore.js';
import { gpuNames } from './names.js';
/** The DotProd score of a node with this cpu and GPU milli left. */
function dotProduct(pod, cpuLeft, gpuLeft) {
    if (cpuLeft < pod.nonZeroCpu)
        return MIN_NODE_SCORE;
    const gpuReq = pod.gpu ? pod.gpu.milli * pod.gpu.count : 0;
    const dot = (cpuLeft / MAX_SPEC_CPU) * (pod.nonZeroCpu / MAX_SPEC_CPU)
        + (gpuLeft / MAX_SPEC_GPU) * (gpuReq / MAX_SPEC_GPU);
    return Math.trunc(MAX_NODE_SCORE * (1 - dot / 2));
}
/**
 * DotProd, Tetris' packing heuristic (the artifact's dot_product_score.go, as the paper runs it:
 * dimExtMethod "merge", normMethod "max"): the node's free [cpu, total GPU milli] and the pod's
 * request, each divided by the largest node (128 cores, 8 GPUs); score = 100 * (1 - dot / 2),
 * truncated; a node without the cpu left scores MinNodeScore. Devices: the default best fit.
 */
export const gpuDotProduct = leftoverScorePlugin(gpuNames.DotProductScore, dotProduct);
