import type { NodeInfo, PodInfo, PreScorePlugin, ScorePlugin } from '../framework.js';
import { SKIP, SUCCESS } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';

/**
 * noderesources/balanced_allocation.go balancedResourceScorer: 1 minus the standard deviation of
 * the requested fractions of cpu and memory (pod included, capped at 1), times 100, truncated.
 * With two resources the deviation is |cpu - memory| / 2. Uses the pod's real requests, not
 * the scoring defaults.
 */
export function balancedScore(pod: PodInfo, node: NodeInfo): number {
  const ac = node.allocatable.cpu, am = node.allocatable.memory;
  const c = ac === 0 ? -1 : Math.min((node.requested.cpu + pod.req.cpu) / ac, 1);
  const m = am === 0 ? -1 : Math.min((node.requested.memory + pod.req.memory) / am, 1);
  // With cpu and memory the standard deviation is |c - m| / 2; with one resource it is 0.
  const std = c >= 0 && m >= 0 ? Math.abs(c - m) / 2 : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** balancedScore from raw numbers (the columns' form); same arithmetic. */
function balancedScoreOf(ac: number, am: number, reqCpu: number, reqMemory: number): number {
  const c = ac === 0 ? -1 : Math.min(reqCpu / ac, 1);
  const m = am === 0 ? -1 : Math.min(reqMemory / am, 1);
  const std = c >= 0 && m >= 0 ? Math.abs(c - m) / 2 : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/**
 * PreScore skips best-effort pods (no cpu or memory request): balanced_allocation.go, "to prevent
 * a large number of pods from being scheduled to the same node" (kubernetes#129138).
 */
export const balancedAllocation = {
  name: names.NodeResourcesBalancedAllocation,
  events: ['NodeAdd', 'AssignedPodDelete'],
  preScore(_s, pod) {
    return pod.req.cpu === 0 && pod.req.memory === 0 ? SKIP : SUCCESS;
  },
  score(_s, pod, node) {
    return balancedScore(pod, node);
  },
  scoreNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
  },
  scoreIndexed(_s, pod, cols, idx, count, out) {
    const { allocCpu, allocMemory, reqCpu, reqMemory } = cols;
    const pc = pod.req.cpu, pm = pod.req.memory;
    for (let k = 0; k < count; k++) { const i = idx[k]; out[k] =
      balancedScoreOf(allocCpu[i], allocMemory[i], reqCpu[i] + pc, reqMemory[i] + pm); }
  },
} satisfies PreScorePlugin & ScorePlugin;
