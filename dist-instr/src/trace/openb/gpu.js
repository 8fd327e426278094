/**
 * The names the Alibaba GPU-sharing scheduler and the openb trace's converter use (Alibaba's
 * open-gpu-share pkg/utils/const.go, and the FGD artifact hkust-adsl/kubernetes-scheduler-simulator
 * pkg/type/const.go): a pod asks for `gpu-count` devices of `gpu-milli` thousandths each (1000 =
 * a whole GPU), optionally restricted to card models in `gpu-card-model` ("V100M16|V100M32");
 * a node says its model in the label `gpu-card-model` and its devices in capacity `gpu-count`.
 */
export { GPU_COUNT_ANNOTATION as GPU_COUNT, GPU_MILLI_ANNOTATION as GPU_MILLI, GPU_MODEL_LABEL as GPU_CARD_MODEL, MILLI_PER_GPU } from '../../api/gpu.js';
/** The trace's own times, kept on the pod as the artifact's converter keeps them (seconds). */
export const CREATION_TIME = 'alibabacloud.com/creation-time';
export const DELETION_TIME = 'alibabacloud.com/deletion-time';
/**
 * GPU card models a trace may name: the artifact's MapGpuTypeMemoryMiB keys (pkg/type/const.go)
 * and openb's undisclosed internal codes G1, G2, G3 (the trace's README). A model outside this
 * list is reported as unknown, since no scheduler could ever match it.
 */
export const KNOWN_GPU_MODELS = [
    'P4', '2080', '1080', 'M40', 'T4', 'V100M16', 'P100', 'A10', '3090', 'V100M32', 'G1', 'G2', 'G3',
];
/** The models of a `gpu_spec` / `gpu-card-model` value: `V100M16|V100M32` -> both; empty or "nan" -> none. */
export function splitGpuModels(spec) {
    const t = spec.trim();
    if (t === '' || t === 'nan')
        return [];
    return t.split('|').map((m) => m.trim()).filter((m) => m !== '');
}
