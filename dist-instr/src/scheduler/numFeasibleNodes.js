/** schedule_one.go: minFeasibleNodesToFind (100) and minFeasibleNodesPercentageToFind (5). */
export const MIN_FEASIBLE_NODES_TO_FIND = 100;
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;
/**
 * numFeasibleNodesToFind: all nodes below 100; otherwise percentageOfNodesToScore, which when
 * unset (0) is adaptive, max(50 - nodes/125, 5) percent (integer division), and never below 100 nodes.
 */
export function numFeasibleNodesToFind(percentage, numAllNodes) {
    if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND)
        return numAllNodes;
    let p = percentage;
    if (p === 0) {
        p = 50 - Math.trunc(numAllNodes / 125);
        if (p < MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND)
            p = MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND;
    }
    const n = Math.trunc((numAllNodes * p) / 100);
    return n < MIN_FEASIBLE_NODES_TO_FIND ? MIN_FEASIBLE_NODES_TO_FIND : n;
}
