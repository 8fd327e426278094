import type { Millis } from '../../api/ids.js';
import { kindInfo } from '../../api/kinds.js';
import { scaledValue } from '../../api/quantity.js';
import { formatQuantity } from '../../api/quantityFormat.js';
import type { LabelSelector, Pod } from '../../api/types.js';
import type { MetricSeries } from '../../scenario/metrics.js';
import { externalMetricValues, objectMetricValue, podMetricValues, type MetricIdentifier } from './customMetrics.js';
import { goLabelSelectorString } from './goSelectorString.js';
import { podHead, podSample } from './podSample.js';
import { getPerPodReplicas, getReplicas, getUsageRatioReplicaCount, type PodSample } from './replicaCalculator.js';
import type { BehaviorRule } from '../../scenario/types.js';

interface Target { readonly type?: string; readonly value?: string | number; readonly averageValue?: string | number;
  readonly averageUtilization?: number }
interface Source { readonly name?: string; readonly metric?: MetricIdentifier; readonly target?: Target;
  readonly describedObject?: { readonly kind?: string; readonly name?: string; readonly apiVersion?: string } }
export interface MetricSpec {
  readonly type: string;
  readonly resource?: Source; readonly pods?: Source; readonly object?: Source; readonly external?: Source;
}

/** What one metric needs of the target and the cluster at this sync. */
export interface MetricContext {
  /** The scale target's pods (its selector), by name. */
  readonly pods: readonly Pod[];
  /** scale.spec.replicas and scale.status.replicas. */
  readonly specReplicas: number; readonly statusReplicas: number;
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
export type MetricResult = { readonly replicas: number; readonly name: string; readonly status: unknown }
  | { readonly error: string; readonly reason: string; readonly message: string };

/** resource.NewMilliQuantity(v, DecimalSI).String(). */
const milliQuantity = (v: number): string => formatQuantity(v, -3);
/** Quantity.MilliValue() of a target. */
const milliOf = (q: string | number | undefined): number => scaledValue(q ?? 0, -3);
const fail = (reason: string, inner: string, outer: string): MetricResult => ({ reason, message: inner,
  error: outer });
const identifier = (m: MetricIdentifier | undefined): MetricIdentifier & { readonly selector?: LabelSelector } =>
  ({ name: m?.name ?? '', ...(m?.selector ? { selector: m.selector } : {}) });

/**
 * computeStatusForResourceMetricGeneric: Utilization (GetResourceReplicas) or AverageValue (GetRawResourceReplicas).
 */
function resourceMetric(src: Source, c: MetricContext): MetricResult {
  const res = src.name ?? '', t = src.target ?? {};
  const wrap = (inner: string): MetricResult => fail('FailedGetResourceMetric', inner,
    `failed to get ${res} resource metric value: ${inner}`);
  const byValue = t.averageValue !== undefined;
  if (!byValue && t.averageUtilization === undefined) return wrap('invalid resource metric source: neither an ' +
    'average utilization target nor an average value (usage) target was set');
  if (res !== 'cpu' && res !== 'memory') return wrap(`failed to get ${res} ${byValue ? 'usage' : 'utilization'}: ` +
    `unable to get metrics for resource ${res}: kubesim simulates the cpu and memory resource metrics only`);
  const shares = res === 'cpu' ? c.cpuShares() : undefined;
  // Without a Service load (the common case) no pod has a share: no key text per pod.
  const keyed = shares !== undefined && shares.size > 0;
  const samples = c.pods.map((p) => podSample(p, res, c.behaviors, c.now,
    keyed ? shares.get(`${p.metadata.namespace}/${p.metadata.name}`) : undefined));
  const what = byValue ? 'usage' : 'utilization';
  // metrics-server lists no pod that has no sample (resource_client.go GetResourceMetric).
  if (!samples.some((s) => s.usage !== undefined)) return wrap(`failed to get ${res} ${what}: unable to get ` +
    `metrics for resource ${res}: no metrics returned from resource metrics API`);
  const rec = getReplicas(c.specReplicas, byValue ? { averageValue: milliOf(t.averageValue) }
    : { utilization: t.averageUtilization! }, samples, res, c.now);
  if ('error' in rec) return wrap(`failed to get ${res} ${what}: ${rec.error}`);
  return { replicas: rec.replicas,
    name: byValue ? `${res} resource` : `${res} resource utilization (percentage of request)`,
    status: { type: 'Resource', resource: { name: res, current: byValue ? { averageValue: milliQuantity(
      rec.rawAverage) } : { averageUtilization: rec.utilization, averageValue: milliQuantity(rec.rawAverage) } } } };
}

/** computeStatusForPodsMetric: GetMetricReplicas, the per-pod average against an AverageValue target. */
function podsMetric(src: Source, c: MetricContext): MetricResult {
  const id = identifier(src.metric);
  const fails = (inner: string): MetricResult => fail('FailedGetPodsMetric', inner,
    `failed to get pods metric value: ${inner}`);
  const values = podMetricValues(c.series, id, c.pods, c.now);
  // rest_metrics_client.go GetRawMetric: an empty list from the custom metrics API is an error.
  if (values.size === 0) return fails(`unable to get metric ${id.name}: no metrics returned from custom metrics API`);
  const samples: PodSample[] = c.pods.map((p) => {
    const usage = values.get(p.metadata.name);
    return { ...podHead(p), ...(usage !== undefined ? { usage } : {}) };
  });
  const rec = getReplicas(c.specReplicas, { averageValue: milliOf(src.target?.averageValue) }, samples, '', c.now);
  if ('error' in rec) return fails(rec.error);
  return { replicas: rec.replicas, name: `pods metric ${id.name}`, status: { type: 'Pods',
    pods: { metric: id, current: { averageValue: milliQuantity(rec.rawAverage) } } } };
}


/**
 * The error a custom metrics adapter gives for an object it has no metric for (custom-metrics-apiserver
 * provider/errors.go NewMetricNotFoundForError: the GroupResource, then the name). A kind kubesim does not
 * know is pluralised as meta.UnsafeGuessKindToResource does (Ingress: ingresses).
 */
function notFoundForObject(name: string, d: NonNullable<Source['describedObject']>): string {
  const kind = d.kind ?? '', info = kindInfo(kind), lower = kind.toLowerCase();
  const resource = info?.resource ?? (lower.endsWith('s') ? `${lower}es` : lower.endsWith('y')
    ? `${lower.slice(0, -1)}ies` : `${lower}s`);
  const apiVersion = d.apiVersion ?? info?.apiVersions[0] ?? '';
  const group = apiVersion.includes('/') ? `.${apiVersion.split('/')[0]}` : '';
  return `the server could not find the metric ${name} for ${resource}${group} ${d.name ?? ''}`;
}

/** computeStatusForObjectMetric: GetObjectMetricReplicas (Value) or GetObjectPerPodMetricReplicas (AverageValue). */
function objectMetric(src: Source, c: MetricContext): MetricResult {
  const id = identifier(src.metric), t = src.target ?? {}, d = src.describedObject ?? {};
  const outer = (inner: string): string => `failed to get object metric value: ${inner}`;
  const usage = objectMetricValue(c.series, id, c.namespace, d, c.now);
  const noMetric = `unable to get metric ${id.name}: ${notFoundForObject(id.name, d)} on ` +
    `${d.kind ?? ''} ${c.namespace}/${d.name ?? ''}`;
  if (t.type === 'Value' && t.value !== undefined) {
    if (usage === undefined) return fail('FailedGetObjectMetric', noMetric, outer(noMetric));
    const r = getUsageRatioReplicaCount(c.specReplicas, usage / milliOf(t.value), c.pods.map(podHead));
    if ('error' in r) return fail('FailedGetObjectMetric', r.error, outer(r.error));
    return { replicas: r.replicas, name: `${d.kind ?? ''} metric ${id.name}`, status: { type: 'Object',
      object: { describedObject: d, metric: id, current: { value: milliQuantity(usage) } } } };
  }
  if (t.type === 'AverageValue' && t.averageValue !== undefined) {
    if (usage === undefined) return fail('FailedGetObjectMetric', noMetric,
      outer(`failed to get ${id.name} object metric: ${noMetric}`));
    const r = getPerPodReplicas(c.statusReplicas, milliOf(t.averageValue), usage);
    // Kubernetes names this proposal "external metric" and leaves describedObject out of its status.
    return { replicas: r.replicas, name: `external metric ${id.name}(${goLabelSelectorString(id.selector)})`,
      status: { type: 'Object', object: { metric: id, current: { averageValue: milliQuantity(r.average) } } } };
  }
  const msg = 'invalid object metric source: neither a value target nor an average value target was set';
  return fail('FailedGetObjectMetric', msg, outer(msg));
}

/** computeStatusForExternalMetric: GetExternalPerPodMetricReplicas (AverageValue) or GetExternalMetricReplicas. */
function externalMetric(src: Source, c: MetricContext): MetricResult {
  const id = identifier(src.metric), t = src.target ?? {};
  const outer = (inner: string): string => `failed to get ${id.name} external metric value: ${inner}`;
  const values = externalMetricValues(c.series, id, c.namespace, c.now);
  const noMetric = `unable to get external metric ${c.namespace}/${id.name}/${goLabelSelectorString(id.selector)}: ` +
    'no metrics returned from external metrics API';
  // Sums saturate at MaxInt64 in Go; doubles keep far more than any scenario's curve.
  const usage = values.reduce((a, b) => a + b, 0);
  const name = `external metric ${id.name}(${goLabelSelectorString(id.selector)})`;
  if (t.averageValue !== undefined) {
    if (values.length === 0) return fail('FailedGetExternalMetric', noMetric,
      outer(`failed to get ${id.name} external metric: ${noMetric}`));
    const r = getPerPodReplicas(c.statusReplicas, milliOf(t.averageValue), usage);
    return { replicas: r.replicas, name, status: { type: 'External',
      external: { metric: id, current: { averageValue: milliQuantity(r.average) } } } };
  }
  if (t.value !== undefined) {
    if (values.length === 0) return fail('FailedGetExternalMetric', noMetric,
      outer(`failed to get external metric ${id.name}: ${noMetric}`));
    const r = getUsageRatioReplicaCount(c.specReplicas, usage / milliOf(t.value), c.pods.map(podHead));
    if ('error' in r) return fail('FailedGetExternalMetric', r.error,
      outer(`failed to get external metric ${id.name}: ${r.error}`));
    return { replicas: r.replicas, name, status: { type: 'External',
      external: { metric: id, current: { value: milliQuantity(usage) } } } };
  }
  const msg = 'invalid external metric source: neither a value target nor an average value target was set';
  return fail('FailedGetExternalMetric', msg, outer(msg));
}

/** horizontal.go computeReplicasForMetric: one metric's proposal, by its source type. */
export function computeReplicasForMetric(m: MetricSpec, c: MetricContext): MetricResult {
  switch (m.type) {
    case 'Resource': return resourceMetric(m.resource ?? {}, c);
    case 'Pods': return podsMetric(m.pods ?? {}, c);
    case 'Object': return objectMetric(m.object ?? {}, c);
    case 'External': return externalMetric(m.external ?? {}, c);
    default: {
      // ContainerResource is valid Kubernetes that kubesim does not simulate (a load-time warning says so).
      const msg = m.type === 'ContainerResource' ? 'ContainerResource metrics are not simulated by kubesim'
        : `unknown metric source type ${JSON.stringify(m.type)}`;
      return fail(m.type === 'ContainerResource' ? 'FailedGetContainerResourceMetric' : 'InvalidMetricSourceType',
        msg, msg);
    }
  }
}
