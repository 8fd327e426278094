import type { NodeInfo, PodInfo, Profile } from '../framework.js';
export declare const ERR_REASON_NO_GPU = "node(s) had no GPU";
export declare const ERR_REASON_GPU_MODEL = "node(s) didn't match Pod's GPU model";
export declare const ERR_REASON_GPU_INSUFFICIENT = "Insufficient alibabacloud.com/gpu-milli";
/**
 * GPU-share filter (the artifact's Open-Gpu-Share plugin, open_gpu_share.go Filter): a pod
 * that asks for GPUs fits a node with GPUs of a model it accepts and with enough devices left
 * (a share: one device with that much milli left; whole devices: that many fully free).
 * Pods without GPUs skip it.
 */
export declare const gpuShare: {
    name: "Open-Gpu-Share";
    events: ("NodeAdd" | "NodeUpdate" | "AssignedPodDelete")[];
    preFilter(_s: import("../cycleState.js").CycleState, pod: PodInfo): import("../status.js").Status;
    filter(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): {
        readonly code: "Success";
    } | {
        readonly code: "Skip";
    } | {
        readonly code: "Unschedulable" | "UnschedulableAndUnresolvable";
        readonly reasons: readonly string[];
        readonly plugin: string;
    } | {
        readonly code: "Error";
        readonly error: string;
        readonly plugin: string;
    };
    filterNodes(s: import("../cycleState.js").CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: import("../status.js").Status[]): void;
    filterIndexed(_s: import("../cycleState.js").CycleState, pod: PodInfo, cols: import("../nodeColumns.js").NodeColumns, idx: Int32Array<ArrayBufferLike>, count: number, reject: (node: number, status: import("../status.js").Status) => void): number;
};
/**
 * The devices a GPU pod gets on its node, as open_gpu_share.go Reserve picks them: the
 * highest-weight score plugin with a device choice of its own decides (the artifact's
 * generate_config_and_run.py makes the max-weight score the gpuSelMethod), otherwise best fit.
 * Undefined when the profile does not model GPU sharing or the pod asks for no GPU.
 */
export declare function chooseGpuDevices(profile: Profile, pod: PodInfo, node: NodeInfo, randomInt: (n: number) => number): readonly number[] | undefined;
