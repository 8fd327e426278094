import { stateKey } from '../cycleState.js';
import type { AffinityTerm, FilterPlugin, NodeInfo, PodInfo, PreFilterPlugin, PreScorePlugin, ScorePlugin,
  Snapshot } from '../framework.js';
import { termMatches } from '../podInfo.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';
import { getObject } from '../../reducers/state.js';

/** interpodaffinity/filtering.go reasons. */
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
export const ERR_REASON_AFFINITY_RULES = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY_RULES = "node(s) didn't match pod anti-affinity rules";
/** apis/config/v1/defaults.go: InterPodAffinityArgs.HardPodAffinityWeight default 1. */
export const HARD_POD_AFFINITY_WEIGHT = 1;

/** Topology pair counts: topology key -> label value -> count (no string building in the filter loop). */
type PairCounts = Map<string, Map<string, number>>;
const bump = (m: PairCounts, node: NodeInfo, key: string, by: number) => {
  const v = node.labels[key];
  if (v === undefined) return;
  let inner = m.get(key);
  if (!inner) m.set(key, (inner = new Map()));
  inner.set(v, (inner.get(v) ?? 0) + by);
};
const countOf = (m: PairCounts, key: string, v: string | undefined): number =>
  (v === undefined ? 0 : m.get(key)?.get(v) ?? 0);

interface PreFilterState { existingAnti: PairCounts; affinity: PairCounts[]; anti: PairCounts[];
  selfMatchesAll: boolean }
const preFilterKey = stateKey<PreFilterState>('PreFilterInterPodAffinity');
const preScoreKey = stateKey<PairCounts>('PreScoreInterPodAffinity');

function nsLabelsOf(snapshot: Snapshot): (ns: string) => Readonly<Record<string, string>> | undefined {
  return (ns) => getObject(snapshot.state, 'namespaces', ns)?.metadata.labels;
}

/**
 * InterPodAffinity. Filter, in kube-scheduler's order: the pod's required affinity (every term
 * must find a matching pod in the node's domain, unless no pod anywhere matches and the pod
 * matches its own terms), its required anti-affinity, then existing pods' required
 * anti-affinity against it. Score: preferred terms both ways (+/- weight), plus existing pods'
 * required affinity at hardPodAffinityWeight, normalised by (s - min) / (max - min).
 */
export const interPodAffinity = {
  name: names.InterPodAffinity,
  events: ['NodeAdd', 'NodeUpdate', 'AssignedPodAdd', 'AssignedPodDelete', 'AssignedPodUpdate'],
  preFilter(s, pod, snapshot) {
    const own = pod.requiredAffinity.length + pod.requiredAntiAffinity.length > 0;
    // Checked before anything is allocated: most pods of a large pass have nothing to filter on.
    if (!own && snapshot.podsWithRequiredAntiAffinityCount === 0) return SKIP;
    const nsl = nsLabelsOf(snapshot);
    const existingAnti: PairCounts = new Map();
    const affinity: PairCounts[] = pod.requiredAffinity.map(() => new Map());
    const anti: PairCounts[] = pod.requiredAntiAffinity.map(() => new Map());
    for (const node of snapshot.nodes) {
      for (const ex of node.podsWithRequiredAntiAffinity) {
        for (const t of ex.requiredAntiAffinity) if (termMatches(t, pod, nsl)) bump(existingAnti, node, t.topologyKey,
          1);
      }
      if (!own) continue;
      for (const ex of node.pods) {
        pod.requiredAffinity.forEach((t, i) => { if (termMatches(t, ex, nsl)) bump(affinity[i], node, t.topologyKey,
          1); });
        pod.requiredAntiAffinity.forEach((t, i) => { if (termMatches(t, ex, nsl)) bump(anti[i], node, t.topologyKey,
          1); });
      }
    }
    if (!own && existingAnti.size === 0) return SKIP;
    const selfMatchesAll = pod.requiredAffinity.every((t) => termMatches(t, pod, nsl));
    s.write(preFilterKey, { existingAnti, affinity, anti, selfMatchesAll });
    return SUCCESS;
  },
  filter(s, pod, node) {
    const st = s.read(preFilterKey);
    if (!st) return SUCCESS;
    if (!satisfiesAffinity(pod.requiredAffinity, st, node)) return unresolvable(names.InterPodAffinity,
      ERR_REASON_AFFINITY_RULES);
    for (let i = 0; i < pod.requiredAntiAffinity.length; i++) {
      const t = pod.requiredAntiAffinity[i];
      const v = node.labels[t.topologyKey];
      if (v !== undefined && countOf(st.anti[i], t.topologyKey, v) > 0) return unschedulable(names.InterPodAffinity,
        ERR_REASON_ANTI_AFFINITY_RULES);
    }
    if (st.existingAnti.size > 0) {
      for (const [k, values] of st.existingAnti) if ((values.get(node.labels[k]) ?? 0) > 0) return unschedulable(
        names.InterPodAffinity, ERR_REASON_EXISTING_ANTI_AFFINITY);
    }
    return SUCCESS;
  },
  preScore(s, pod, snapshot) {
    const hasPreferred = pod.preferredAffinity.length + pod.preferredAntiAffinity.length > 0;
    if (!hasPreferred && snapshot.podsWithAffinityCount === 0) return SKIP;
    const nsl = nsLabelsOf(snapshot);
    const scores: PairCounts = new Map();
    for (const node of snapshot.nodes) {
      const pods = hasPreferred ? node.pods : node.podsWithAffinity;
      for (const ex of pods) {
        for (const t of pod.preferredAffinity) if (termMatches(t, ex, nsl)) bump(scores, node, t.topologyKey, t.weight);
        for (const t of pod.preferredAntiAffinity) if (termMatches(t, ex, nsl)) bump(scores, node, t.topologyKey,
          -t.weight);
        for (const t of ex.requiredAffinity) if (termMatches(t, pod, nsl)) bump(scores, node, t.topologyKey,
          HARD_POD_AFFINITY_WEIGHT);
        for (const t of ex.preferredAffinity) if (termMatches(t, pod, nsl)) bump(scores, node, t.topologyKey, t.weight);
        for (const t of ex.preferredAntiAffinity) if (termMatches(t, pod, nsl)) bump(scores, node, t.topologyKey,
          -t.weight);
      }
    }
    if (scores.size === 0) return SKIP;
    s.write(preScoreKey, scores);
    return SUCCESS;
  },
  score(s, _pod, node) {
    const st = s.read(preScoreKey);
    if (!st) return 0;
    let sum = 0;
    for (const [k, values] of st) { const v = node.labels[k]; if (v !== undefined) sum += values.get(v) ?? 0; }
    return sum;
  },
  normalizeScore(s, _pod, scores) {
    if (!s.read(preScoreKey)) return;
    let min = Infinity, max = -Infinity;
    for (const x of scores) { if (x < min) min = x; if (x > max) max = x; }
    const diff = max - min;
    for (let i = 0; i < scores.length; i++) scores[i] = diff > 0
      ? Math.trunc((MAX_NODE_SCORE * (scores[i] - min)) / diff) : 0;
  },
  filterNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.filter(s, pod, nodes[i]);
  },
} satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin;

function satisfiesAffinity(terms: readonly AffinityTerm[], st: PreFilterState, node: NodeInfo): boolean {
  if (terms.length === 0) return true;
  let all = true;
  for (let i = 0; i < terms.length; i++) {
    const v = node.labels[terms[i].topologyKey];
    if (v === undefined || countOf(st.affinity[i], terms[i].topologyKey, v) <= 0) { all = false; break; }
  }
  if (all) return true;
  // No pod anywhere matches the terms and the pod matches its own terms: the first pod of a group may go anywhere
  // the topology keys exist.
  const none = st.affinity.every((m) => m.size === 0);
  return none && st.selfMatchesAll && terms.every((t) => t.topologyKey in node.labels);
}
