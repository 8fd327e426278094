/**
 * The resource metrics API (metrics.k8s.io/v1beta1) as metrics-server serves it, for `kubectl top`,
 * from kubesim's usage model: each container's `cpu` and `memory` steps (behaviour rules) at the
 * time since it started, plus the pod's share of Service load (behavior/serviceLoad.ts) on its
 * first container, each capped at the container's limit (the CFS quota caps cpu; a container past
 * its memory limit is OOM-killed). This is the model the HPA samples
 * (controllers/podautoscaler/podSample.ts), shown per container. A pod is reported once every
 * container runs (metrics-server has no sample before). A node's usage is its pods' sum:
 * metrics-server reads the node's root cgroup, which also holds the system's own processes,
 * which kubesim does not model.
 */
import type { Millis } from '../api/ids.js';
import type { Container, KubeObject, Node, Pod } from '../api/types.js';
import { toCanonical } from '../api/quantity.js';
import { formatQuantity } from '../api/quantityFormat.js';
import { rfc3339 } from '../api/time.js';
import { resolvedBehavior, valueAt } from '../behavior/resolve.js';
import { serviceLoadShares } from '../behavior/serviceLoad.js';
import { podsMatching } from '../controllers/podLabelIndex.js';
import { measured } from '../controllers/podautoscaler/podSample.js';
import { METRIC_WINDOW_MS } from '../controllers/podautoscaler/replicaCalculator.js';
import { getObject, type ClusterState } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import type { Scenario } from '../scenario/types.js';
import type { Printer } from './table.js';

/** What the usage model reads of the scenario: its behaviour rules and Service loads. */
export type UsageModel = Pick<Scenario, 'behaviors' | 'loads'>;

/** A container's usage: cpu in millicores, memory in bytes. */
interface Usage { cpu: number; memory: number }

const limitOf = (c: Container, resource: 'cpu' | 'memory'): number => {
  const l = c.resources?.limits?.[resource];
  return l === undefined ? Infinity : toCanonical(resource, l);
};

/** Each measured container's usage at `now`, or undefined while one of them is not running. */
function containerUsage(pod: Pod, model: UsageModel, now: Millis, share: number): [string, Usage][] | undefined {
  if (pod.status.phase !== 'Running') return undefined;
  const statuses = [...(pod.status.containerStatuses ?? []), ...(pod.status.initContainerStatuses ?? [])];
  const out: [string, Usage][] = [];
  for (const [i, c] of measured(pod).entries()) {
    const started = statuses.find((s) => s.name === c.name)?.state.running?.startedAt;
    if (started === undefined) return undefined;
    const b = resolvedBehavior(model.behaviors, pod, c);
    const cpu = valueAt(b.cpu, now - started) + (i === 0 ? share : 0);
    out.push([c.name, { cpu: Math.ceil(Math.min(cpu, limitOf(c, 'cpu'))),
      memory: Math.ceil(Math.min(valueAt(b.memory, now - started), limitOf(c, 'memory'))) }]);
  }
  return out;
}

/** metrics-server's quantities: cpu from nanocores (DecimalSI), memory in bytes (BinarySI). */
const usageQuantities = (u: Usage): Record<string, string> => ({ cpu: formatQuantity(u.cpu, -3),
  memory: formatQuantity(u.memory, 0, 'BinarySI') });

/** metrics-server's window: the span its two samples cover (--metric-resolution, 15 s). */
const WINDOW = `${METRIC_WINDOW_MS / 1000}s`;

function meta(o: { metadata: { name: string; namespace?: string; labels?: Record<string, string> } }, now: Millis):
  Record<string, unknown> {
  return { name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
    creationTimestamp: now, ...(o.metadata.labels ? { labels: o.metadata.labels } : {}) };
}

/** Each reported pod with its containers' usage, at `now`. */
function podUsages(state: ClusterState, model: UsageModel, now: Millis): { pod: Pod; containers: [string, Usage][] }[] {
  const shares = serviceLoadShares(model.loads ?? [], now, {
    select: (namespace, selector) => podsMatching(state, namespace, selector),
    service: (namespace, name) => getObject(state, 'services', `${namespace}/${name}`) });
  const out: { pod: Pod; containers: [string, Usage][] }[] = [];
  for (const pod of tvalues(state.pods)) {
    const containers = containerUsage(pod, model, now,
      shares.get(`${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`) ?? 0);
    if (containers) out.push({ pod, containers });
  }
  return out;
}

/** PodMetrics of every pod metrics-server has a sample of, at virtual time `now`. */
export function podMetrics(state: ClusterState, model: UsageModel, now: Millis, startTime: number): KubeObject[] {
  return podUsages(state, model, now).map(({ pod, containers }) => ({
    kind: 'PodMetrics', apiVersion: 'metrics.k8s.io/v1beta1', metadata: meta(pod, now),
    timestamp: rfc3339(startTime, now), window: WINDOW,
    containers: containers.map(([name, u]) => ({ name, usage: usageQuantities(u) })),
  }) as unknown as KubeObject);
}

/** NodeMetrics of every node: the sum of its reported pods. */
export function nodeMetrics(state: ClusterState, model: UsageModel, now: Millis, startTime: number): KubeObject[] {
  const sums = new Map<string, Usage>();
  for (const { pod, containers } of podUsages(state, model, now)) {
    const node = pod.spec.nodeName;
    if (!node) continue;
    const sum = sums.get(node) ?? { cpu: 0, memory: 0 };
    for (const [, u] of containers) { sum.cpu += u.cpu; sum.memory += u.memory; }
    sums.set(node, sum);
  }
  return tvalues(state.nodes).map((n) => n.object as unknown as Node).map((n) => ({
    kind: 'NodeMetrics', apiVersion: 'metrics.k8s.io/v1beta1', metadata: meta(n, now),
    timestamp: rfc3339(startTime, now), window: WINDOW,
    usage: usageQuantities(sums.get(n.metadata.name) ?? { cpu: 0, memory: 0 }),
  }) as unknown as KubeObject);
}

/** The stores of the metrics API: made from the usage model at the served instant, not kept from facts. */
export const METRICS_STORES: Readonly<Record<string, typeof podMetrics>> = { podmetrics: podMetrics,
  nodemetrics: nodeMetrics };

type Quantities = Record<string, string>;
const sumOf = (us: readonly Quantities[]): Quantities => {
  let cpu = 0, memory = 0;
  for (const u of us) { cpu += toCanonical('cpu', u.cpu); memory += toCanonical('memory', u.memory); }
  return usageQuantities({ cpu, memory });
};

/**
 * metrics-server's table (pkg/api/table.go addPodMetricsToTable, addNodeMetricsToTable): Name,
 * one quantity column per resource in name order (a pod's summed over its containers), Window.
 */
const metricsPrinter = (usage: (o: never) => Quantities): Printer => ({
  columns: [{ name: 'Name', type: 'string', format: 'name', description: 'Name of the resource' },
    { name: 'cpu', type: 'string', description: '' }, { name: 'memory', type: 'string', description: '' },
    { name: 'Window', type: 'string', description: '' }],
  row: (o: never) => {
    const u = usage(o);
    return [(o as { metadata: { name: string } }).metadata.name, u.cpu, u.memory, (o as { window: string }).window];
  },
});

export const METRICS_PRINTERS: Readonly<Record<string, Printer>> = {
  podmetrics: metricsPrinter((o: { containers: { usage: Quantities }[] }) => sumOf(o.containers.map((c) => c.usage))),
  nodemetrics: metricsPrinter((o: { usage: Quantities }) => o.usage),
};
