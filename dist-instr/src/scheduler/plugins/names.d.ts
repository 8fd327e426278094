/** Plugin names as kube-scheduler spells them (pkg/scheduler/framework/plugins/names/names.go). */
export declare const names: {
    readonly PrioritySort: "PrioritySort";
    readonly NodeUnschedulable: "NodeUnschedulable";
    readonly NodeName: "NodeName";
    readonly TaintToleration: "TaintToleration";
    readonly NodeAffinity: "NodeAffinity";
    readonly NodePorts: "NodePorts";
    readonly NodeResourcesFit: "NodeResourcesFit";
    readonly PodTopologySpread: "PodTopologySpread";
    readonly InterPodAffinity: "InterPodAffinity";
    readonly DefaultPreemption: "DefaultPreemption";
    readonly NodeResourcesBalancedAllocation: "NodeResourcesBalancedAllocation";
    readonly ImageLocality: "ImageLocality";
    readonly DefaultBinder: "DefaultBinder";
};
export type InTreePluginName = (typeof names)[keyof typeof names];
/**
 * The GPU-sharing plugins, named as the ATC'23 artifact names them
 * (hkust-adsl/kubernetes-scheduler-simulator, pkg/type/const.go).
 */
export declare const gpuNames: {
    readonly GpuShare: "Open-Gpu-Share";
    readonly RandomScore: "RandomScore";
    readonly DotProductScore: "DotProductScore";
    readonly GpuClusteringScore: "GpuClusteringScore";
    readonly GpuPackingScore: "GpuPackingScore";
    readonly BestFitScore: "BestFitScore";
    readonly FGDScore: "FGDScore";
};
