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
/** const.go DeviceIndex: the devices a bound pod got, joined by DevIdSep `-` (e.g. `0-1`). */
export const GPU_INDEX_ANNOTATION = 'alibabacloud.com/gpu-index';

/** Thousandths of one GPU device: a device holds 1,000 milli (const.go MILLI). */
export const MILLI_PER_GPU = 1000;

export const formatGpuDevices = (devices: readonly number[]): string => devices.join('-');
