import type { NodeInfo, PodInfo, Snapshot } from '../framework.js';
/** podtopologyspread/filtering.go ErrReasonConstraintsNotMatch / ErrReasonNodeLabelNotMatch. */
export declare const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export declare const ERR_REASON_NODE_LABEL_NOT_MATCH = "node(s) didn't match pod topology spread constraints (missing required label)";
export declare const LABEL_HOSTNAME = "kubernetes.io/hostname";
export declare const LABEL_ZONE = "topology.kubernetes.io/zone";
/**
 * apis/config/v1/defaults.go systemDefaultConstraints: used for scoring when a pod has no
 * constraints of its own, with a selector built from the pod's owners.
 */
export declare const SYSTEM_DEFAULT_CONSTRAINTS: readonly {
    topologyKey: string;
    maxSkew: number;
}[];
/**
 * PodTopologySpread: Filter enforces maxSkew of DoNotSchedule constraints (skew = matching pods
 * in the node's domain + self match - the global minimum, the minimum is 0 while fewer than
 * minDomains domains exist); Score prefers domains with fewer matching pods for ScheduleAnyway
 * constraints (or the system defaults), each weighted by log(domains + 2).
 */
export declare const podTopologySpread: {
    name: "PodTopologySpread";
    events: ("NodeAdd" | "NodeUpdate" | "AssignedPodAdd" | "AssignedPodDelete" | "AssignedPodUpdate")[];
    preFilter(s: import("../cycleState.js").CycleState, pod: PodInfo, snapshot: Snapshot): import("../status.js").Status;
    filter(s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): import("../status.js").Status;
    preScore(s: import("../cycleState.js").CycleState, pod: PodInfo, snapshot: Snapshot, nodes: readonly NodeInfo[]): import("../status.js").Status;
    score(s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): number;
    normalizeScore(s: import("../cycleState.js").CycleState, _pod: PodInfo, scores: number[], nodes: readonly NodeInfo[]): void;
    filterNodes(s: import("../cycleState.js").CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: import("../status.js").Status[]): void;
};
