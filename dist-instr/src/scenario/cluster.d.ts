/**
 * The scenario's `cluster:` block: component flags and feature gates, each with Kubernetes' own
 * default (Kubernetes v1.34) and where that default lives. Only the knobs listed here exist; any
 * other key is an error naming the known ones.
 *
 * ```yaml
 * cluster:
 *   featureGates: {KubeletCrashLoopBackOffMax: true, ReduceDefaultCrashLoopBackOffDecay: true}
 *   kubelet: {maxContainerRestartPeriod: 60s, nodeStatusUpdateFrequency: 10s}
 *   controllerManager: {nodeEvictionRate: 0.1, secondaryNodeEvictionRate: 0.01,
 *     largeClusterSizeThreshold: 50, unhealthyZoneThreshold: 0.55, nodeMonitorPeriod: 5s, nodeMonitorGracePeriod: 50s}
 * ```
 */
import type { Millis } from '../api/ids.js';
import type { FieldProblem } from '../api/problems.js';
import { type ControllerManagerFlags } from './clusterFlags.js';
/** The feature gates kubesim reads (pkg/features/kube_features.go defaultVersionedKubernetesFeatureGates). */
export interface FeatureGates {
    /** KEP-4603, alpha since v1.32, default false: crashLoopBackOff.maxContainerRestartPeriod takes effect. */
    readonly KubeletCrashLoopBackOffMax: boolean;
    /** KEP-4603, alpha since v1.33, default false: crash-loop back-off starts at 1 s and caps at 60 s. */
    readonly ReduceDefaultCrashLoopBackOffDecay: boolean;
}
export interface KubeletFlags {
    /**
     * KubeletConfiguration crashLoopBackOff.maxContainerRestartPeriod (1 s .. 300 s; unset: the
     * built-in cap, pkg/kubelet/kubelet.go MaxCrashLoopBackOff 300 s). Read only with KubeletCrashLoopBackOffMax.
     */
    readonly maxContainerRestartPeriod?: Millis;
    /** nodeStatusUpdateFrequency (10 s default; no effect in kubesim: scenario/clusterFlags.ts). */
    readonly nodeStatusUpdateFrequency?: Millis;
}
export interface ClusterConfig {
    readonly featureGates: FeatureGates;
    readonly kubelet: KubeletFlags;
    readonly controllerManager: ControllerManagerFlags;
}
export declare const DEFAULT_FEATURE_GATES: FeatureGates;
export declare const DEFAULT_CLUSTER: ClusterConfig;
/** Reads `cluster:`; problems (and warnings) are pushed with their field paths. Absent: every default. */
export declare function parseCluster(v: unknown, p: FieldProblem[], warnings?: FieldProblem[]): ClusterConfig;
