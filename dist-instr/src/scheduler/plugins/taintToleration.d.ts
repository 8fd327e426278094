/**
 * tainttoleration/taint_toleration.go: Filter rejects a node with a NoSchedule or NoExecute taint
 * the pod does not tolerate (`node(s) had untolerated taint {key: value}`); Score counts the
 * PreferNoSchedule taints it does not tolerate, normalised in reverse (fewer is better).
 */
export declare const taintToleration: {
    name: "TaintToleration";
    events: ("NodeAdd" | "NodeTaintChange")[];
    preFilter: (state: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, snapshot: import("../framework.js").Snapshot) => import("../status.js").Status;
    filter(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): import("../status.js").Status;
    preScore(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo): import("../status.js").Status;
    score(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): number;
    scoresUniform(_s: import("../cycleState.js").CycleState, _pod: import("../types.js").PodInfo, snapshot: import("../framework.js").Snapshot): boolean;
    normalizeScore(_s: import("../cycleState.js").CycleState, _pod: import("../types.js").PodInfo, scores: number[]): void;
    scoreNodes(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, nodes: readonly import("../types.js").NodeInfo[], out: number[]): void;
    scoreIndexed(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, cols: import("../nodeColumns.js").NodeColumns, idx: Int32Array<ArrayBufferLike>, count: number, out: number[]): void;
    filterNodes(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, nodes: readonly import("../types.js").NodeInfo[], out: import("../status.js").Status[]): void;
};
