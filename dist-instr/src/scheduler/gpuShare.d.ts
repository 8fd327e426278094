import type { Node } from '../api/types.js';
import { MILLI_PER_GPU, type GpuRequest } from '../api/gpu.js';
/**
 * GPU sharing's arithmetic: devices of 1,000 milli, shares stacking on one device (names, and
 * reading requests and devices from objects: api/gpu.ts).
 */
export { MILLI_PER_GPU, type GpuRequest };
export { podGpuDevices, podGpuRequest } from '../api/gpu.js';
/** const.go MaxSpecCpu / MaxSpecGpu: the largest node, which BestFit and DotProd normalise by. */
export declare const MAX_SPEC_CPU = 128000;
export declare const MAX_SPEC_GPU = 8000;
/** A node's devices: `free[i]` is the milli left on device i (never negative, never over 1,000). */
export interface NodeGpu {
    readonly model: string;
    /** Replaced, never changed in place: a plugin may key caches on the array. */
    readonly free: readonly number[];
}
/** node.go GetGpuModelOfNode (the label) with the devices of nodeGpuCount; undefined without GPUs. */
export declare function nodeGpuOf(node: Node): NodeGpu | undefined;
/**
 * utils.go IsNodeAccessibleToPodByType: a pod without a model fits any node; one with models
 * (`A|B`) fits only a GPU node of one of them.
 */
export declare function modelAccepts(podModel: string, nodeModel: string): boolean;
/** utils.go CanNodeHostPodOnGpuMemory: at least `count` devices with `milli` left each. */
export declare function devicesFit(free: readonly number[], req: GpuRequest): boolean;
/** True for a pod that takes part of one device (resource.go IsGpuShare). */
export declare const isSharing: (req: GpuRequest) => boolean;
/**
 * resource.go AllocateExclusiveGpuId: the first fully free devices in index order, or undefined
 * when too few are free.
 */
export declare function exclusiveDevices(free: readonly number[], req: GpuRequest): number[] | undefined;
/**
 * open_gpu_share.go allocateGpuIdBasedOnBestFit (the default gpuSelMethod "best"): a share goes
 * to the device with the least milli left that still fits it (the first of equals); whole
 * devices are the first fully free ones.
 */
export declare function bestFitDevices(free: readonly number[], req: GpuRequest): number[] | undefined;
/**
 * The node's devices after a pod with `milli` per device takes (sign 1) or gives back (-1)
 * `devices`. Not clamped: the GpuShare filter keeps every device in 0..1000, and a property test
 * checks that it does.
 */
export declare function withDevices(free: readonly number[], milli: number, devices: readonly number[], sign: 1 | -1): number[];
export declare const gpuMilliLeft: (free: readonly number[]) => number;
export declare const fullyFreeCount: (free: readonly number[]) => number;
