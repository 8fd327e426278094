import type { CycleState } from './cycleState.js';
import type { FilterPlugin, NodeInfo, PodInfo } from './framework.js';
import type { NodeColumns } from './nodeColumns.js';
import type { Status } from './status.js';
export interface IndexedSearch {
    /** Nodes looked at. */
    readonly processed: number;
    /** Indices of the feasible nodes, in search order, in [0, found): valid until the next search. */
    readonly feasibleIdx: Int32Array;
    readonly found: number;
}
/**
 * schedulePod's batched Filter search over node indices (findNodesThatPassFilters with
 * percentageOfNodesToScore), for when every Filter that runs has `filterIndexed`: from `start`,
 * take as many nodes as feasible ones are still wanted, let each filter keep the ones it passes,
 * repeat until `want` are found or every node was looked at. Same chunks, order and rejections
 * as the NodeInfo loop in scheduleOne.ts; NodeInfo objects are touched only for feasible nodes
 * (appended to `feasible`, which PreScore and Score receive) and inside `reject`.
 */
export declare function searchIndexed(s: CycleState, pod: PodInfo, filters: readonly FilterPlugin[], cols: NodeColumns, start: number, want: number, feasible: NodeInfo[], reject: (node: number, status: Status) => void): IndexedSearch;
