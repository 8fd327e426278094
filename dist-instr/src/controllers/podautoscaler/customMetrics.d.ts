import type { Millis } from '../../api/ids.js';
import type { LabelSelector, Pod } from '../../api/types.js';
import type { MetricSeries } from '../../scenario/metrics.js';
/**
 * The custom and external metrics APIs of a simulation: the scenario's `metrics:` series
 * (scenario/metrics.ts) read at the virtual time, in milli-units as the HPA reads them
 * (pkg/controller/podautoscaler/metrics/rest_metrics_client.go).
 */
export interface MetricIdentifier {
    readonly name: string;
    readonly selector?: LabelSelector;
}
/**
 * GetRawMetric: the value of a Pods metric for each listed pod that reports it (a running pod
 * that a series' `pods.labels` select, the first such series). A `total` is shared by the
 * reporting pods that are ready endpoints; the others report 0.
 */
export declare function podMetricValues(series: readonly MetricSeries[], id: MetricIdentifier, pods: readonly Pod[], now: Millis): Map<string, number>;
/** GetObjectMetric: the value of the first series describing `kind/name` in `namespace`, if any. */
export declare function objectMetricValue(series: readonly MetricSeries[], id: MetricIdentifier, namespace: string, object: {
    readonly kind?: string;
    readonly name?: string;
}, now: Millis): number | undefined;
/** GetExternalMetric: the values of every matching series (all namespaces' when a series names none). */
export declare function externalMetricValues(series: readonly MetricSeries[], id: MetricIdentifier, namespace: string, now: Millis): number[];
