import type { FilterPlugin, NodeInfo, PodInfo, ScorePlugin } from '../framework.js';
import { SUCCESS, unresolvable, unschedulable, type Status } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';

/** noderesources/fit.go: the "Too many pods" reason. */
export const ERR_REASON_TOO_MANY_PODS = 'Too many pods';
/** config.MaxCustomPriorityScore: RequestedToCapacityRatio shape scores run 0..10. */
export const MAX_CUSTOM_PRIORITY_SCORE = 10;

export type ScoringStrategyType = 'LeastAllocated' | 'MostAllocated' | 'RequestedToCapacityRatio';
export interface ResourceSpec { readonly name: string; readonly weight: number }
export interface UtilizationShapePoint { readonly utilization: number; readonly score: number }
export interface NodeResourcesFitArgs {
  readonly scoringStrategy?: {
    readonly type?: ScoringStrategyType;
    readonly resources?: readonly ResourceSpec[];
    readonly requestedToCapacityRatio?: { readonly shape: readonly UtilizationShapePoint[] };
  };
}

/** apis/config/v1/defaults.go: defaultResourceSpec, cpu and memory with weight 1. */
export const DEFAULT_RESOURCE_SPEC: readonly ResourceSpec[] =
  [{ name: 'cpu', weight: 1 }, { name: 'memory', weight: 1 }];

/**
 * Fit filter (noderesources/fit.go fitsRequest): the pod count, then cpu, memory,
 * ephemeral-storage and extended resources. Every shortfall is one reason (`Insufficient cpu`).
 * A request larger than the node's whole allocatable cannot be fixed by preemption, so it makes
 * the status UnschedulableAndUnresolvable.
 */
export function fitsRequest(pod: PodInfo, node: NodeInfo): Status {
  const a = node.allocatable, r = node.requested, q = pod.req;
  // Fast path (no allocation): the common case of a pod that fits.
  if (node.pods.length + 1 <= a.pods && q.cpu <= a.cpu - r.cpu && q.memory <= a.memory - r.memory &&
    q.ephemeralStorage <= a.ephemeralStorage - r.ephemeralStorage && pod.scalarNames.length === 0) return SUCCESS;
  const reasons: string[] = [];
  let unresolvableFlag = false;
  if (node.pods.length + 1 > a.pods) { reasons.push(ERR_REASON_TOO_MANY_PODS);
    if (a.pods < 1) unresolvableFlag = true; }
  if (q.cpu === 0 && q.memory === 0 && q.ephemeralStorage === 0 && pod.scalarNames.length === 0) {
    return reasons.length ? mk(reasons, unresolvableFlag) : SUCCESS;
  }
  if (q.cpu > 0 && q.cpu > a.cpu - r.cpu) { reasons.push('Insufficient cpu');
    if (q.cpu > a.cpu) unresolvableFlag = true; }
  if (q.memory > 0 && q.memory > a.memory - r.memory) { reasons.push('Insufficient memory');
    if (q.memory > a.memory) unresolvableFlag = true; }
  if (q.ephemeralStorage > 0 && q.ephemeralStorage > a.ephemeralStorage - r.ephemeralStorage) {
    reasons.push('Insufficient ephemeral-storage');
    if (q.ephemeralStorage > a.ephemeralStorage) unresolvableFlag = true;
  }
  for (const k of pod.scalarNames) {
    const v = q.scalar[k];
    if (v > 0 && v > (a.scalar[k] ?? 0) - (r.scalar[k] ?? 0)) { reasons.push(`Insufficient ${k}`);
      if (v > (a.scalar[k] ?? 0)) unresolvableFlag = true; }
  }
  return reasons.length ? mk(reasons, unresolvableFlag) : SUCCESS;
}
const mk = (reasons: string[], u: boolean): Status => (u ? unresolvable(names.NodeResourcesFit, ...reasons)
  : unschedulable(names.NodeResourcesFit, ...reasons));

/**
 * Requested (pod included) and allocatable of one resource, as the score strategies read them (resource_allocation.go).
 */
function requestedAndAllocatable(pod: PodInfo, node: NodeInfo, resource: string): [number, number] {
  switch (resource) {
    case 'cpu': return [node.nonZeroCpu + pod.nonZeroCpu, node.allocatable.cpu];
    case 'memory': return [node.nonZeroMemory + pod.nonZeroMemory, node.allocatable.memory];
    case 'ephemeral-storage': return [node.requested.ephemeralStorage + pod.req.ephemeralStorage,
      node.allocatable.ephemeralStorage];
    default: return [(node.requested.scalar[resource] ?? 0) + (pod.req.scalar[resource] ?? 0),
      node.allocatable.scalar[resource] ?? 0];
  }
}

/** least_allocated.go leastRequestedScore: (capacity - requested) * 100 / capacity, 0 when over. */
export const leastRequestedScore = (requested: number, capacity: number): number =>
  capacity === 0 || requested > capacity ? 0 : Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
/** most_allocated.go mostRequestedScore: requested * 100 / capacity, capped at 100. */
export const mostRequestedScore = (requested: number, capacity: number): number =>
  capacity === 0 ? 0 : Math.trunc((Math.min(requested, capacity) * MAX_NODE_SCORE) / capacity);

/**
 * requested_to_capacity_ratio.go: the shape's scores scaled to 0..100, piecewise linear
 * (helper.BuildBrokenLinearFunction).
 */
export function brokenLinear(shape: readonly UtilizationShapePoint[]): (p: number) => number {
  const pts = shape.map((s) => ({ u: s.utilization, s: s.score * (MAX_NODE_SCORE / MAX_CUSTOM_PRIORITY_SCORE) }));
  return (p) => {
    for (let i = 0; i < pts.length; i++) {
      if (p <= pts[i].u) {
        if (i === 0) return pts[0].s;
        return pts[i - 1].s + Math.trunc(((pts[i].s - pts[i - 1].s) * (p - pts[i - 1].u)) / (pts[i].u - pts[i - 1].u));
      }
    }
    return pts[pts.length - 1].s;
  };
}

export function validateFitArgs(args: unknown): string[] {
  const errs: string[] = [];
  if (args === undefined || args === null) return errs;
  if (typeof args !== 'object') return ['args: must be an object'];
  const s = (args as NodeResourcesFitArgs).scoringStrategy;
  if (s === undefined || s === null) return errs;
  // Shapes first: a null or a number where a list or mapping belongs is an error, not a crash.
  if (typeof s !== 'object'
    || Array.isArray(s)) return ['scoringStrategy: must be {type, resources, requestedToCapacityRatio}'];
  if (s.resources !== undefined && s.resources !== null && !Array.isArray(s.resources)) return [
    'scoringStrategy.resources: must be a list of {name, weight}'];
  const ratio = s.requestedToCapacityRatio as unknown;
  if (ratio !== undefined && ratio !== null && (typeof ratio !== 'object' || Array.isArray(ratio))) return [
    'scoringStrategy.requestedToCapacityRatio: must be {shape: [{utilization, score}]}'];
  const points = s.requestedToCapacityRatio?.shape as unknown;
  if (Array.isArray(points) && points.some((p) => typeof p !== 'object' || p === null)) return [
    'scoringStrategy.requestedToCapacityRatio.shape: must be a list of {utilization, score}'];
  if (s.type !== undefined && !['LeastAllocated', 'MostAllocated', 'RequestedToCapacityRatio'].includes(s.type)) {
    errs.push(
      `scoringStrategy.type: must be LeastAllocated, MostAllocated or RequestedToCapacityRatio, got ` +
        `${JSON.stringify(s.type)}`);
  }
  (s.resources ?? []).forEach((r, i) => {
    if (typeof r?.name !== 'string' || !r.name) errs.push(`scoringStrategy.resources[${i}].name: required`);
    if (!Number.isInteger(r?.weight) || r.weight < 1 || r.weight > 100) errs.push(
      `scoringStrategy.resources[${i}].weight: must be an integer in 1..100`);
  });
  if (s.type === 'RequestedToCapacityRatio') {
    const shape = s.requestedToCapacityRatio?.shape;
    if (!Array.isArray(shape) || shape.length === 0) errs.push(
      'scoringStrategy.requestedToCapacityRatio.shape: at least one point is required');
    else shape.forEach((p, i) => {
      if (!Number.isInteger(p.utilization) || p.utilization < 0
        || p.utilization > 100) errs.push(
          `scoringStrategy.requestedToCapacityRatio.shape[${i}].utilization: must be an integer in 0..100`);
      if (!Number.isInteger(p.score) || p.score < 0 || p.score > MAX_CUSTOM_PRIORITY_SCORE) errs.push(
        `scoringStrategy.requestedToCapacityRatio.shape[${i}].score: must be an integer in 0..10`);
      if (i > 0 && p.utilization <= shape[i - 1].utilization) errs.push(
        `scoringStrategy.requestedToCapacityRatio.shape[${i}].utilization: must be increasing`);
    });
  }
  return errs;
}

/**
 * NodeResourcesFit with its scoring strategy (default LeastAllocated over cpu and memory, weight
 * 1 each). Scores use the non-zero requests; the weighted mean uses integer division, except
 * RequestedToCapacityRatio, which rounds (math.Round), as kube-scheduler does.
 */
export function nodeResourcesFit(rawArgs?: unknown): FilterPlugin & ScorePlugin {
  const args = (rawArgs ?? {}) as NodeResourcesFitArgs;
  const type = args.scoringStrategy?.type ?? 'LeastAllocated';
  const resources = args.scoringStrategy?.resources?.length ? args.scoringStrategy.resources : DEFAULT_RESOURCE_SPEC;
  const defaultResources = resources === DEFAULT_RESOURCE_SPEC;
  const rtcr = type === 'RequestedToCapacityRatio' ? brokenLinear(
    args.scoringStrategy!.requestedToCapacityRatio!.shape) : undefined;
  const scorer = type === 'MostAllocated' ? mostRequestedScore
    : rtcr ? (req: number, cap: number) => (cap === 0 ? 0 : rtcr(
      100 - Math.trunc(((cap - Math.min(req, cap)) * 100) / cap)))
      : leastRequestedScore;
  return {
    name: names.NodeResourcesFit,
    events: ['NodeAdd', 'NodeUpdate', 'AssignedPodDelete'],
    filter(_s, pod, node) {
      return fitsRequest(pod, node);
    },
    filterNodes(_s, pod, nodes, out) {
      for (let i = 0; i < nodes.length; i++) out[i] = fitsRequest(pod, nodes[i]);
    },
    filterIndexed(_s, pod, cols, idx, count, reject) {
      const q = pod.req, scalars = pod.scalarNames.length > 0;
      const { allocPods, podCount, allocCpu, reqCpu, allocMemory, reqMemory, allocEphemeral, reqEphemeral } = cols;
      let w = 0;
      for (let k = 0; k < count; k++) {
        const i = idx[k];
        // fitsRequest's fast path on the columns; anything else (extended resources, a shortfall, or
        // an overcommitted node the pod requests nothing of) takes the full check on the NodeInfo.
        if (!scalars && podCount[i] + 1 <= allocPods[i] && q.cpu <= allocCpu[i] - reqCpu[i]
          && q.memory <= allocMemory[i] - reqMemory[i] &&
          q.ephemeralStorage <= allocEphemeral[i] - reqEphemeral[i]) { idx[w++] = i; continue; }
        const st = fitsRequest(pod, cols.nodes[i]);
        if (st === SUCCESS) idx[w++] = i;
        else reject(i, st);
      }
      return w;
    },
    score(_s, pod, node) {
      if (defaultResources) {
        // The default cpu+memory weight-1 case, inlined: the hot path of every scheduling pass.
        const a = node.allocatable;
        let total = 0, weightSum = 0;
        if (a.cpu !== 0) { total += scorer(node.nonZeroCpu + pod.nonZeroCpu, a.cpu); weightSum++; }
        if (a.memory !== 0) { total += scorer(node.nonZeroMemory + pod.nonZeroMemory, a.memory); weightSum++; }
        if (weightSum === 0) return 0;
        return rtcr ? Math.round(total / weightSum) : Math.trunc(total / weightSum);
      }
      let total = 0, weightSum = 0;
      for (const r of resources) {
        const [req, cap] = requestedAndAllocatable(pod, node, r.name);
        if (cap === 0) continue; // resources the node does not have are skipped
        total += scorer(req, cap) * r.weight;
        weightSum += r.weight;
      }
      if (weightSum === 0) return 0;
      return rtcr ? Math.round(total / weightSum) : Math.trunc(total / weightSum);
    },
    scoreNodes(s, pod, nodes, out) {
      for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
    },
    scoreIndexed(s, pod, cols, idx, count, out) {
      if (!defaultResources) { for (let k = 0; k < count; k++) out[k] = this.score(s, pod, cols.nodes[idx[k]]);
        return; }
      // `score`'s default cpu+memory case on the columns.
      const { allocCpu, allocMemory, nonZeroCpu, nonZeroMemory } = cols;
      for (let k = 0; k < count; k++) {
        const i = idx[k], ac = allocCpu[i], am = allocMemory[i];
        let total = 0, weightSum = 0;
        if (ac !== 0) { total += scorer(nonZeroCpu[i] + pod.nonZeroCpu, ac); weightSum++; }
        if (am !== 0) { total += scorer(nonZeroMemory[i] + pod.nonZeroMemory, am); weightSum++; }
        out[k] = weightSum === 0 ? 0 : rtcr ? Math.round(total / weightSum) : Math.trunc(total / weightSum);
      }
    },
  };
}
