import type { NodeInfo, PodInfo, ScorePlugin } from '../framework.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';

function fraction(requested: number, allocatable: number): number {
  if (allocatable === 0) return -1;
  return Math.min(requested / allocatable, 1);
}

/**
 * noderesources/balanced_allocation.go balancedResourceScorer: 1 minus the standard deviation of
 * the requested fractions of cpu and memory (pod included, capped at 1), times 100, truncated.
 * With two resources the deviation is |cpu - memory| / 2. Uses the pod's real requests, not
 * the scoring defaults.
 */
export function balancedScore(pod: PodInfo, node: NodeInfo): number {
  const c = fraction(node.requested.cpu + pod.req.cpu, node.allocatable.cpu);
  const m = fraction(node.requested.memory + pod.req.memory, node.allocatable.memory);
  // With cpu and memory the standard deviation is |c - m| / 2; with one resource it is 0.
  const std = c >= 0 && m >= 0 ? Math.abs(c - m) / 2 : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export const balancedAllocation = {
  name: names.NodeResourcesBalancedAllocation,
  events: ['NodeAdd', 'AssignedPodDelete'],
  score(_s, pod, node) {
    return balancedScore(pod, node);
  },
} satisfies ScorePlugin;
