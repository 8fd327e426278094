import type { NodeInfo, PodInfo, Snapshot } from '../framework.js';
/** interpodaffinity/filtering.go reasons. */
export declare const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
export declare const ERR_REASON_AFFINITY_RULES = "node(s) didn't match pod affinity rules";
export declare const ERR_REASON_ANTI_AFFINITY_RULES = "node(s) didn't match pod anti-affinity rules";
/** apis/config/v1/defaults.go: InterPodAffinityArgs.HardPodAffinityWeight default 1. */
export declare const HARD_POD_AFFINITY_WEIGHT = 1;
/**
 * InterPodAffinity. Filter, in kube-scheduler's order: the pod's required affinity (every term
 * must find a matching pod in the node's domain, unless no pod anywhere matches and the pod
 * matches its own terms), its required anti-affinity, then existing pods' required
 * anti-affinity against it. Score: preferred terms both ways (+/- weight), plus existing pods'
 * required affinity at hardPodAffinityWeight, normalised by (s - min) / (max - min).
 */
export declare const interPodAffinity: {
    name: "InterPodAffinity";
    events: ("NodeAdd" | "NodeUpdate" | "AssignedPodAdd" | "AssignedPodDelete" | "AssignedPodUpdate")[];
    preFilter(s: import("../cycleState.js").CycleState, pod: PodInfo, snapshot: Snapshot): import("../status.js").Status;
    filter(s: import("../cycleState.js").CycleState, pod: PodInfo, node: NodeInfo): import("../status.js").Status;
    preScore(s: import("../cycleState.js").CycleState, pod: PodInfo, snapshot: Snapshot): import("../status.js").Status;
    score(s: import("../cycleState.js").CycleState, _pod: PodInfo, node: NodeInfo): number;
    normalizeScore(s: import("../cycleState.js").CycleState, _pod: PodInfo, scores: number[]): void;
    filterNodes(s: import("../cycleState.js").CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: import("../status.js").Status[]): void;
};
