import type { NodeSelectorTerm } from '../../api/types.js';
import type { NodeInfo, PodInfo } from '../framework.js';
/** nodeaffinity/node_affinity.go ErrReasonPod. */
export declare const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
/** node_affinity.go errReasonConflict: required terms whose node names never intersect. */
export declare const ERR_REASON_CONFLICT = "pod affinity terms conflict";
/**
 * A node selector term (component-helpers nodeaffinity nodeSelectorTerm.match, compiled once per
 * term in api/nodeSelector.ts): a term with neither matchExpressions nor matchFields, or one that
 * does not parse (an invalid label value, a matchField other than one-valued In/NotIn), matches nothing.
 */
export declare const termMatchesNode: (t: NodeSelectorTerm, node: NodeInfo) => boolean;
/**
 * nodeSelector and required node affinity (terms ORed): component-helpers GetRequiredNodeAffinity.
 * A null or empty nodeSelectorTerms matches no node (LazyErrorNodeSelector.Match).
 */
export declare function requiredNodeAffinityMatches(pod: PodInfo, node: NodeInfo): boolean;
/**
 * Filter: nodeSelector and requiredDuringScheduling terms (UnschedulableAndUnresolvable).
 * Score: the sum of the weights of the preferred terms the node matches, normalised by the max.
 */
export declare const nodeAffinity: {
    name: "NodeAffinity";
    events: ("NodeAdd" | "NodeUpdate")[];
    preFilter(s: import("../cycleState.js").CycleState, pod: PodInfo): import("../status.js").Status;
    filter(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): import("../status.js").Status;
    preScore(_s: import("../cycleState.js").CycleState, pod: PodInfo): import("../status.js").Status;
    score(_s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): number;
    normalizeScore(_s: import("../cycleState.js").CycleState, _pod: PodInfo, scores: number[]): void;
    scoreNodes(s: import("../cycleState.js").CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: number[]): void;
    filterNodes(s: import("../cycleState.js").CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: import("../status.js").Status[]): void;
};
