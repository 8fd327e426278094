import { MAX_NODE_SCORE, MIN_NODE_SCORE } from '../framework.js';
import { MILLI_PER_GPU } from '../../api/gpu.js';
import { bestFitDevices, fullyFreeCount } from '../gpuShare.js';
import { gpuNames } from './names.js';
/**
 * GpuPacking (the artifact's gpu_packing_score.go getPackingScore), from high to low:
 * 1. the pod fits on partly used devices: 100 - (sum of their percent left) / 10, at least 50;
 * 2. it needs fully free devices of a used node: 50 - how many, at least 33;
 * 3. the node is all free: 33 - its device count (never below that count).
 * Devices are taken least-left first. A pod without GPUs scores 0. Devices: the default best fit.
 */
/** Device indices, least milli left first, index order among equals (a stable insertion sort into a scratch). */
const ORDER = [];
function leastLeftFirst(free) {
    ORDER.length = 0;
    for (let i = 0; i < free.length; i++) {
        let j = i;
        while (j > 0 && free[ORDER[j - 1]] > free[i]) {
            ORDER[j] = ORDER[j - 1];
            j--;
        }
        ORDER[j] = i;
    }
    return ORDER;
}
export const gpuPacking = {
    name: gpuNames.GpuPackingScore,
    score(_s, pod, node) {
        const req = pod.gpu, free = node.gpu?.free;
        if (!req || !free)
            return MIN_NODE_SCORE;
        const third = Math.trunc(MAX_NODE_SCORE / 3), half = MAX_NODE_SCORE / 2;
        const fullyFree = fullyFreeCount(free);
        if (fullyFree === free.length)
            return Math.max(third - fullyFree, fullyFree);
        // SortedMilliGpuLeftIndexList(true): least left first, index order among equals (stable sort).
        const order = leastLeftFirst(free);
        let want = req.count, freeUsed = 0, pctLeft = 0;
        for (let k = 0; k < free.length; k++) {
            const i = order[k];
            if (want === 0)
                break;
            if (req.milli > free[i])
                continue;
            want--;
            if (free[i] === MILLI_PER_GPU)
                freeUsed++;
            pctLeft += Math.trunc((free[i] * 100) / MILLI_PER_GPU);
        }
        if (want !== 0)
            return MIN_NODE_SCORE;
        if (freeUsed > 0)
            return Math.max(half - freeUsed, third);
        return Math.max(MAX_NODE_SCORE - Math.trunc(pctLeft / 10), half);
    },
    selectDevices(pod, node) {
        return pod.gpu && node.gpu ? bestFitDevices(node.gpu.free, pod.gpu) : undefined;
    },
};
