import { labelSelectorMatches } from '../../api/labelSelector.js';
import { kindInfo } from '../../api/kinds.js';
import { toCanonical } from '../../api/quantity.js';
import type { Condition, KubeObject } from '../../api/types.js';
import { stampObject } from '../../apiserver/apply.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import { recordEvent, setCondition, updateStatus } from '../batchUtils.js';
import { convertDesiredReplicasWithBehaviorRate, defaultBehavior, stabilizeRecommendation, type HPABehavior,
  type ScaleEvent, type TimestampedRecommendation } from './hpaBehavior.js';
import { getReplicas } from './replicaCalculator.js';
import { podSample } from './podSample.js';
import { getObject, objectKeys } from '../../reducers/state.js';
import { PodLabelIndex, podsMatching } from '../podLabelIndex.js';

/** --horizontal-pod-autoscaler-sync-period default 15 s. */
export const HPA_SYNC_PERIOD_MS = 15_000;
/** pkg/apis/autoscaling/v1/defaults.go and v2: targetCPUUtilizationPercentage 80 when no metric is given. */
export const DEFAULT_CPU_UTILIZATION = 80;

const RESOURCE = 'horizontalpodautoscalers';

export interface MetricSpec {
  readonly type: string;
  readonly resource?: { readonly name: string; readonly target: { readonly type: 'Utilization' | 'AverageValue'
    | 'Value'; readonly averageUtilization?: number; readonly averageValue?: string | number } };
}
export interface HPASpec {
  readonly scaleTargetRef: { readonly kind: string; readonly name: string; readonly apiVersion?: string };
  readonly minReplicas?: number;
  readonly maxReplicas: number;
  readonly metrics?: readonly MetricSpec[];
  readonly targetCPUUtilizationPercentage?: number;
  readonly behavior?: HPABehavior;
}
export type HorizontalPodAutoscaler = KubeObject & { readonly spec: HPASpec;
  readonly status?: { readonly conditions?: readonly Condition[]; readonly lastScaleTime?: Millis } & Record<string,
    unknown> };

interface HPAMemory { recommendations: TimestampedRecommendation[]; upEvents: ScaleEvent[]; downEvents: ScaleEvent[];
  warned: Map<string, string> }

/** The metrics an HPA asks for: v1's targetCPUUtilizationPercentage, v2's metrics, or CPU at 80%. */
export function metricSpecs(hpa: HorizontalPodAutoscaler): readonly MetricSpec[] {
  const cpu = (u: number): MetricSpec => ({ type: 'Resource',
    resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: u } } });
  if (hpa.apiVersion === 'autoscaling/v1') return [cpu(hpa.spec.targetCPUUtilizationPercentage
    ?? DEFAULT_CPU_UTILIZATION)];
  return hpa.spec.metrics?.length ? hpa.spec.metrics : [cpu(DEFAULT_CPU_UTILIZATION)];
}

const metricName = (m: MetricSpec): string => m.resource?.target.type === 'Utilization'
  ? `${m.resource.name} resource utilization (percentage of request)` : `${m.resource?.name ?? m.type} resource`;
const formatUsage = (resource: string, v: number): string => (resource === 'cpu' ? `${v}m` : `${v}`);

/**
 * The horizontal pod autoscaler (pkg/controller/podautoscaler/horizontal.go,
 * reconcileAutoscaler): every sync period it reads the target's scale, computes a replica count
 * per metric (replica_calculator.go), takes the largest, stabilizes it and limits its rate with
 * the behavior policies, clamps to min/max and, when it differs, patches the target's
 * spec.replicas. Facts only on change: status writes are skipped when nothing moved.
 */
export function makeHorizontalController(): ControllerDef {
  const memory = new Map<ObjectKey, HPAMemory>();
  return {
    name: 'horizontal-pod-autoscaler',
    keysFor: (e: ClusterEvent) => (e.type === 'ObjectApplied' && e.resource === RESOURCE ? [e.key] : []),
    initialKeys: (state) => objectKeys(state, RESOURCE),
    createCache: () => new PodLabelIndex(),
    sync(key, state, ctx) {
      const hpa = getObject(state, RESOURCE, key) as HorizontalPodAutoscaler | undefined;
      if (!hpa) { memory.delete(key); return; }
      let mem = memory.get(key);
      if (!mem) { mem = { recommendations: [], upEvents: [], downEvents: [], warned: new Map() };
        memory.set(key, mem); }
      reconcileAutoscaler(hpa, key, state, ctx, mem);
      return { requeueAfter: HPA_SYNC_PERIOD_MS };
    },
  };
}

function reconcileAutoscaler(hpa: HorizontalPodAutoscaler, key: ObjectKey, state: ClusterState, ctx: SyncContext,
  mem: HPAMemory): SyncResult | void {
  const now = ctx.now, out = ctx.out;
  const ns = hpa.metadata.namespace ?? 'default';
  const isV1 = hpa.apiVersion === 'autoscaling/v1';
  const prev = hpa.status ?? {};
  let conditions = [...(prev.conditions ?? [])];
  const cond = (type: string, status: Condition['status'], reason: string, message: string): void => {
    conditions = setCondition(conditions, { type, status, reason, message, lastTransitionTime: now });
  };
  // Warning events once per change of a condition's reason, not once per sync period.
  const warnOnChange = (type: string, reason: string, message: string): void => {
    if (mem.warned.get(type) !== reason) recordEvent(out, RESOURCE, key, reason, message, 'Warning');
    mem.warned.set(type, reason);
  };
  const ref = hpa.spec.scaleTargetRef;
  const info = kindInfo(ref.kind);
  const target = info ? getObject(state, info.resource, `${ns}/${ref.name}`) : undefined;
  const minReplicas = hpa.spec.minReplicas ?? 1, maxReplicas = hpa.spec.maxReplicas;
  if (!info || !target) {
    const group = info?.apiVersions[0].includes('/') ? `.${info.apiVersions[0].split('/')[0]}` : '';
    const msg =
      `the HPA controller was unable to get the target's current scale: ` +
        `${info?.resource ?? ref.kind.toLowerCase()}${group} "${ref.name}" not found`;
    warnOnChange('AbleToScale', 'FailedGetScale', msg);
    cond('AbleToScale', 'False', 'FailedGetScale', msg);
    writeStatus(hpa, key, ctx, isV1, { currentReplicas: 0, desiredReplicas: 0, conditions,
      lastScaleTime: prev.lastScaleTime });
    return;
  }
  const spec = target.spec as { replicas?: number; selector?: Parameters<typeof labelSelectorMatches>[0]
    & Record<string,
    unknown>; template?: { metadata?: { labels?: Record<string, string> } } };
  // A ReplicationController's selector is a plain label map (defaulting to its template's labels).
  const selector = ref.kind === 'ReplicationController'
    ? { matchLabels: (spec.selector as Record<string, string> | undefined) ?? spec.template?.metadata?.labels ?? {} }
    : spec.selector;
  const currentReplicas = spec.replicas ?? 1;
  mem.warned.delete('AbleToScale');
  cond('AbleToScale', 'True', 'SucceededGetScale', "the HPA controller was able to get the target's current scale");

  let desired = currentReplicas;
  let rescaleReason = '';
  let currentMetrics: unknown[] | undefined;
  let cpuUtilization: number | undefined;
  if (currentReplicas === 0 && minReplicas !== 0) {
    desired = 0;
    cond('ScalingActive', 'False', 'ScalingDisabled',
      'scaling is disabled since the replica count of the target is zero');
  } else if (currentReplicas > maxReplicas) {
    desired = maxReplicas; rescaleReason = 'Current number of replicas above Spec.MaxReplicas';
  } else if (currentReplicas < minReplicas) {
    desired = minReplicas; rescaleReason = 'Current number of replicas below Spec.MinReplicas';
  } else {
    // Names are unique in a namespace: the order by name does not depend on the list's order.
    const pods = (ctx.cache instanceof PodLabelIndex ? ctx.cache.select(state, ns, selector)
      : podsMatching(state, ns, selector)).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    let best: { replicas: number; name: string } | undefined;
    let firstError: string | undefined;
    currentMetrics = [];
    for (const m of metricSpecs(hpa)) {
      if (m.type !== 'Resource' || !m.resource || (m.resource.name !== 'cpu' && m.resource.name !== 'memory')) {
        firstError ??= `unsupported metric type ${m.type}${m.resource ? ` (${m.resource.name})` : ''}`;
        continue;
      }
      const res = m.resource.name, t = m.resource.target;
      const samples = pods.map((p) => podSample(p, res, ctx.scenario.behaviors, now));
      const rec = getReplicas(currentReplicas, t.type === 'Utilization'
        ? { utilization: t.averageUtilization ?? DEFAULT_CPU_UTILIZATION }
          : { averageValue: toCanonical(res, t.averageValue ?? 0) }, samples, res, now);
      if ('error' in rec) { firstError ??= `failed to get ${res} utilization: ${rec.error}`; continue; }
      currentMetrics.push({ type: 'Resource', resource: { name: res, current: t.type === 'Utilization'
        ? { averageUtilization: rec.utilization, averageValue: formatUsage(res, rec.rawAverage) }
          : { averageValue: formatUsage(res, rec.rawAverage) } } });
      if (res === 'cpu' && t.type === 'Utilization') cpuUtilization = rec.utilization;
      if (!best || rec.replicas > best.replicas) best = { replicas: rec.replicas, name: metricName(m) };
    }
    if (!best) {
      const msg = `the HPA was unable to compute the replica count: ${firstError}`;
      warnOnChange('ScalingActive', 'FailedGetResourceMetric', msg);
      cond('ScalingActive', 'False', 'FailedGetResourceMetric', msg);
      writeStatus(hpa, key, ctx, isV1, { currentReplicas, desiredReplicas: prev.desiredReplicas as number
        ?? currentReplicas, conditions, lastScaleTime: prev.lastScaleTime });
      return;
    }
    mem.warned.delete('ScalingActive');
    cond('ScalingActive', 'True', 'ValidMetricFound',
      `the HPA was able to successfully calculate a replica count from ${best.name}`);
    // normalizeDesiredReplicasWithBehaviors: stabilization window, then rate limits and min/max.
    const b = defaultBehavior(hpa.spec.behavior);
    if (mem.recommendations.length === 0) mem.recommendations = [{ replicas: currentReplicas, at: now }];
    const st = stabilizeRecommendation(mem.recommendations, best.replicas, currentReplicas, b.scaleUp, b.scaleDown,
      now);
    mem.recommendations = st.recommendations;
    cond('AbleToScale', 'True', st.reason, st.message);
    const limited = convertDesiredReplicasWithBehaviorRate({ desired: st.replicas, current: currentReplicas,
      min: minReplicas, max: maxReplicas, up: b.scaleUp, down: b.scaleDown, upEvents: mem.upEvents,
        downEvents: mem.downEvents, now });
    cond('ScalingLimited', limited.replicas === st.replicas ? 'False' : 'True', limited.reason, limited.message);
    desired = limited.replicas;
    if (desired > currentReplicas) rescaleReason = `${best.name} above target`;
    else if (desired < currentReplicas) rescaleReason = 'All metrics below target';
  }

  let lastScaleTime = prev.lastScaleTime;
  if (desired !== currentReplicas) {
    const next = { ...target, spec: { ...(target.spec as object), replicas: desired } } as KubeObject;
    out.emit({ type: 'ObjectApplied', at: now, resource: info.resource, key: `${ns}/${ref.name}`,
      object: stampObject(next, target, ns, now, ctx.rng) });
    cond('AbleToScale', 'True', 'SucceededRescale',
      `the HPA controller was able to update the target scale to ${desired}`);
    recordEvent(out, RESOURCE, key, 'SuccessfulRescale', `New size: ${desired}; reason: ${rescaleReason}`);
    const ev = { change: Math.abs(desired - currentReplicas), at: now };
    // Keep only events within the longest policy period (horizontal.go, storeScaleEvent).
    const b = defaultBehavior(hpa.spec.behavior);
    const longest = Math.max(...[...b.scaleUp.policies, ...b.scaleDown.policies].map((p) => p.periodSeconds)) * 1000;
    if (desired > currentReplicas) mem.upEvents = [...mem.upEvents.filter((e) => e.at > now - longest), ev];
    else mem.downEvents = [...mem.downEvents.filter((e) => e.at > now - longest), ev];
    lastScaleTime = now;
  }
  writeStatus(hpa, key, ctx, isV1, { currentReplicas, desiredReplicas: desired, conditions, lastScaleTime,
    currentMetrics, cpuUtilization });
}

function writeStatus(hpa: HorizontalPodAutoscaler, key: ObjectKey, ctx: SyncContext, isV1: boolean,
  s: { currentReplicas: number; desiredReplicas: number; conditions: Condition[]; lastScaleTime?: Millis;
    currentMetrics?: unknown[]; cpuUtilization?: number }): void {
  const order = ['AbleToScale', 'ScalingActive', 'ScalingLimited'];
  const conditions = [...s.conditions].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  const status = isV1
    ? { ...(s.lastScaleTime !== undefined ? { lastScaleTime: s.lastScaleTime } : {}),
      currentReplicas: s.currentReplicas, desiredReplicas: s.desiredReplicas,
        ...(s.cpuUtilization !== undefined ? { currentCPUUtilizationPercentage: s.cpuUtilization } : {}) }
    : {
      ...(hpa.metadata.generation !== undefined ? { observedGeneration: hpa.metadata.generation } : {}),
      ...(s.lastScaleTime !== undefined ? { lastScaleTime: s.lastScaleTime } : {}),
      currentReplicas: s.currentReplicas, desiredReplicas: s.desiredReplicas,
      ...(s.currentMetrics?.length ? { currentMetrics: s.currentMetrics } : {}),
      conditions,
    };
  updateStatus(ctx.out, RESOURCE, key, hpa, status);
}

export const horizontalPodAutoscalerController = {
  name: 'horizontal-pod-autoscaler',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makeHorizontalController(), s, ctx.rng),
};
