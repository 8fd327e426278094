import { GPU_MILLI_ANNOTATION } from '../../api/gpu.js';
import { bestFitDevices, devicesFit, MILLI_PER_GPU, modelAccepts } from '../gpuShare.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../status.js';
import { gpuNames } from './names.js';
export const ERR_REASON_NO_GPU = 'node(s) had no GPU';
export const ERR_REASON_GPU_MODEL = "node(s) didn't match Pod's GPU model";
export const ERR_REASON_GPU_INSUFFICIENT = `Insufficient ${GPU_MILLI_ANNOTATION}`;
// Verdicts are immutable values: one of each, so rejecting most of 1,000+ nodes per task allocates nothing.
const NO_GPU = Object.freeze(unresolvable(gpuNames.GpuShare, ERR_REASON_NO_GPU));
const WRONG_MODEL = Object.freeze(unresolvable(gpuNames.GpuShare, ERR_REASON_GPU_MODEL));
const TOO_FEW_DEVICES = Object.freeze(unresolvable(gpuNames.GpuShare, ERR_REASON_GPU_INSUFFICIENT));
const NOT_ENOUGH_LEFT = Object.freeze(unschedulable(gpuNames.GpuShare, ERR_REASON_GPU_INSUFFICIENT));
/**
 * GPU-share filter (the artifact's Open-Gpu-Share plugin, open_gpu_share.go Filter): a pod
 * that asks for GPUs fits a node with GPUs of a model it accepts and with enough devices left
 * (a share: one device with that much milli left; whole devices: that many fully free).
 * Pods without GPUs skip it.
 */
export const gpuShare = {
    name: gpuNames.GpuShare,
    events: ['NodeAdd', 'NodeUpdate', 'AssignedPodDelete'],
    preFilter(_s, pod) {
        return pod.gpu ? SUCCESS : SKIP;
    },
    filter(_s, pod, node) {
        const req = pod.gpu;
        if (!req)
            return SUCCESS;
        const gpu = node.gpu;
        if (!gpu)
            return NO_GPU;
        if (!modelAccepts(req.model, gpu.model))
            return WRONG_MODEL;
        if (req.count > gpu.free.length)
            return TOO_FEW_DEVICES;
        return devicesFit(gpu.free, req) ? SUCCESS : NOT_ENOUGH_LEFT;
    },
    filterNodes(s, pod, nodes, out) {
        for (let i = 0; i < nodes.length; i++)
            out[i] = this.filter(s, pod, nodes[i]);
    },
    filterIndexed(_s, pod, cols, idx, count, reject) {
        const req = pod.gpu;
        if (!req)
            return count;
        // `filter` on the columns: one device with the milli (a share or one whole device) is the
        // node's largest free device; whole devices are its fully free ones; other shapes read the devices.
        const { gpuDevices, gpuMaxFree, gpuFullFree, gpuModel } = cols;
        const anyModel = req.model === '', one = req.count === 1, whole = req.milli === MILLI_PER_GPU;
        let w = 0;
        for (let k = 0; k < count; k++) {
            const i = idx[k];
            const devices = gpuDevices[i];
            if (devices === 0)
                reject(i, NO_GPU);
            else if (!anyModel && !modelAccepts(req.model, gpuModel[i]))
                reject(i, WRONG_MODEL);
            else if (req.count > devices)
                reject(i, TOO_FEW_DEVICES);
            else if (one ? gpuMaxFree[i] >= req.milli : whole ? gpuFullFree[i] >= req.count
                : devicesFit(cols.nodes[i].gpu.free, req))
                idx[w++] = i;
            else
                reject(i, NOT_ENOUGH_LEFT);
        }
        return w;
    },
};
/**
 * The devices a GPU pod gets on its node, as open_gpu_share.go Reserve picks them: the
 * highest-weight score plugin with a device choice of its own decides (the artifact's
 * generate_config_and_run.py makes the max-weight score the gpuSelMethod), otherwise best fit.
 * Undefined when the profile does not model GPU sharing or the pod asks for no GPU.
 */
export function chooseGpuDevices(profile, pod, node, randomInt) {
    if (!pod.gpu || !node.gpu || !profile.filter.some((f) => f.name === gpuNames.GpuShare))
        return undefined;
    let chooser;
    for (const s of profile.score)
        if (s.plugin.selectDevices && (!chooser || s.weight > chooser.weight))
            chooser = s;
    return chooser?.plugin.selectDevices(pod, node, randomInt) ?? bestFitDevices(node.gpu.free, pod.gpu);
}
