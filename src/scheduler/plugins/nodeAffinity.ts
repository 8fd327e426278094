import type { NodeSelectorTerm } from '../../api/types.js';
import type { FilterPlugin, NodeInfo, PodInfo, ScorePlugin } from '../framework.js';
import { matchRequirement } from '../labels.js';
import { SUCCESS, unresolvable } from '../status.js';
import { defaultNormalizeScore, MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';

/** nodeaffinity/node_affinity.go ErrReasonPod. */
export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";

/**
 * A node selector term: every matchExpression on labels and every matchField (only
 * metadata.name is supported, as in kube-scheduler) must hold. A term with neither matches nothing.
 */
export function termMatchesNode(t: NodeSelectorTerm, node: NodeInfo): boolean {
  const exprs = t.matchExpressions ?? [], fields = t.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  for (const r of exprs) if (!matchRequirement(r, node.labels)) return false;
  for (const r of fields) {
    if (r.key !== 'metadata.name') return false;
    if (!matchRequirement(r, { 'metadata.name': node.name })) return false;
  }
  return true;
}

/** nodeSelector and required node affinity (terms ORed): component-helpers GetRequiredNodeAffinity. */
export function requiredNodeAffinityMatches(pod: PodInfo, node: NodeInfo): boolean {
  const sel = pod.pod.spec.nodeSelector;
  if (sel) for (const k in sel) if (node.labels[k] !== sel[k]) return false;
  const req = pod.pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req) return req.nodeSelectorTerms.some((t) => termMatchesNode(t, node));
  return true;
}

/**
 * Filter: nodeSelector and requiredDuringScheduling terms (UnschedulableAndUnresolvable).
 * Score: the sum of the weights of the preferred terms the node matches, normalised by the max.
 */
export const nodeAffinity = {
  name: names.NodeAffinity,
  events: ['NodeAdd', 'NodeUpdate'],
  filter(_s, pod, node) {
    return requiredNodeAffinityMatches(pod, node) ? SUCCESS : unresolvable(names.NodeAffinity, ERR_REASON_NODE_AFFINITY);
  },
  score(_s, pod, node) {
    let sum = 0;
    for (const p of pod.pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
      if (p.weight !== 0 && termMatchesNode(p.preference, node)) sum += p.weight;
    }
    return sum;
  },
  normalizeScore(_s, _pod, scores) {
    defaultNormalizeScore(MAX_NODE_SCORE, false, scores);
  },
  scoreNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
  },
  filterNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.filter(s, pod, nodes[i]);
  },
} satisfies FilterPlugin & ScorePlugin;
