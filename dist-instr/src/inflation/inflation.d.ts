import type { Node, Pod } from '../api/types.js';
import { SchedulerCache } from '../scheduler/cache.js';
import type { PodInfo } from '../scheduler/framework.js';
import { type GpuPolicy } from '../scheduler/gpuProfiles.js';
/** The paper's inflation target: tasks are added until their GPU demand is 130% of the cluster's. */
export declare const INFLATION_RATIO = 1.3;
export interface InflationRun {
    readonly policy: GpuPolicy;
    readonly seed: number;
    readonly tasks: number;
    readonly failedTasks: number;
    /** [arrived GPU demand %, unallocated GPU %] for each arrived percent 0..130 (merge_alloc_discrete.py). */
    readonly curve: readonly (readonly [number, number])[];
    readonly unallocatedGpuPctAt100: number;
    /** Fragment GPU milli / idle GPU milli, % (plugin_utils.go PreFilterFragGpuRatio), at 100% arrived and at the end. */
    readonly fragRatioPctAt100: number;
    readonly fragRatioPctEnd: number;
}
/** Sees each task right after it was placed on `node` or dropped (undefined), with the cluster then. */
export type TaskObserver = (task: PodInfo, node: string | undefined, cluster: SchedulerCache) => void;
/** The trace as the experiment reads it: GPU nodes and tasks in name order. */
export interface InflationInput {
    readonly nodes: readonly Node[];
    readonly pods: readonly Pod[];
}
/**
 * The ATC'23 inflation protocol (artifact: simulator.go SortClusterPods and tuneUpPods, core.go):
 * the tasks sorted by name and shuffled by the seed, then extended with copies of tasks drawn
 * uniformly from the trace while the GPU demand stays within 130% of the cluster's GPU capacity
 * (the first copy that would pass it ends the extension); then each task is scheduled once, in
 * order, by the policy's profile through the scheduler's own schedulePod (no times, no retries:
 * a task that fits nowhere is dropped), ties between nodes going to the lowest node name as in
 * the artifact's selectHost. FGD's target workload is the trace's task shapes.
 */
export declare function runInflation(input: InflationInput, policy: GpuPolicy, seed: number, observe?: TaskObserver): InflationRun;
