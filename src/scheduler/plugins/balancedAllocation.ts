import type { NodeInfo, PodInfo, PreScorePlugin, ScorePlugin } from '../framework.js';
import { SKIP, SUCCESS } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';
import { DEFAULT_RESOURCE_SPEC, type ResourceSpec } from './nodeResourcesFit.js';

/** NodeResourcesBalancedAllocationArgs (apis/config/v1 defaults.go: cpu and memory, weight 1). */
export interface BalancedAllocationArgs { readonly resources?: readonly ResourceSpec[] }

/**
 * noderesources/balanced_allocation.go balancedResourceScorer: 1 minus the standard deviation of
 * the requested fractions (pod included, each capped at 1) of the resources the node has, times
 * 100, truncated. Two fractions: |a - b| / 2; more: the population standard deviation; one: 0.
 * BalancedAllocation reads the real requests (useRequested), never the 100m/200Mi scoring defaults.
 */
export function balancedScoreOfFractions(fractions: readonly number[]): number {
  let std = 0;
  if (fractions.length === 2) std = Math.abs(fractions[0] - fractions[1]) / 2;
  else if (fractions.length > 2) {
    const m = fractions.reduce((a, b) => a + b, 0) / fractions.length;
    std = Math.sqrt(fractions.reduce((a, f) => a + (f - m) * (f - m), 0) / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** The cpu+memory case (the default args) from raw numbers: the columns' form; same arithmetic. */
export function balancedScoreOf(ac: number, am: number, reqCpu: number, reqMemory: number): number {
  const c = ac === 0 ? -1 : Math.min(reqCpu / ac, 1);
  const m = am === 0 ? -1 : Math.min(reqMemory / am, 1);
  const std = c >= 0 && m >= 0 ? Math.abs(c - m) / 2 : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export function balancedScore(pod: PodInfo, node: NodeInfo): number {
  return balancedScoreOf(node.allocatable.cpu, node.allocatable.memory, node.requested.cpu + pod.req.cpu,
    node.requested.memory + pod.req.memory);
}

/** The pod's real request of one resource (resource_allocation.go calculatePodResourceRequest, useRequested). */
function podRequestOf(pod: PodInfo, resource: string): number {
  switch (resource) {
    case 'cpu': return pod.req.cpu;
    case 'memory': return pod.req.memory;
    case 'ephemeral-storage': return pod.req.ephemeralStorage;
    default: return pod.req.scalar[resource] ?? 0;
  }
}

/**
 * The fractions of the listed resources (calculateResourceAllocatableRequest with useRequested):
 * a resource the node lacks is left out, and so is an extended resource the pod does not request.
 */
function fractionsOf(pod: PodInfo, node: NodeInfo, resources: readonly ResourceSpec[]): number[] {
  const out: number[] = [];
  for (const { name } of resources) {
    const p = podRequestOf(pod, name);
    let req: number, alloc: number;
    switch (name) {
      case 'cpu': req = node.requested.cpu + p; alloc = node.allocatable.cpu; break;
      case 'memory': req = node.requested.memory + p; alloc = node.allocatable.memory; break;
      case 'ephemeral-storage':
        req = node.requested.ephemeralStorage + p; alloc = node.allocatable.ephemeralStorage; break;
      default:
        if (p === 0) continue;
        req = (node.requested.scalar[name] ?? 0) + p; alloc = node.allocatable.scalar[name] ?? 0;
    }
    if (alloc === 0) continue;
    out.push(Math.min(req / alloc, 1));
  }
  return out;
}

/**
 * PreScore skips a pod that requests none of the listed resources (balanced_allocation.go
 * isBestEffortPod, "to prevent a large number of pods from being scheduled to the same node",
 * kubernetes#129138).
 */
export function balancedAllocationPlugin(rawArgs?: unknown): PreScorePlugin & ScorePlugin {
  const listed = (rawArgs as BalancedAllocationArgs | undefined)?.resources;
  const resources = listed?.length ? listed : DEFAULT_RESOURCE_SPEC;
  const fast = resources === DEFAULT_RESOURCE_SPEC;
  return {
    name: names.NodeResourcesBalancedAllocation,
    events: ['NodeAdd', 'AssignedPodDelete'],
    ...(fast ? { columnScore: 'BalancedAllocation' } as const : {}),
    preScore(_s, pod) {
      for (let i = 0; i < resources.length; i++) if (podRequestOf(pod, resources[i].name) !== 0) return SUCCESS;
      return SKIP;
    },
    score(_s, pod, node) {
      return fast ? balancedScore(pod, node) : balancedScoreOfFractions(fractionsOf(pod, node, resources));
    },
    scoreNodes(s, pod, nodes, out) {
      for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
    },
    scoreIndexed(s, pod, cols, idx, count, out) {
      if (!fast) { for (let k = 0; k < count; k++) out[k] = this.score(s, pod, cols.nodes[idx[k]]); return; }
      const { allocCpu, allocMemory, reqCpu, reqMemory } = cols;
      const pc = pod.req.cpu, pm = pod.req.memory;
      for (let k = 0; k < count; k++) {
        const i = idx[k];
        out[k] = balancedScoreOf(allocCpu[i], allocMemory[i], reqCpu[i] + pc, reqMemory[i] + pm);
      }
    },
  };
}

/** The plugin with its default args (cpu and memory). */
export const balancedAllocation = balancedAllocationPlugin();

/** validation_pluginargs.go ValidateNodeResourcesBalancedAllocationArgs: names unique, each weight 1. */
export function validateBalancedAllocationArgs(args: unknown): string[] {
  if (args === undefined || args === null) return [];
  if (typeof args !== 'object' || Array.isArray(args)) return ['args: must be an object'];
  const rs = (args as BalancedAllocationArgs).resources;
  if (rs === undefined) return [];
  if (!Array.isArray(rs)) return ['resources: must be a list'];
  const errs: string[] = [], seen = new Set<string>();
  rs.forEach((r: ResourceSpec, i) => {
    if (typeof r?.name !== 'string' || !r.name) errs.push(`resources[${i}].name: Required value`);
    else if (seen.has(r.name)) errs.push(`resources[${i}].name: Duplicate value: ${JSON.stringify(r.name)}`);
    else seen.add(r.name);
    // SetDefaults_NodeResourcesBalancedAllocationArgs gives an unset weight 1.
    if (r?.weight !== undefined && r.weight !== 1) {
      errs.push(`resources[${i}].weight: Invalid value: ${r.weight}: must be 1`);
    }
  });
  return errs;
}
