import type { Millis } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import type { MetricSeries } from '../../scenario/metrics.js';
import { type MetricIdentifier } from './customMetrics.js';
import type { BehaviorRule } from '../../scenario/types.js';
interface Target {
    readonly type?: string;
    readonly value?: string | number;
    readonly averageValue?: string | number;
    readonly averageUtilization?: number;
}
interface Source {
    readonly name?: string;
    readonly metric?: MetricIdentifier;
    readonly target?: Target;
    readonly describedObject?: {
        readonly kind?: string;
        readonly name?: string;
        readonly apiVersion?: string;
    };
}
export interface MetricSpec {
    readonly type: string;
    readonly resource?: Source;
    readonly pods?: Source;
    readonly object?: Source;
    readonly external?: Source;
}
/** What one metric needs of the target and the cluster at this sync. */
export interface MetricContext {
    /** The scale target's pods (its selector), by name. */
    readonly pods: readonly Pod[];
    /** scale.spec.replicas and scale.status.replicas. */
    readonly specReplicas: number;
    readonly statusReplicas: number;
    readonly namespace: string;
    readonly now: Millis;
    readonly behaviors: readonly BehaviorRule[];
    readonly series: readonly MetricSeries[];
    /** Each pod's share of the Services' CPU load (behavior/serviceLoad.ts), keyed namespace/name. */
    readonly cpuShares: () => ReadonlyMap<string, number>;
}
/**
 * A proposal (replicas, the metric's name for the rescale reason, its status) or a failure:
 * `reason` and `message` as getUnableComputeReplicaCountCondition records them (the event and the
 * ScalingActive condition), `error` as computeReplicasForMetric returns it.
 */
export type MetricResult = {
    readonly replicas: number;
    readonly name: string;
    readonly status: unknown;
} | {
    readonly error: string;
    readonly reason: string;
    readonly message: string;
};
/** horizontal.go computeReplicasForMetric: one metric's proposal, by its source type. */
export declare function computeReplicasForMetric(m: MetricSpec, c: MetricContext): MetricResult;
export {};
