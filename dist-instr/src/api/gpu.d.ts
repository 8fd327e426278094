import type { Node, Pod } from './types.js';
/**
 * The names GPU sharing uses in objects, as Alibaba's open-gpu-share scheduler spells them
 * (hkust-adsl/kubernetes-scheduler-simulator, pkg/type/open-gpu-share/utils/const.go): a node has
 * `alibabacloud.com/gpu-count` devices and its GPU model in the label
 * `alibabacloud.com/gpu-card-model`; a pod asks in annotations of the same names plus
 * `alibabacloud.com/gpu-milli`, and a bound pod's devices are in `alibabacloud.com/gpu-index`.
 */
export declare const GPU_MILLI_ANNOTATION = "alibabacloud.com/gpu-milli";
export declare const GPU_COUNT_ANNOTATION = "alibabacloud.com/gpu-count";
export declare const GPU_MODEL_LABEL = "alibabacloud.com/gpu-card-model";
/** const.go MILLI: thousandths of one GPU device; a whole device holds 1,000. */
export declare const MILLI_PER_GPU = 1000;
/** const.go DeviceIndex: the devices a bound pod got, joined by DevIdSep `-` (e.g. `0-1`). */
export declare const GPU_INDEX_ANNOTATION = "alibabacloud.com/gpu-index";
export declare const formatGpuDevices: (devices: readonly number[]) => string;
/** What a pod asks for: `count` devices with `milli` of each (milli < 1000 only with count 1). */
export interface GpuRequest {
    readonly count: number;
    readonly milli: number;
    /** `alibabacloud.com/gpu-card-model` of the pod: `|`-separated models it accepts, or '' for any. */
    readonly model: string;
}
/**
 * pod.go GetGpuCountFromPodAnnotation / GetGpuMilliFromPodAnnotation / GetGpuModelFromPodAnnotation.
 * A pod with no positive milli asks for no GPU (open_gpu_share.go Filter passes it).
 */
export declare function podGpuRequest(pod: Pod): GpuRequest | undefined;
/** The devices recorded on a bound pod (`0-1`), or undefined. */
export declare function podGpuDevices(pod: Pod): readonly number[] | undefined;
/** node.go GetGpuCountOfNode: the node's GPU devices (status.capacity, else allocatable); 0 without GPUs. */
export declare function nodeGpuCount(node: Node): number;
