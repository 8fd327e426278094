import { bestFitDevices, gpuMilliLeft } from '../gpuShare.js';
/**
 * The artifact's scores that look at nothing but the node's free cpu and GPU milli (BestFit,
 * DotProd): `score` and its indexed batch form read the same two numbers; the devices are the
 * default best fit (open_gpu_share.go allocateGpuIdBasedOnBestFit).
 */
export function leftoverScorePlugin(name, leftover) {
    return {
        name,
        score(_s, pod, node) {
            return leftover(pod, node.allocatable.cpu - node.requested.cpu, node.gpu ? gpuMilliLeft(node.gpu.free) : 0);
        },
        scoreIndexed(_s, pod, cols, idx, count, out) {
            const { allocCpu, reqCpu, gpuLeft } = cols;
            for (let k = 0; k < count; k++) {
                const i = idx[k];
                out[k] = leftover(pod, allocCpu[i] - reqCpu[i], gpuLeft[i]);
            }
        },
        selectDevices(pod, node) {
            return pod.gpu && node.gpu ? bestFitDevices(node.gpu.free, pod.gpu) : undefined;
        },
    };
}
