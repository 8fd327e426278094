import type { Millis } from '../../api/ids.js';
import { labelSelectorMatches, labelSetMatches } from '../../api/labelSelector.js';
import type { LabelSelector, Pod } from '../../api/types.js';
import { valueAt } from '../../behavior/resolve.js';
import { isServingEndpoint } from '../../behavior/serviceLoad.js';
import type { MetricSeries } from '../../scenario/metrics.js';

/**
 * The custom and external metrics APIs of a simulation: the scenario's `metrics:` series
 * (scenario/metrics.ts) read at the virtual time, in milli-units as the HPA reads them
 * (pkg/controller/podautoscaler/metrics/rest_metrics_client.go).
 */
export interface MetricIdentifier { readonly name: string; readonly selector?: LabelSelector }

/**
 * The HPA passes the metric selector to the adapter as a string: a nil selector is "" there,
 * which selects every series (LabelSelectorAsSelector(nil) is Nothing(), whose String() is "").
 */
const seriesMatches = (s: MetricSeries, id: MetricIdentifier): boolean => s.name === id.name
  && (id.selector === undefined || id.selector === null || labelSelectorMatches(id.selector, s.labels));

/**
 * GetRawMetric: the value of a Pods metric for each listed pod that reports it (a running pod
 * that a series' `pods.labels` select, the first such series). A `total` is shared by the
 * reporting pods that are ready endpoints; the others report 0.
 */
export function podMetricValues(series: readonly MetricSeries[], id: MetricIdentifier, pods: readonly Pod[],
  now: Millis): Map<string, number> {
  const out = new Map<string, number>();
  const bySeries = new Map<MetricSeries, Pod[]>();
  for (const p of pods) {
    if (p.status.phase !== 'Running') continue;
    const s = series.find((x) => x.type === 'Pods' && seriesMatches(x, id)
      && (x.namespace === undefined || x.namespace === p.metadata.namespace)
      && (x.podLabels === undefined || labelSetMatches(x.podLabels, p.metadata.labels)));
    if (!s) continue;
    if (s.value) out.set(p.metadata.name, Math.ceil(valueAt(s.value, now)));
    else { let list = bySeries.get(s); if (!list) bySeries.set(s, list = []); list.push(p); }
  }
  for (const [s, list] of bySeries) {
    const serving = list.filter(isServingEndpoint);
    const share = serving.length ? valueAt(s.total, now) / serving.length : 0;
    for (const p of list) out.set(p.metadata.name, isServingEndpoint(p) ? Math.ceil(share) : 0);
  }
  return out;
}

/** GetObjectMetric: the value of the first series describing `kind/name` in `namespace`, if any. */
export function objectMetricValue(series: readonly MetricSeries[], id: MetricIdentifier, namespace: string,
  object: { readonly kind?: string; readonly name?: string }, now: Millis): number | undefined {
  const s = series.find((x) => x.type === 'Object' && seriesMatches(x, id) && x.namespace === namespace
    && x.object?.kind === object.kind && x.object?.name === object.name);
  return s ? Math.ceil(valueAt(s.value, now)) : undefined;
}

/** GetExternalMetric: the values of every matching series (all namespaces' when a series names none). */
export function externalMetricValues(series: readonly MetricSeries[], id: MetricIdentifier, namespace: string,
  now: Millis): number[] {
  return series.filter((x) => x.type === 'External' && seriesMatches(x, id)
    && (x.namespace === undefined || x.namespace === namespace)).map((x) => Math.ceil(valueAt(x.value, now)));
}
