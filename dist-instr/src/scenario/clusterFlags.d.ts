/**
 * The kube-controller-manager flags and kubelet fields of the `cluster:` block beyond the crash-loop
 * knobs (scenario/cluster.ts), each with Kubernetes' default and where it lives.
 */
import type { Millis } from '../api/ids.js';
import type { FieldProblem } from '../api/problems.js';
/**
 * Node lifecycle controller flags (cmd/kube-controller-manager/app/options/nodelifecyclecontroller.go,
 * defaults in pkg/controller/nodelifecycle/config/v1alpha1/defaults.go
 * RecommendedDefaultNodeLifecycleControllerConfiguration).
 */
export interface ControllerManagerFlags {
    /** --node-eviction-rate: NoExecute taints per second in a Normal (or fully disrupted) zone; 0.1. */
    readonly nodeEvictionRate: number;
    /** --secondary-node-eviction-rate: the rate in a PartialDisruption zone larger than the threshold; 0.01. */
    readonly secondaryNodeEvictionRate: number;
    /** --large-cluster-size-threshold: a smaller zone in PartialDisruption stops tainting; 50. */
    readonly largeClusterSizeThreshold: number;
    /** --unhealthy-zone-threshold: share of not-Ready nodes (at least 3) for PartialDisruption; 0.55. */
    readonly unhealthyZoneThreshold: number;
    /** --node-monitor-period: how often monitorNodeHealth runs (its ticks from the controller's start); 5 s. */
    readonly nodeMonitorPeriod: Millis;
    /** --node-monitor-grace-period: how long a node may go without a lease renewal before Unknown; 50 s. */
    readonly nodeMonitorGracePeriod: Millis;
}
export declare const DEFAULT_CONTROLLER_MANAGER: ControllerManagerFlags;
/**
 * KubeletConfiguration nodeStatusUpdateFrequency (pkg/kubelet/apis/config/v1beta1/defaults.go: 10 s).
 * It sets how often the kubelet computes node status; node health is judged from the node Lease,
 * renewed every 10 s (nodeLeaseDurationSeconds 40 x 0.25) whatever this is, so in kubesim it changes
 * nothing (kept, checked, and named so a scenario copied from a real config loads).
 */
export declare const DEFAULT_NODE_STATUS_UPDATE_FREQUENCY_MS = 10000;
/** Reads `cluster.controllerManager`; bad values are problems, absent ones take the defaults. */
export declare function parseControllerManager(v: unknown, p: FieldProblem[]): ControllerManagerFlags;
/**
 * The kubelet fields besides maxContainerRestartPeriod: nodeStatusUpdateFrequency (checked, a
 * duration above 0) and imagePullProgressDeadline, a dockershim flag removed in Kubernetes 1.24
 * with dockershim itself (KEP-2221): no container runtime kubesim models reads it, so it is a
 * warning and has no effect (image pulls take the time behaviours give).
 */
export declare function parseKubeletExtras(v: Record<string, unknown>, p: FieldProblem[], warnings: FieldProblem[]): {
    nodeStatusUpdateFrequency?: Millis;
};
