import type { FilterPlugin, NodeInfo, PodInfo, Resources, ScorePlugin } from '../framework.js';
import type { NodeColumns } from '../nodeColumns.js';
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
  readonly ignoredResources?: readonly string[];
  readonly ignoredResourceGroups?: readonly string[];
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
export function fitsRequest(pod: PodInfo, node: NodeInfo, ignored?: (name: string) => boolean): Status {
  const a = node.allocatable, r = node.requested, q = pod.req;
  // Fast path (no allocation): the common case of a pod that fits.
  if (node.pods.length + 1 <= a.pods && q.cpu <= a.cpu - r.cpu && q.memory <= a.memory - r.memory &&
    q.ephemeralStorage <= a.ephemeralStorage - r.ephemeralStorage && pod.scalarNames.length === 0) return SUCCESS;
  // The standard reasons as bits (in fitsRequest's order), extended resources as a list.
  let bits = fitBits(q, node.pods.length, a.pods, a.cpu, r.cpu, a.memory, r.memory, a.ephemeralStorage,
    r.ephemeralStorage);
  let scalars: string[] | undefined;
  for (const k of pod.scalarNames) {
    if (ignored !== undefined && ignored(k)) continue;
    const v = q.scalar[k];
    if (v > 0 && v > (a.scalar[k] ?? 0) - (r.scalar[k] ?? 0)) {
      (scalars ??= []).push(`Insufficient ${k}`);
      if (v > (a.scalar[k] ?? 0)) bits |= UNRESOLVABLE;
    }
  }
  if (scalars) return mk([...reasonsOfBits(bits), ...scalars], (bits & UNRESOLVABLE) !== 0);
  return bits & ~UNRESOLVABLE ? fitVerdict(bits) : SUCCESS;
}

const TOO_MANY_PODS = 1, NO_CPU = 2, NO_MEMORY = 4, NO_EPHEMERAL = 8, UNRESOLVABLE = 16;

/**
 * fitsRequest's standard reasons (pod count, cpu, memory, ephemeral-storage) as bits, from the
 * node's numbers (a NodeInfo's or a NodeColumns row's): 0 when they fit. A resource the pod does
 * not request never fails, even on an overcommitted node.
 */
function fitBits(q: Resources, pods: number, allocPods: number, allocCpu: number, reqCpu: number, allocMemory: number,
  reqMemory: number, allocEphemeral: number, reqEphemeral: number): number {
  let bits = 0;
  if (pods + 1 > allocPods) { bits |= TOO_MANY_PODS; if (allocPods < 1) bits |= UNRESOLVABLE; }
  if (q.cpu > 0 && q.cpu > allocCpu - reqCpu) { bits |= NO_CPU; if (q.cpu > allocCpu) bits |= UNRESOLVABLE; }
  if (q.memory > 0 && q.memory > allocMemory - reqMemory) {
    bits |= NO_MEMORY;
    if (q.memory > allocMemory) bits |= UNRESOLVABLE;
  }
  if (q.ephemeralStorage > 0 && q.ephemeralStorage > allocEphemeral - reqEphemeral) {
    bits |= NO_EPHEMERAL;
    if (q.ephemeralStorage > allocEphemeral) bits |= UNRESOLVABLE;
  }
  return bits;
}
/**
 * fitsRequest's standard reasons for row i of the columns (0: the pod fits), for a pod without
 * extended resources: the filter's indexed form and the search's inline Fit (searchIndexed.ts).
 */
export function fitRowBits(q: Resources, cols: NodeColumns, i: number): number {
  const pods = cols.podCount[i], allocPods = cols.allocPods[i], allocCpu = cols.allocCpu[i], reqCpu = cols.reqCpu[i];
  const allocMemory = cols.allocMemory[i], reqMemory = cols.reqMemory[i];
  const allocEphemeral = cols.allocEphemeral[i], reqEphemeral = cols.reqEphemeral[i];
  // The common case first: the pod fits (as fitsRequest's fast path).
  if (pods + 1 <= allocPods && q.cpu <= allocCpu - reqCpu && q.memory <= allocMemory - reqMemory
    && q.ephemeralStorage <= allocEphemeral - reqEphemeral) return 0;
  return fitBits(q, pods, allocPods, allocCpu, reqCpu, allocMemory, reqMemory, allocEphemeral, reqEphemeral);
}

const reasonsOfBits = (bits: number): string[] => [
  ...(bits & TOO_MANY_PODS ? [ERR_REASON_TOO_MANY_PODS] : []), ...(bits & NO_CPU ? ['Insufficient cpu'] : []),
  ...(bits & NO_MEMORY ? ['Insufficient memory'] : []),
  ...(bits & NO_EPHEMERAL ? ['Insufficient ephemeral-storage'] : [])];
const mk = (reasons: string[], u: boolean): Status => (u ? unresolvable(names.NodeResourcesFit, ...reasons)
  : unschedulable(names.NodeResourcesFit, ...reasons));
/**
 * One frozen verdict per combination of the standard reasons: statuses are values, and a pod
 * that fits few nodes is rejected for the same few reasons on every other node.
 */
const VERDICTS: (Status | undefined)[] = new Array<Status | undefined>(32);
export const fitVerdict = (bits: number): Status =>
  (VERDICTS[bits] ??= Object.freeze(mk(reasonsOfBits(bits), (bits & UNRESOLVABLE) !== 0)));

/**
 * Requested (pod included) and allocatable of one resource, as the score strategies read them
 * (resource_allocation.go calculateResourceAllocatableRequest): cpu and memory from the non-zero
 * sums, everything else from the real requests. An extended (scalar) resource the pod does not
 * request is (0, 0), which the scorers skip: spare GPUs neither favour nor penalise a node.
 */
function requestedAndAllocatable(pod: PodInfo, node: NodeInfo, resource: string): [number, number] {
  switch (resource) {
    case 'cpu': return [node.nonZeroCpu + pod.nonZeroCpu, node.allocatable.cpu];
    case 'memory': return [node.nonZeroMemory + pod.nonZeroMemory, node.allocatable.memory];
    case 'ephemeral-storage':
      return [node.requested.ephemeralStorage + pod.req.ephemeralStorage, node.allocatable.ephemeralStorage];
    default: {
      const podRequest = pod.req.scalar[resource] ?? 0;
      if (podRequest === 0) return [0, 0];
      return [(node.requested.scalar[resource] ?? 0) + podRequest, node.allocatable.scalar[resource] ?? 0];
    }
  }
}

/** least_allocated.go leastRequestedScore: (capacity - requested) * 100 / capacity, 0 when over. */
export const leastRequestedScore = (requested: number, capacity: number): number =>
  capacity === 0 || requested > capacity ? 0 : Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
/** most_allocated.go mostRequestedScore: requested * 100 / capacity, capped at 100. */
export const mostRequestedScore = (requested: number, capacity: number): number =>
  capacity === 0 ? 0 : Math.trunc((Math.min(requested, capacity) * MAX_NODE_SCORE) / capacity);

/**
 * The default cpu+memory (weight 1 each) LeastAllocated or MostAllocated score from raw numbers
 * (a NodeInfo's or a NodeColumns row's): the strategy's weighted mean over the resources the node
 * has, truncated (resource_allocation.go score).
 */
export function cpuMemoryScore(most: boolean, allocCpu: number, allocMemory: number, cpu: number,
  memory: number): number {
  let total = 0, weightSum = 0;
  if (allocCpu !== 0) { total += most ? mostRequestedScore(cpu, allocCpu) : leastRequestedScore(cpu, allocCpu);
    weightSum++; }
  if (allocMemory !== 0) { total += most ? mostRequestedScore(memory, allocMemory)
    : leastRequestedScore(memory, allocMemory); weightSum++; }
  return weightSum === 0 ? 0 : Math.trunc(total / weightSum);
}

/**
 * requested_to_capacity_ratio.go requestedToCapacityRatioScorer: the shape's 0..10 scores scaled to
 * 0..100 (times MaxNodeScore / MaxCustomPriorityScore), then helper.BuildBrokenLinearFunction:
 * piecewise linear with Go's truncating integer division.
 */
export function brokenLinear(shape: readonly UtilizationShapePoint[]): (p: number) => number {
  const pts = shape.map((s) => ({ u: s.utilization, s: s.score * (MAX_NODE_SCORE / MAX_CUSTOM_PRIORITY_SCORE) }));
  return (p) => {
    for (let i = 0; i < pts.length; i++) {
      if (p <= pts[i].u) {
        if (i === 0) return pts[0].s;
        const a = pts[i - 1], b = pts[i];
        return a.s + Math.trunc(((b.s - a.s) * (p - a.u)) / (b.u - a.u));
      }
    }
    return pts[pts.length - 1].s;
  };
}

/**
 * buildRequestedToCapacityRatioScorerFunction's per-resource score: a request above capacity
 * scores as full utilisation (100); otherwise the utilisation is requested * 100 / capacity,
 * truncated.
 */
export function requestedToCapacityRatioScore(
  shape: readonly UtilizationShapePoint[],
): (req: number, cap: number) => number {
  const f = brokenLinear(shape);
  return (req, cap) => (cap === 0 || req > cap ? f(MAX_UTILIZATION) : f(Math.trunc((req * MAX_UTILIZATION) / cap)));
}
/** requested_to_capacity_ratio.go maxUtilization. */
const MAX_UTILIZATION = 100;

/** The pairs (score, weight) of the resources a node has, folded as the strategy folds them. */
interface Fold { total: number; weightSum: number }
/**
 * Adds one resource's score. RequestedToCapacityRatio leaves out a resource that scores 0 (its
 * weight too: `if resourceScore > 0`); the other strategies count every resource the node has.
 */
const addScore = (f: Fold, score: number, weight: number, rtcr: boolean): void => {
  if (rtcr && score <= 0) return;
  f.total += score * weight;
  f.weightSum += weight;
};
/** The weighted mean: integer division, except RequestedToCapacityRatio, which rounds (math.Round). */
const mean = (f: Fold, rtcr: boolean): number =>
  f.weightSum === 0 ? 0 : rtcr ? Math.round(f.total / f.weightSum) : Math.trunc(f.total / f.weightSum);

/** component-helpers IsExtendedResourceName: a domain-prefixed name outside kubernetes.io, not `requests.*`. */
export const isExtendedResourceName = (name: string): boolean =>
  name.includes('/') && !name.includes('kubernetes.io/') && !name.startsWith('requests.');

/**
 * fit.go fitsRequest's ignoredExtendedResources / ignoredResourceGroups: extended resources the Fit
 * filter does not check, by full name or by the part before the '/'. Undefined when none are set.
 */
export function ignoredResourcesOf(args: NodeResourcesFitArgs): ((name: string) => boolean) | undefined {
  const names = new Set(args.ignoredResources ?? []), groups = new Set(args.ignoredResourceGroups ?? []);
  if (names.size === 0 && groups.size === 0) return undefined;
  return (name) => isExtendedResourceName(name) && (names.has(name) || groups.has(name.split('/')[0]));
}

/**
 * NodeResourcesFit with its scoring strategy (default LeastAllocated over cpu and memory, weight
 * 1 each). Scores use the non-zero requests; resources the node lacks (allocatable 0) and
 * extended resources the pod does not request are skipped (least_allocated.go, most_allocated.go,
 * requested_to_capacity_ratio.go: `if allocable[i] == 0 { continue }`).
 */
export function nodeResourcesFit(rawArgs?: unknown): FilterPlugin & ScorePlugin {
  const args = (rawArgs ?? {}) as NodeResourcesFitArgs;
  const type = args.scoringStrategy?.type ?? 'LeastAllocated';
  const resources = args.scoringStrategy?.resources?.length ? args.scoringStrategy.resources : DEFAULT_RESOURCE_SPEC;
  const rtcr = type === 'RequestedToCapacityRatio';
  const scorer = type === 'MostAllocated' ? mostRequestedScore
    : rtcr ? requestedToCapacityRatioScore(args.scoringStrategy!.requestedToCapacityRatio!.shape)
      : leastRequestedScore;
  // The default cpu+memory weight-1 LeastAllocated/MostAllocated case is inlined below: the hot path.
  const fast = resources === DEFAULT_RESOURCE_SPEC && !rtcr;
  const ignored = ignoredResourcesOf(args);
  const fits = (pod: PodInfo, node: NodeInfo): Status => fitsRequest(pod, node, ignored);
  const most = type === 'MostAllocated';
  const fastScore = (ac: number, am: number, cpu: number, memory: number): number =>
    cpuMemoryScore(most, ac, am, cpu, memory);
  return {
    name: names.NodeResourcesFit,
    ...(fast ? { columnScore: most ? 'MostAllocated' : 'LeastAllocated' } as const : {}),
    events: ['NodeAdd', 'NodeUpdate', 'AssignedPodDelete'],
    filter(_s, pod, node) {
      return fits(pod, node);
    },
    filterNodes(_s, pod, nodes, out) {
      for (let i = 0; i < nodes.length; i++) out[i] = fits(pod, nodes[i]);
    },
    columnFilter: 'NodeResourcesFit',
    filterIndexed(_s, pod, cols, idx, count, reject) {
      const q = pod.req, scalars = pod.scalarNames.length > 0;
      let w = 0;
      for (let k = 0; k < count; k++) {
        const i = idx[k];
        // fitsRequest on the columns; a pod with extended resources takes the full check on the NodeInfo.
        if (scalars) {
          const st = fits(pod, cols.nodes[i]);
          if (st === SUCCESS) idx[w++] = i;
          else reject(i, st);
          continue;
        }
        const bits = fitRowBits(q, cols, i);
        if (bits === 0) idx[w++] = i;
        else reject(i, fitVerdict(bits));
      }
      return w;
    },
    score(_s, pod, node) {
      if (fast) {
        const a = node.allocatable;
        return fastScore(a.cpu, a.memory, node.nonZeroCpu + pod.nonZeroCpu, node.nonZeroMemory + pod.nonZeroMemory);
      }
      const fold: Fold = { total: 0, weightSum: 0 };
      for (const r of resources) {
        const [req, cap] = requestedAndAllocatable(pod, node, r.name);
        if (cap === 0) continue;
        addScore(fold, scorer(req, cap), r.weight, rtcr);
      }
      return mean(fold, rtcr);
    },
    scoreNodes(s, pod, nodes, out) {
      for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
    },
    scoreIndexed(s, pod, cols, idx, count, out) {
      if (!fast) { for (let k = 0; k < count; k++) out[k] = this.score(s, pod, cols.nodes[idx[k]]); return; }
      // `score`'s default cpu+memory case on the columns.
      const { allocCpu, allocMemory, nonZeroCpu, nonZeroMemory } = cols;
      for (let k = 0; k < count; k++) {
        const i = idx[k];
        const cpu = nonZeroCpu[i] + pod.nonZeroCpu, memory = nonZeroMemory[i] + pod.nonZeroMemory;
        out[k] = fastScore(allocCpu[i], allocMemory[i], cpu, memory);
      }
    },
  };
}
