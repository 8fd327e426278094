/**
 * The names GPU sharing uses in objects, as Alibaba's open-gpu-share scheduler spells them
 * (hkust-adsl/kubernetes-scheduler-simulator, pkg/type/open-gpu-share/utils/const.go): a node has
 * `alibabacloud.com/gpu-count` devices and its GPU model in the label
 * `alibabacloud.com/gpu-card-model`; a pod asks in annotations of the same names plus
 * `alibabacloud.com/gpu-milli`, and a bound pod's devices are in `alibabacloud.com/gpu-index`.
 */
export const GPU_MILLI_ANNOTATION = 'alibabacloud.com/gpu-milli';
export const GPU_COUNT_ANNOTATION = 'alibabacloud.com/gpu-count';
export const GPU_MODEL_LABEL = 'alibabacloud.com/gpu-card-model';
/** const.go MILLI: thousandths of one GPU device; a whole device holds 1,000. */
export const MILLI_PER_GPU = 1000;
/** const.go DeviceIndex: the devices a bound pod got, joined by DevIdSep `-` (e.g. `0-1`). */
export const GPU_INDEX_ANNOTATION = 'alibabacloud.com/gpu-index';
export const formatGpuDevices = (devices) => devices.join('-');
/**
 * pod.go GetGpuCountFromPodAnnotation / GetGpuMilliFromPodAnnotation / GetGpuModelFromPodAnnotation.
 * A pod with no positive milli asks for no GPU (open_gpu_share.go Filter passes it).
 */
export function podGpuRequest(pod) {
    const ann = pod.metadata.annotations;
    if (!ann)
        return undefined;
    const milli = Number(ann[GPU_MILLI_ANNOTATION] ?? 0);
    if (!(milli > 0))
        return undefined;
    const count = Number(ann[GPU_COUNT_ANNOTATION] ?? 1);
    return { count: Number.isInteger(count) && count > 0 ? count : 1, milli: Math.min(milli, MILLI_PER_GPU),
        model: ann[GPU_MODEL_LABEL] ?? '' };
}
/** The devices recorded on a bound pod (`0-1`), or undefined. */
export function podGpuDevices(pod) {
    const v = pod.metadata.annotations?.[GPU_INDEX_ANNOTATION];
    if (v === undefined || v === '')
        return undefined;
    const ids = v.split('-').map(Number);
    return ids.every((i) => Number.isInteger(i) && i >= 0) ? ids : undefined;
}
/** node.go GetGpuCountOfNode: the node's GPU devices (status.capacity, else allocatable); 0 without GPUs. */
export function nodeGpuCount(node) {
    const raw = node.status.capacity?.[GPU_COUNT_ANNOTATION] ?? node.status.allocatable?.[GPU_COUNT_ANNOTATION];
    const count = raw === undefined ? 0 : Number(raw);
    return count > 0 && Number.isInteger(count) ? count : 0;
}
