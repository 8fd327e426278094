import type { NodeInfo, PodInfo, PreScorePlugin, ScorePlugin } from '../framework.js';
import { type ResourceSpec } from './nodeResourcesFit.js';
/** NodeResourcesBalancedAllocationArgs (apis/config/v1 defaults.go: cpu and memory, weight 1). */
export interface BalancedAllocationArgs {
    readonly resources?: readonly ResourceSpec[];
}
/**
 * noderesources/balanced_allocation.go balancedResourceScorer: 1 minus the standard deviation of
 * the requested fractions (pod included, each capped at 1) of the resources the node has, times
 * 100, truncated. Two fractions: |a - b| / 2; more: the population standard deviation; one: 0.
 * BalancedAllocation reads the real requests (useRequested), never the 100m/200Mi scoring defaults.
 */
export declare function balancedScoreOfFractions(fractions: readonly number[]): number;
export declare function balancedScore(pod: PodInfo, node: NodeInfo): number;
/**
 * PreScore skips a pod that requests none of the listed resources (balanced_allocation.go
 * isBestEffortPod, "to prevent a large number of pods from being scheduled to the same node",
 * kubernetes#129138).
 */
export declare function balancedAllocationPlugin(rawArgs?: unknown): PreScorePlugin & ScorePlugin;
/** The plugin with its default args (cpu and memory). */
export declare const balancedAllocation: PreScorePlugin & ScorePlugin;
/** validation_pluginargs.go ValidateNodeResourcesBalancedAllocationArgs: names unique, each weight 1. */
export declare function validateBalancedAllocationArgs(args: unknown): string[];
