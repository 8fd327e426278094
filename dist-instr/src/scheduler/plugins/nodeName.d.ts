/** nodename/node_name.go ErrReason. */
export declare const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";
/** A pod that names a node fits only that node. */
export declare const nodeName: {
    name: "NodeName";
    events: "NodeAdd"[];
    preFilter(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo): import("../status.js").Status;
    filter(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): import("../status.js").Status;
    filterNodes(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, nodes: readonly import("../types.js").NodeInfo[], out: import("../status.js").Status[]): void;
};
