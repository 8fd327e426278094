import { type NodeInfo, type PodInfo } from '../framework.js';
import { type TargetShape } from '../gpuFrag.js';
import type { NodeColumns } from '../nodeColumns.js';
export interface FgdArgs {
    /** The target workload's task shapes and shares; without it, the shapes of the pods in the cluster. */
    readonly targetWorkload?: readonly TargetShape[];
}
/**
 * FGD, fragmentation gradient descent (Weng et al., ATC'23 §4.2; the artifact's fgd_score.go
 * calculateGpuShareFragExtendScore): a node's fragmentation is its GPU milli that the target
 * workload's tasks, weighted by their shares, cannot use (gpuFrag.ts nodeFragMilli); a placement
 * scores sigmoid((frag before - frag after) / 1000) * 100, truncated, so the node whose
 * fragmentation grows least wins. A share tries every device with room and keeps the best (the
 * first of equals); whole devices are the first free ones, and that is also the device choice.
 *
 * Scores depend only on the node's cpu left, model, devices (as a multiset) and the pod's shape,
 * so they are kept per node state and shape, shared by nodes in equal states (empty nodes of one
 * type, above all), and found by node until the node changes (the artifact memoises
 * fragmentation the same way).
 */
export declare function fgd(args?: FgdArgs): {
    name: "FGDScore";
    preScore(_s: import("../cycleState.js").CycleState, _pod: PodInfo, snapshot: import("../framework.js").Snapshot): import("../status.js").Status;
    score(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): number;
    scoreIndexed(_s: import("../cycleState.js").CycleState, pod: PodInfo, cols: NodeColumns, idx: Int32Array<ArrayBufferLike>, count: number, out: number[]): void;
    selectDevices(pod: PodInfo, node: NodeInfo): readonly number[] | undefined;
};
