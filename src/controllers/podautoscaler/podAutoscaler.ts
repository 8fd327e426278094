import { labelSelectorMatches } from '../../api/labelSelector.js';
import { kindInfo } from '../../api/kinds.js';
import type { Condition, KubeObject, LabelSelector, Pod } from '../../api/types.js';
import { stampObject } from '../../apiserver/apply.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, NO_KEYS, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import { recordEvent, setCondition, updateStatus } from '../batchUtils.js';
import { convertDesiredReplicasWithBehaviorRate, defaultBehavior, stabilizeRecommendation, type HPABehavior,
  type ScaleEvent, type TimestampedRecommendation } from './hpaBehavior.js';
import { computeReplicasForMetric, type MetricContext, type MetricResult, type MetricSpec } from './metricReplicas.js';
import { serviceLoadShares } from '../../behavior/serviceLoad.js';
import { getObject, objectKeys } from '../../reducers/state.js';
import { PodLabelIndex, podsMatching } from '../podLabelIndex.js';

/** --horizontal-pod-autoscaler-sync-period default 15 s. */
export const HPA_SYNC_PERIOD_MS = 15_000;
/** pkg/apis/autoscaling/v1/defaults.go and v2: targetCPUUtilizationPercentage 80 when no metric is given. */
export const DEFAULT_CPU_UTILIZATION = 80;

const RESOURCE = 'horizontalpodautoscalers';

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
  warned: Map<string, string>; byName?: NameOrder }

/** The last sync's target pods (uids, in the order the lister gave them) and their order by name. */
interface NameOrder { readonly uids: readonly (string | undefined)[]; readonly perm: readonly number[] }

/**
 * The pods in name order (names are unique in a namespace, so the order does not depend on the
 * list's). Every 15 s the lister gives the same pods in the same order unless one came, went or
 * changed labels: then the last sync's order is reused, with no comparison of names.
 */
export function podsByName(pods: readonly Pod[], mem: { byName?: NameOrder }): Pod[] {
  const last = mem.byName;
  let same = last !== undefined && last.uids.length === pods.length;
  for (let i = 0; same && i < pods.length; i++) same = pods[i].metadata.uid === last!.uids[i];
  const perm = same ? last!.perm : pods.map((_, i) => i).sort((a, b) => (pods[a].metadata.name
    < pods[b].metadata.name ? -1 : 1));
  if (!same) mem.byName = { uids: pods.map((p) => p.metadata.uid), perm };
  return perm.map((i) => pods[i]);
}

/** The metrics an HPA asks for: v1's targetCPUUtilizationPercentage, v2's metrics, or CPU at 80%. */
export function metricSpecs(hpa: HorizontalPodAutoscaler): readonly MetricSpec[] {
  const cpu = (u: number): MetricSpec => ({ type: 'Resource',
    resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: u } } });
  if (hpa.apiVersion === 'autoscaling/v1') return [cpu(hpa.spec.targetCPUUtilizationPercentage
    ?? DEFAULT_CPU_UTILIZATION)];
  return hpa.spec.metrics?.length ? hpa.spec.metrics : [cpu(DEFAULT_CPU_UTILIZATION)];
}

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
    factTypes: ['ObjectApplied'],
    keysFor: (e: ClusterEvent) => (e.type === 'ObjectApplied' && e.resource === RESOURCE ? [e.key] : NO_KEYS),
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
    const select = (namespace: string, sel: LabelSelector | undefined): Pod[] => (ctx.cache instanceof PodLabelIndex
      ? ctx.cache.select(state, namespace, sel) : podsMatching(state, namespace, sel));
    // The name order is kept between syncs with the controller's cache (a sync without it sorts afresh).
    const pods = podsByName(select(ns, selector), ctx.cache ? mem : {});
    let shares: ReadonlyMap<string, number> | undefined;
    const mc: MetricContext = { pods, specReplicas: currentReplicas,
      statusReplicas: (target.status as { replicas?: number } | undefined)?.replicas ?? 0, namespace: ns, now,
      behaviors: ctx.scenario.behaviors, series: ctx.scenario.metrics ?? [],
      cpuShares: () => (shares ??= serviceLoadShares(ctx.scenario.loads ?? [], now, { select,
        service: (namespace, name) => getObject(state, 'services', `${namespace}/${name}`) })) };
    // horizontal.go computeReplicasForMetrics: one status per metric (an empty one for a failed metric).
    const specs = metricSpecs(hpa);
    let best: { replicas: number; name: string } | undefined;
    let firstInvalid: Extract<MetricResult, { error: string }> | undefined;
    let invalid = 0;
    currentMetrics = [];
    specs.forEach((m, i) => {
      const r = computeReplicasForMetric(m, mc);
      if ('error' in r) {
        warnOnChange(`metric ${i}`, r.reason, r.message);
        firstInvalid ??= r; invalid++; currentMetrics!.push({ type: '' }); return;
      }
      mem.warned.delete(`metric ${i}`);
      currentMetrics!.push(r.status);
      const st = r.status as { resource?: { name: string; current: { averageUtilization?: number } } };
      if (st.resource?.name === 'cpu' && m.resource?.target?.averageValue === undefined) cpuUtilization =
        st.resource.current.averageUtilization;
      if (!best || r.replicas > best.replicas) best = { replicas: r.replicas, name: r.name };
    });
    // All invalid, or some invalid and the valid ones would scale down: no change.
    if (!best || (firstInvalid && best.replicas < currentReplicas)) {
      const f = firstInvalid!;
      cond('ScalingActive', 'False', f.reason, `the HPA was unable to compute the replica count: ${f.message}`);
      warnOnChange('ScalingActive', 'FailedComputeMetricsReplicas', `invalid metrics (${invalid} invalid out of ` +
        `${specs.length}), first error is: ${f.error}`);
      writeStatus(hpa, key, ctx, isV1, { currentReplicas, desiredReplicas: prev.desiredReplicas as number
        ?? currentReplicas, conditions, lastScaleTime: prev.lastScaleTime, currentMetrics, cpuUtilization });
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
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makeHorizontalController(), s, ctx.rng,
    ctx.options),
};
