/** Plugin names as kube-scheduler spells them (pkg/scheduler/framework/plugins/names/names.go). */
export const names = {
    PrioritySort: 'PrioritySort',
    NodeUnschedulable: 'NodeUnschedulable',
    NodeName: 'NodeName',
    TaintToleration: 'TaintToleration',
    NodeAffinity: 'NodeAffinity',
    NodePorts: 'NodePorts',
    NodeResourcesFit: 'NodeResourcesFit',
    PodTopologySpread: 'PodTopologySpread',
    InterPodAffinity: 'InterPodAffinity',
    DefaultPreemption: 'DefaultPreemption',
    NodeResourcesBalancedAllocation: 'NodeResourcesBalancedAllocation',
    ImageLocality: 'ImageLocality',
    DefaultBinder: 'DefaultBinder',
};
/**
 * The GPU-sharing plugins, named as the ATC'23 artifact names them
 * (hkust-adsl/kubernetes-scheduler-simulator, pkg/type/const.go).
 */
export const gpuNames = {
    GpuShare: 'Open-Gpu-Share',
    RandomScore: 'RandomScore',
    DotProductScore: 'DotProductScore',
    GpuClusteringScore: 'GpuClusteringScore',
    GpuPackingScore: 'GpuPackingScore',
    BestFitScore: 'BestFitScore',
    FGDScore: 'FGDScore',
};
