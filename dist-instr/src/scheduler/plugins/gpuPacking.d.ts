export declare const gpuPacking: {
    name: "GpuPackingScore";
    score(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): number;
    selectDevices(pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): number[] | undefined;
};
