import type { Millis } from '../../api/ids.js';
/** --horizontal-pod-autoscaler-tolerance default 0.1 (cmd/kube-controller-manager/app/options/hpacontroller.go). */
export declare const HPA_TOLERANCE = 0.1;
/**
 * replica_calculator.go Tolerances.isWithin: (1 - down) <= ratio <= (1 + up), both the flag's value
 * (the per-HPA tolerances of HPAConfigurableTolerance are not modelled). Not |1 - ratio| <= t:
 * in float64 1.1 is within, |1 - 1.1| = 0.10000000000000009 is not.
 */
export declare const isWithinTolerance: (ratio: number, tolerance?: number) => boolean;
/** --horizontal-pod-autoscaler-cpu-initialization-period default 5 min. */
export declare const CPU_INITIALIZATION_PERIOD_MS = 300000;
/** --horizontal-pod-autoscaler-initial-readiness-delay default 30 s. */
export declare const DELAY_OF_INITIAL_READINESS_STATUS_MS = 30000;
/** metrics-server --metric-resolution default 15 s: the window a usage sample covers. */
export declare const METRIC_WINDOW_MS = 15000;
/** What the replica calculator needs of one pod: its phase, readiness and (if scraped) usage. */
export interface PodSample {
    readonly name: string;
    readonly phase: string;
    readonly deleting: boolean;
    readonly startTime?: Millis;
    readonly ready?: {
        readonly status: string;
        readonly lastTransitionTime: Millis;
    };
    /** Usage in milli-units (Quantity.MilliValue()) from the metrics pipeline; undefined: no sample for this pod. */
    readonly usage?: number;
    /** Sum of the containers' requests for the resource (milli-units); undefined: some container has none. */
    readonly request?: number;
    /** The first container without a request for the resource. */
    readonly missingRequest?: string;
}
/** replica_calculator.go, groupPods: which pods count, which are unready, missing or ignored. */
export declare function groupPods(pods: readonly PodSample[], resource: string, now: Millis): {
    readyPodCount: number;
    unready: Set<string>;
    missing: Set<string>;
    ignored: Set<string>;
};
/**
 * metricsclient.GetResourceUtilizationRatio: integer utilization percent, its ratio to target, and the average raw
 * usage.
 */
export declare function getResourceUtilizationRatio(metrics: ReadonlyMap<string, number>, requests: ReadonlyMap<string, number>, target: number): {
    ratio: number;
    utilization: number;
    rawAverage: number;
} | {
    error: string;
};
export type Recommendation = {
    readonly replicas: number;
    readonly utilization: number;
    readonly rawAverage: number;
} | {
    readonly error: string;
};
/**
 * replica_calculator.go GetResourceReplicas (target Utilization) and GetRawResourceReplicas
 * (target AverageValue): the usage ratio over ready pods with samples; within tolerance, keep
 * the current count; with unready or missing pods, recompute conservatively (missing pods count
 * as 100% of request when scaling down, 0 when scaling up; unready pods as 0 when scaling up)
 * and never reverse the direction.
 */
export declare function getReplicas(currentReplicas: number, target: {
    readonly utilization?: number;
    readonly averageValue?: number;
}, pods: readonly PodSample[], resource: string, now: Millis, tolerance?: number): Recommendation;
/**
 * replica_calculator.go getUsageRatioReplicaCount (Object and External metrics with a Value
 * target): from zero replicas, ceil(ratio); else, outside the tolerance, ceil(ratio x the pods
 * that are Running and Ready), at most MaxInt32.
 */
export declare function getUsageRatioReplicaCount(currentReplicas: number, usageRatio: number, pods: readonly PodSample[], tolerance?: number): {
    readonly replicas: number;
} | {
    readonly error: string;
};
/**
 * replica_calculator.go GetObjectPerPodMetricReplicas and GetExternalPerPodMetricReplicas (an
 * AverageValue target): the total against target x status.replicas; outside the tolerance,
 * ceil(total / target). The average reported is ceil(total / status.replicas) (Go divides by
 * zero there when the target has no replicas yet; kubesim reports the total).
 */
export declare function getPerPodReplicas(statusReplicas: number, targetAverage: number, usage: number, tolerance?: number): {
    readonly replicas: number;
    readonly average: number;
};
