import { MAX_NODE_SCORE, MIN_NODE_SCORE } from '../framework.js';
import { MILLI_PER_GPU } from '../../api/gpu.js';
import { bestFitDevices, gpuMilliLeft, MAX_SPEC_GPU } from '../gpuShare.js';
import { gpuNames } from './names.js';
/**
 * pod.go GetGpuAffinityFromPodAnnotation as a number: 0 for `share-gpu` (a share), N for `N-gpu`
 * (N whole devices). Numbers, not the strings, so scoring a node allocates nothing.
 */
export const gpuAffinityTag = (req) => (req.count === 1 && req.milli < MILLI_PER_GPU ? 0
    : req.count);
/** The distinct tags met so far on one node (scratch: scoring never nests). */
const SEEN = [];
/** How many distinct affinity tags the GPU pods on a node have, and whether `tag` is among them. */
function nodeTags(node, tag) {
    SEEN.length = 0;
    for (const p of node.pods) {
        if (!p.gpu)
            continue;
        const t = gpuAffinityTag(p.gpu);
        if (!SEEN.includes(t))
            SEEN.push(t);
    }
    return { distinct: SEEN.length, has: SEEN.includes(tag) };
}
/**
 * GpuClustering (the artifact's gpu_clustering_score.go): puts tasks of one GPU shape together.
 * Band by the node's tasks: (75, 100] only tasks of the pod's shape, (50, 75] that shape among
 * others, (25, 50] no GPU task, (0, 25] only other shapes; inside a band, fewer idle GPU milli
 * scores higher: quarter * (8000 - left) / 8000 in integers. A pod without GPUs scores 0.
 * Devices: the default best fit.
 */
export const gpuClustering = {
    name: gpuNames.GpuClusteringScore,
    score(_s, pod, node) {
        if (!pod.gpu)
            return MIN_NODE_SCORE;
        const quarter = MAX_NODE_SCORE / 4;
        const left = node.gpu ? gpuMilliLeft(node.gpu.free) : 0;
        const within = Math.trunc((quarter * (MAX_SPEC_GPU - left)) / MAX_SPEC_GPU);
        const { distinct, has } = nodeTags(node, gpuAffinityTag(pod.gpu));
        if (has)
            return within + (distinct === 1 ? 3 : 2) * quarter;
        return within + (distinct === 0 ? quarter : 0);
    },
    selectDevices(pod, node) {
        return pod.gpu && node.gpu ? bestFitDevices(node.gpu.free, pod.gpu) : undefined;
    },
};
