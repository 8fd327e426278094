import type { NodeInfo, PodInfo, PostFilterResult } from '../framework.js';
/** defaultpreemption/default_preemption.go: minCandidateNodesPercentage and minCandidateNodesAbsolute defaults. */
export declare const MIN_CANDIDATE_NODES_PERCENTAGE = 10;
export declare const MIN_CANDIDATE_NODES_ABSOLUTE = 100;
/** framework/preemption/preemption.go reasons. */
export declare const NO_VICTIMS_REASON = "No preemption victims found for incoming pod.";
export declare const NOT_HELPFUL_REASON = "Preemption is not helpful for scheduling.";
/** framework/types.go NoNodeAvailableMsg. */
export declare const NO_NODE_AVAILABLE_MSG = "nodes are available";
interface Candidate {
    readonly node: NodeInfo;
    readonly victims: PodInfo[];
    readonly pdbViolations: number;
}
/** `0/N nodes are available: ...` with the sorted `COUNT reason` histogram (framework/types.go FitError.Error). */
export declare function fitErrorMessage(numAllNodes: number, reasonsByNode: Iterable<readonly string[]>): string;
/** fitErrorMessage with each reason list given once with the number of nodes that gave it. */
export declare function fitErrorMessageCounted(numAllNodes: number, counted: Iterable<readonly [readonly string[], number]>): string;
/**
 * pickOneNodeForPreemption: fewest PDB violations, then the lowest highest-victim priority, the
 * smallest sum of victim priorities, the fewest victims, the latest start among the
 * highest-priority victims, then the first candidate.
 */
export declare function pickOneNode(cands: readonly Candidate[]): Candidate | undefined;
/**
 * DefaultPreemption (PostFilter): finds nodes where evicting lower-priority pods lets the pod fit,
 * choosing victims as kube-scheduler does (remove every lower-priority pod, then reprieve from the
 * most important down, PDB-violating ones first), and picks one node. The scheduler nominates the
 * node and deletes the victims gracefully.
 */
export declare const defaultPreemption: {
    name: "DefaultPreemption";
    events: ("NodeAdd" | "AssignedPodDelete")[];
    postFilter(cs: import("../cycleState.js").CycleState, pod: PodInfo, ctx: import("../framework.js").PostFilterContext): PostFilterResult;
};
export {};
