/** nodeunschedulable/node_unschedulable.go ErrReasonUnschedulable. */
export declare const ERR_REASON_UNSCHEDULABLE = "node(s) were unschedulable";
/** core/v1 TaintNodeUnschedulable. */
export declare const TAINT_NODE_UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
/** Rejects cordoned nodes unless the pod tolerates the unschedulable:NoSchedule taint. */
export declare const nodeUnschedulable: {
    name: "NodeUnschedulable";
    events: ("NodeAdd" | "NodeUpdate")[];
    preFilter: (state: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, snapshot: import("../framework.js").Snapshot) => import("../status.js").Status;
    filter(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): import("../status.js").Status;
    filterNodes(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, nodes: readonly import("../types.js").NodeInfo[], out: import("../status.js").Status[]): void;
};
