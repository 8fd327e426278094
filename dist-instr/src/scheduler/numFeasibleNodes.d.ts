/** schedule_one.go: minFeasibleNodesToFind (100) and minFeasibleNodesPercentageToFind (5). */
export declare const MIN_FEASIBLE_NODES_TO_FIND = 100;
export declare const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;
/**
 * numFeasibleNodesToFind: all nodes below 100; otherwise percentageOfNodesToScore, which when
 * unset (0) is adaptive, max(50 - nodes/125, 5) percent (integer division), and never below 100 nodes.
 */
export declare function numFeasibleNodesToFind(percentage: number, numAllNodes: number): number;
