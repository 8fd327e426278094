import type { Taint } from '../../api/types.js';
import { stateKey } from '../cycleState.js';
import type { FilterPlugin, PreFilterPlugin, ScorePlugin, PreScorePlugin } from '../framework.js';
import { SUCCESS, unresolvable } from '../status.js';
import { defaultNormalizeScore, findUntoleratedTaint, MAX_NODE_SCORE, skipWhenNoNode,
  toleratesTaint } from './helper.js';
import { names } from './names.js';
import type { Toleration } from '../../api/types.js';

const isNoScheduleOrNoExecute = (t: Taint): boolean => t.effect === 'NoSchedule' || t.effect === 'NoExecute';
const preScoreKey = stateKey<readonly Toleration[]>('PreScoreTaintToleration');

/**
 * tainttoleration/taint_toleration.go: Filter rejects a node with a NoSchedule or NoExecute taint
 * the pod does not tolerate (`node(s) had untolerated taint {key: value}`); Score counts the
 * PreferNoSchedule taints it does not tolerate, normalised in reverse (fewer is better).
 */
const NO_TOLERATIONS: readonly Toleration[] = Object.freeze([]);

export const taintToleration = {
  name: names.TaintToleration,
  events: ['NodeAdd', 'NodeTaintChange'],
  preFilter: skipWhenNoNode((snapshot) => snapshot.taintedNodeCount),
  filter(_s, pod, node) {
    if (node.taints.length === 0) return SUCCESS;
    const taint = findUntoleratedTaint(node.taints, pod.pod.spec.tolerations ?? [], isNoScheduleOrNoExecute);
    if (!taint) return SUCCESS;
    return unresolvable(names.TaintToleration, `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
  },
  preScore(s, pod, snapshot) {
    // getAllTolerationPreferNoSchedule: tolerations with an empty effect or PreferNoSchedule. Without a
    // tainted node no score reads them (score returns 0 for a node without taints).
    s.write(preScoreKey, snapshot.taintedNodeCount === 0 ? NO_TOLERATIONS
      : (pod.pod.spec.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule'));
    return SUCCESS;
  },
  score(s, pod, node) {
    if (node.taints.length === 0) return 0;
    const tols = s.read(preScoreKey) ?? (pod.pod.spec.tolerations ?? []).filter((t) => !t.effect
      || t.effect === 'PreferNoSchedule');
    let n = 0;
    for (const taint of node.taints) if (taint.effect === 'PreferNoSchedule'
      && !tols.some((t) => toleratesTaint(t, taint))) n++;
    return n;
  },
  // With no taint anywhere every raw score is 0, which normalizes to 100 on every node.
  scoresUniform(_s, _pod, snapshot) {
    return snapshot.taintedNodeCount === 0;
  },
  normalizeScore(_s, _pod, scores) {
    defaultNormalizeScore(MAX_NODE_SCORE, true, scores);
  },
  scoreNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
  },
  scoreIndexed(s, pod, cols, idx, count, out) {
    const taints = cols.taintCount;
    for (let k = 0; k < count; k++) { const i = idx[k]; out[k] = taints[i] === 0 ? 0
      : this.score(s, pod, cols.nodes[i]); }
  },
  filterNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.filter(s, pod, nodes[i]);
  },
} satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin;
