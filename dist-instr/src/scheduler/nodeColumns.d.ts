import type { NodeInfo } from './types.js';
/**
 * The snapshot's hot node numbers as columns (typed arrays indexed by NodeInfo.index): a mirror of
 * the NodeInfo objects, which stay the source of truth, rewritten by the cache after every change
 * to a node.
 *
 * Why: an attempt looks at ~500 of 5,000 nodes, and reading requests from NodeInfo -> allocatable /
 * requested / pods is four objects per node scattered over the heap; the same numbers in columns
 * are a few sequential reads over a window of consecutive indices (kube-scheduler's own NodeInfo
 * is one Go struct, so it does not pay this). Plugins read them in their optional indexed batch
 * forms (framework.ts filterIndexed / scoreIndexed); nothing else does.
 *
 * Only real snapshot nodes are mirrored: preemption dry runs filter clones through the per-node
 * forms, never through columns.
 */
export declare class NodeColumns {
    #private;
    /** The snapshot's nodes, by index (the cache's own array). */
    readonly nodes: readonly NodeInfo[];
    allocCpu: Float64Array<ArrayBuffer>;
    allocMemory: Float64Array<ArrayBuffer>;
    allocEphemeral: Float64Array<ArrayBuffer>;
    allocPods: Float64Array<ArrayBuffer>;
    reqCpu: Float64Array<ArrayBuffer>;
    reqMemory: Float64Array<ArrayBuffer>;
    reqEphemeral: Float64Array<ArrayBuffer>;
    nonZeroCpu: Float64Array<ArrayBuffer>;
    nonZeroMemory: Float64Array<ArrayBuffer>;
    podCount: Float64Array<ArrayBuffer>;
    taintCount: Float64Array<ArrayBuffer>;
    /**
     * framework.NodeInfo.Generation: bumped on every write of the row, so a plugin can keep a
     * per-node result until the node changes (1 after the first write; rows never reuse a value).
     */
    generation: Float64Array<ArrayBuffer>;
    /** GPU devices (0: no GPUs), the most milli left on one device, fully free devices, milli left in all. */
    gpuDevices: Float64Array<ArrayBuffer>;
    gpuMaxFree: Float64Array<ArrayBuffer>;
    gpuFullFree: Float64Array<ArrayBuffer>;
    gpuLeft: Float64Array<ArrayBuffer>;
    /** The GPU model label of each row ('' without GPUs). */
    readonly gpuModel: string[];
    constructor(nodes: readonly NodeInfo[]);
    /** Copies one node's numbers into its row (info.index), growing the columns when needed. */
    write(info: NodeInfo): void;
    /** The size column of one normalised image name (undefined when no node ever had it). */
    imageSize(name: string): Float64Array | undefined;
    /** One image's size on node i (the node's images map already holds it: cache.ts #appendImages). */
    writeImage(i: number, name: string, size: number): void;
}
