import { GPU_MODEL_LABEL, MILLI_PER_GPU, nodeGpuCount } from '../api/gpu.js';
/**
 * GPU sharing's arithmetic: devices of 1,000 milli, shares stacking on one device (names, and
 * reading requests and devices from objects: api/gpu.ts).
 */
export { MILLI_PER_GPU };
export { podGpuDevices, podGpuRequest } from '../api/gpu.js';
/** const.go MaxSpecCpu / MaxSpecGpu: the largest node, which BestFit and DotProd normalise by. */
export const MAX_SPEC_CPU = 128000;
export const MAX_SPEC_GPU = 8000;
/** node.go GetGpuModelOfNode (the label) with the devices of nodeGpuCount; undefined without GPUs. */
export function nodeGpuOf(node) {
    const count = nodeGpuCount(node);
    if (count === 0)
        return undefined;
    return { model: node.metadata.labels?.[GPU_MODEL_LABEL] ?? '', free: new Array(count).fill(MILLI_PER_GPU) };
}
/**
 * utils.go IsNodeAccessibleToPodByType: a pod without a model fits any node; one with models
 * (`A|B`) fits only a GPU node of one of them.
 */
export function modelAccepts(podModel, nodeModel) {
    if (podModel === '')
        return true;
    if (nodeModel === '')
        return false;
    let named = 0;
    for (const m of podModel.split('|')) {
        if (m === '')
            continue;
        named++;
        if (m === nodeModel)
            return true;
    }
    return named === 0;
}
/** utils.go CanNodeHostPodOnGpuMemory: at least `count` devices with `milli` left each. */
export function devicesFit(free, req) {
    let want = req.count;
    for (let i = 0; i < free.length; i++)
        if (free[i] >= req.milli && --want <= 0)
            return true;
    return false;
}
/** True for a pod that takes part of one device (resource.go IsGpuShare). */
export const isSharing = (req) => req.count === 1 && req.milli < MILLI_PER_GPU;
/**
 * resource.go AllocateExclusiveGpuId: the first fully free devices in index order, or undefined
 * when too few are free.
 */
export function exclusiveDevices(free, req) {
    const out = [];
    for (let i = 0; i < free.length && out.length < req.count; i++)
        if (free[i] === MILLI_PER_GPU)
            out.push(i);
    return out.length === req.count ? out : undefined;
}
/**
 * open_gpu_share.go allocateGpuIdBasedOnBestFit (the default gpuSelMethod "best"): a share goes
 * to the device with the least milli left that still fits it (the first of equals); whole
 * devices are the first fully free ones.
 */
export function bestFitDevices(free, req) {
    if (!isSharing(req))
        return exclusiveDevices(free, req);
    let best = -1;
    for (let i = 0; i < free.length; i++)
        if (free[i] >= req.milli && (best < 0 || free[i] < free[best]))
            best = i;
    return best < 0 ? undefined : [best];
}
/**
 * The node's devices after a pod with `milli` per device takes (sign 1) or gives back (-1)
 * `devices`. Not clamped: the GpuShare filter keeps every device in 0..1000, and a property test
 * checks that it does.
 */
export function withDevices(free, milli, devices, sign) {
    const out = free.slice();
    for (const d of devices)
        if (d < out.length)
            out[d] -= sign * milli;
    return out;
}
export const gpuMilliLeft = (free) => {
    let s = 0;
    for (let i = 0; i < free.length; i++)
        s += free[i];
    return s;
};
export const fullyFreeCount = (free) => {
    let n = 0;
    for (let i = 0; i < free.length; i++)
        if (free[i] === MILLI_PER_GPU)
            n++;
    return n;
};
