import { parseSteps, type Steps } from '../api/behavior.js';
import type { FieldProblem } from '../api/problems.js';
import { isObj } from '../api/validation/common.js';

/**
 * `load:` a total CPU demand on a Service over virtual time (since the scenario's start). The
 * Ready pods the Service selects share it equally, as kube-proxy spreads connections over a
 * Service's ready endpoints; each pod's CPU usage is its behaviour's own usage plus its share,
 * capped at the sum of its containers' CPU limits (behavior/serviceLoad.ts).
 */
export interface ServiceLoad {
  readonly service: string;
  readonly namespace: string;
  /** Millicores. */
  readonly cpu: Steps;
}

export const METRIC_TYPES = ['Pods', 'Object', 'External'] as const;
export type MetricSourceType = (typeof METRIC_TYPES)[number];

/**
 * `metrics:` a series of the custom metrics API (Pods, Object) or the external metrics API
 * (External): there is no metrics server in a simulation, so the scenario gives the values as
 * curves over virtual time, in milli-units (as the HPA reads them: Quantity.MilliValue()).
 */
export interface MetricSeries {
  readonly type: MetricSourceType;
  readonly name: string;
  /** The series' labels, matched by the HPA's `metric.selector`. */
  readonly labels: Readonly<Record<string, string>>;
  /** Object: the described object's namespace; External: the HPA's namespace (absent: every namespace). */
  readonly namespace?: string;
  /** Pods: the pods that report it (labels; absent: every pod). */
  readonly podLabels?: Readonly<Record<string, string>>;
  /** Object: the object described. */
  readonly object?: { readonly kind: string; readonly name: string };
  /** Each pod's value (Pods) or the value (Object, External). */
  readonly value?: Steps;
  /** Pods only: a total shared by the Ready pods that report it. */
  readonly total?: Steps;
}

const LOAD_KEYS = ['service', 'namespace', 'cpu'];
const METRIC_KEYS = ['type', 'name', 'labels', 'namespace', 'pods', 'object', 'value', 'total'];

function labelMap(v: unknown, path: string, p: FieldProblem[]): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v) || Object.values(v).some((x) => typeof x !== 'string')) {
    p.push({ path, message: 'must be a map of label to string value' }); return undefined; }
  return v as Record<string, string>;
}

/** Steps in milli-units; a percentage means nothing for a load or a metric. */
function milliSteps(v: unknown, path: string, key: string, p: FieldProblem[]): Steps | undefined {
  const s = parseSteps(p, path, v, key, -3);
  if (s?.some((x) => x.share !== undefined)) { p.push({ path, message: 'a percentage has no meaning here' });
    return undefined; }
  return s;
}

const nameOf = (v: unknown, path: string, p: FieldProblem[]): string | undefined => {
  if (typeof v === 'string' && v !== '') return v;
  p.push({ path, message: 'Required value' }); return undefined;
};

const unknownKeys = (o: Record<string, unknown>, known: readonly string[], path: string, p: FieldProblem[]): void => {
  for (const k of Object.keys(o)) if (!known.includes(k)) p.push(
    { path: `${path}.${k}`, message: `unknown field (known: ${known.join(', ')})` });
};

/** The scenario's `load:` list: [{service, namespace?, cpu}]. */
export function parseLoads(v: unknown, p: FieldProblem[]): ServiceLoad[] {
  if (!Array.isArray(v)) { p.push({ path: 'load', message: 'must be a list of {service, namespace, cpu}' });
    return []; }
  const out: ServiceLoad[] = [];
  v.forEach((e, i) => {
    const path = `load[${i}]`;
    if (!isObj(e)) { p.push({ path, message: 'must be a mapping: {service, namespace, cpu}' }); return; }
    unknownKeys(e, LOAD_KEYS, path, p);
    const service = nameOf(e.service, `${path}.service`, p);
    const cpu = e.cpu === undefined ? (p.push({ path: `${path}.cpu`, message: 'Required value' }), undefined)
      : milliSteps(e.cpu, `${path}.cpu`, 'cpu', p);
    if (service && cpu) out.push({ service, namespace: typeof e.namespace === 'string' ? e.namespace : 'default',
      cpu });
  });
  return out;
}

/** The scenario's `metrics:` list: [{type: Pods|Object|External, name, labels?, ...}]. */
export function parseMetrics(v: unknown, p: FieldProblem[]): MetricSeries[] {
  if (!Array.isArray(v)) { p.push({ path: 'metrics', message: 'must be a list of {type, name, value}' }); return []; }
  const out: MetricSeries[] = [];
  v.forEach((e, i) => {
    const path = `metrics[${i}]`;
    if (!isObj(e)) { p.push({ path, message: 'must be a mapping: {type, name, value}' }); return; }
    unknownKeys(e, METRIC_KEYS, path, p);
    const before = p.length;
    const type = e.type as MetricSourceType;
    if (!METRIC_TYPES.includes(type)) p.push({ path: `${path}.type`,
      message: `Unsupported value: ${JSON.stringify(e.type)}: supported values: "${METRIC_TYPES.join('", "')}"` });
    const name = nameOf(e.name, `${path}.name`, p);
    const labels = labelMap(e.labels, `${path}.labels`, p) ?? {};
    const value = milliSteps(e.value, `${path}.value`, 'value', p);
    const total = milliSteps(e.total, `${path}.total`, 'value', p);
    if (e.total !== undefined && type !== 'Pods') p.push({ path: `${path}.total`,
      message: 'only a Pods metric is shared among pods (give value)' });
    if ((value === undefined) === (total === undefined) && p.length === before) p.push({ path,
      message: type === 'Pods' ? 'give exactly one of value (each pod\'s) or total (shared by the Ready pods)'
        : 'Required value: value' });
    let podLabels: Record<string, string> | undefined;
    if (e.pods !== undefined) {
      if (type !== 'Pods' || !isObj(e.pods)) p.push({ path: `${path}.pods`,
        message: 'only a Pods metric names its pods: {labels: {...}}' });
      else podLabels = labelMap(e.pods.labels, `${path}.pods.labels`, p);
    }
    let object: MetricSeries['object'];
    if (type === 'Object') {
      const o = isObj(e.object) ? e.object : {};
      const kind = nameOf(o.kind, `${path}.object.kind`, p), oname = nameOf(o.name, `${path}.object.name`, p);
      if (kind && oname) object = { kind, name: oname };
    } else if (e.object !== undefined) p.push({ path: `${path}.object`, message: 'only an Object metric has one' });
    if (e.namespace !== undefined && typeof e.namespace !== 'string') p.push({ path: `${path}.namespace`,
      message: 'must be a string' });
    if (p.length !== before || !name) return;
    out.push({ type, name, labels,
      ...(typeof e.namespace === 'string' ? { namespace: e.namespace }
        : type === 'Object' ? { namespace: 'default' } : {}),
      ...(podLabels ? { podLabels } : {}), ...(object ? { object } : {}),
      ...(value ? { value } : {}), ...(total ? { total } : {}) });
  });
  return out;
}

interface ObjectLike { readonly kind?: string; readonly apiVersion?: string;
  readonly metadata: { readonly name: string; readonly namespace?: string }; readonly spec?: unknown }

const describe = (m: Record<string, unknown>, field: string): Record<string, unknown> =>
  (isObj(m[field]) ? m[field] as Record<string, unknown> : {});

/**
 * What a run would otherwise leave unsaid: a load on a Service the scenario never creates, and an
 * HPA metric no `metrics:` entry gives (the HPA then fails as one with no metrics adapter) or that
 * kubesim does not simulate.
 */
export function metricWarnings(objects: readonly ObjectLike[], loads: readonly ServiceLoad[],
  series: readonly MetricSeries[]): { object: string; path: string; message: string }[] {
  const out: { object: string; path: string; message: string }[] = [];
  const services = new Set(objects.filter((o) => o.kind === 'Service')
    .map((o) => `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`));
  loads.forEach((l, i) => {
    if (!services.has(`${l.namespace}/${l.service}`)) out.push({ object: `Service/${l.service}`,
      path: `load[${i}].service`,
      message: `no Service ${JSON.stringify(l.service)} in namespace ${l.namespace} among the scenario's objects: ` +
        'its load reaches no pod unless one is created' });
  });
  for (const o of objects) {
    if (o.kind !== 'HorizontalPodAutoscaler' || o.apiVersion === 'autoscaling/v1') continue;
    const metrics = (isObj(o.spec) && Array.isArray(o.spec.metrics) ? o.spec.metrics : []) as unknown[];
    metrics.forEach((m, j) => {
      if (!isObj(m)) return;
      const path = `spec.metrics[${j}]`, type = String(m.type);
      if (type === 'ContainerResource') {
        out.push({ object: `HorizontalPodAutoscaler/${o.metadata.name}`, path,
          message: 'ContainerResource metrics are not simulated: the HPA reports it cannot compute them' });
        return;
      }
      if (!METRIC_TYPES.includes(type as MetricSourceType)) return;
      const src = describe(m, type === 'Pods' ? 'pods' : type === 'Object' ? 'object' : 'external');
      const name = describe(src, 'metric').name;
      const d = describe(src, 'describedObject');
      const given = series.some((s) => s.type === type && s.name === name
        && (type !== 'Object' || (s.object?.kind === d.kind && s.object?.name === d.name)));
      if (!given) out.push({ object: `HorizontalPodAutoscaler/${o.metadata.name}`, path,
        message: `no "metrics:" entry gives the ${type} metric ${JSON.stringify(name)}` +
          (type === 'Object' ? ` of ${String(d.kind)}/${String(d.name)}` : '') +
          `: the HPA fails to get it (FailedGet${type}Metric), as with no metrics adapter` });
    });
  }
  return out;
}
