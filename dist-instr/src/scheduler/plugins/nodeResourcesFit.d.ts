import type { FilterPlugin, NodeInfo, PodInfo, ScorePlugin } from '../framework.js';
import { type Status } from '../status.js';
/** noderesources/fit.go: the "Too many pods" reason. */
export declare const ERR_REASON_TOO_MANY_PODS = "Too many pods";
/** config.MaxCustomPriorityScore: RequestedToCapacityRatio shape scores run 0..10. */
export declare const MAX_CUSTOM_PRIORITY_SCORE = 10;
export type ScoringStrategyType = 'LeastAllocated' | 'MostAllocated' | 'RequestedToCapacityRatio';
export interface ResourceSpec {
    readonly name: string;
    readonly weight: number;
}
export interface UtilizationShapePoint {
    readonly utilization: number;
    readonly score: number;
}
export interface NodeResourcesFitArgs {
    readonly ignoredResources?: readonly string[];
    readonly ignoredResourceGroups?: readonly string[];
    readonly scoringStrategy?: {
        readonly type?: ScoringStrategyType;
        readonly resources?: readonly ResourceSpec[];
        readonly requestedToCapacityRatio?: {
            readonly shape: readonly UtilizationShapePoint[];
        };
    };
}
/** apis/config/v1/defaults.go: defaultResourceSpec, cpu and memory with weight 1. */
export declare const DEFAULT_RESOURCE_SPEC: readonly ResourceSpec[];
/**
 * Fit filter (noderesources/fit.go fitsRequest): the pod count, then cpu, memory,
 * ephemeral-storage and extended resources. Every shortfall is one reason (`Insufficient cpu`).
 * A request larger than the node's whole allocatable cannot be fixed by preemption, so it makes
 * the status UnschedulableAndUnresolvable.
 */
export declare function fitsRequest(pod: PodInfo, node: NodeInfo, ignored?: (name: string) => boolean): Status;
/** least_allocated.go leastRequestedScore: (capacity - requested) * 100 / capacity, 0 when over. */
export declare const leastRequestedScore: (requested: number, capacity: number) => number;
/** most_allocated.go mostRequestedScore: requested * 100 / capacity, capped at 100. */
export declare const mostRequestedScore: (requested: number, capacity: number) => number;
/**
 * requested_to_capacity_ratio.go requestedToCapacityRatioScorer: the shape's 0..10 scores scaled to
 * 0..100 (times MaxNodeScore / MaxCustomPriorityScore), then helper.BuildBrokenLinearFunction:
 * piecewise linear with Go's truncating integer division.
 */
export declare function brokenLinear(shape: readonly UtilizationShapePoint[]): (p: number) => number;
/**
 * buildRequestedToCapacityRatioScorerFunction's per-resource score: a request above capacity
 * scores as full utilisation (100); otherwise the utilisation is requested * 100 / capacity,
 * truncated.
 */
export declare function requestedToCapacityRatioScore(shape: readonly UtilizationShapePoint[]): (req: number, cap: number) => number;
/** component-helpers IsExtendedResourceName: a domain-prefixed name outside kubernetes.io, not `requests.*`. */
export declare const isExtendedResourceName: (name: string) => boolean;
/**
 * fit.go fitsRequest's ignoredExtendedResources / ignoredResourceGroups: extended resources the Fit
 * filter does not check, by full name or by the part before the '/'. Undefined when none are set.
 */
export declare function ignoredResourcesOf(args: NodeResourcesFitArgs): ((name: string) => boolean) | undefined;
/**
 * NodeResourcesFit with its scoring strategy (default LeastAllocated over cpu and memory, weight
 * 1 each). Scores use the non-zero requests; resources the node lacks (allocatable 0) and
 * extended resources the pod does not request are skipped (least_allocated.go, most_allocated.go,
 * requested_to_capacity_ratio.go: `if allocable[i] == 0 { continue }`).
 */
export declare function nodeResourcesFit(rawArgs?: unknown): FilterPlugin & ScorePlugin;
