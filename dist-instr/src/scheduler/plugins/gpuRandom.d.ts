/**
 * Random policy (the artifact's random_score.go): PreScore draws one feasible node uniformly,
 * Score gives it MaxNodeScore and every other node MinNodeScore. Device choice (gpuSelMethod
 * "random", open_gpu_share.go allocateGpuIdBasedOnRandomFit): a share goes to a uniformly drawn
 * device among those with room (reservoir sampling), whole devices to the first free ones.
 */
export declare const gpuRandom: {
    name: "RandomScore";
    preScore(s: import("../cycleState.js").CycleState, _pod: import("../types.js").PodInfo, _snapshot: import("../framework.js").Snapshot, nodes: readonly import("../types.js").NodeInfo[]): import("../status.js").Status;
    score(s: import("../cycleState.js").CycleState, _pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): 0 | 100;
    selectDevices(pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo, randomInt: (n: number) => number): number[] | undefined;
};
