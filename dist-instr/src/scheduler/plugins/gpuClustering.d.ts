import { type NodeInfo } from '../framework.js';
import { type GpuRequest } from '../gpuShare.js';
/**
 * pod.go GetGpuAffinityFromPodAnnotation as a number: 0 for `share-gpu` (a share), N for `N-gpu`
 * (N whole devices). Numbers, not the strings, so scoring a node allocates nothing.
 */
export declare const gpuAffinityTag: (req: GpuRequest) => number;
/**
 * GpuClustering (the artifact's gpu_clustering_score.go): puts tasks of one GPU shape together.
 * Band by the node's tasks: (75, 100] only tasks of the pod's shape, (50, 75] that shape among
 * others, (25, 50] no GPU task, (0, 25] only other shapes; inside a band, fewer idle GPU milli
 * scores higher: quarter * (8000 - left) / 8000 in integers. A pod without GPUs scores 0.
 * Devices: the default best fit.
 */
export declare const gpuClustering: {
    name: "GpuClusteringScore";
    score(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: NodeInfo): number;
    selectDevices(pod: import("../types.js").PodInfo, node: NodeInfo): number[] | undefined;
};
