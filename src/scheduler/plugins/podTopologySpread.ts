import type { LabelSelector, TopologySpreadConstraint } from '../../api/types.js';
import { stateKey } from '../cycleState.js';
import type { FilterPlugin, NodeInfo, PodInfo, PreFilterPlugin, PreScorePlugin, ScorePlugin,
  Snapshot } from '../framework.js';
import { compileSelector, selectorAnchors, type Matcher } from '../../api/labelSelector.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../status.js';
import { findUntoleratedTaint, MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';
import { requiredNodeAffinityMatches } from './nodeAffinity.js';
import { defaultSelector } from './defaultSelector.js';

/** podtopologyspread/filtering.go ErrReasonConstraintsNotMatch / ErrReasonNodeLabelNotMatch. */
export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';

/**
 * apis/config/v1/defaults.go systemDefaultConstraints: used for scoring when a pod has no
 * constraints of its own, with a selector built from the pod's owners.
 */
export const SYSTEM_DEFAULT_CONSTRAINTS: readonly { topologyKey: string; maxSkew: number }[] = [
  { topologyKey: LABEL_HOSTNAME, maxSkew: 3 },
  { topologyKey: LABEL_ZONE, maxSkew: 5 },
];

interface Constraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly selector: Matcher;
  /** The selector as text: equal selectors share Snapshot.spreadCounts' view. */
  readonly key: string;
  /** Label pairs every matching pod carries (matchLabels, and In with one value): Snapshot.spreadCounts' anchors. */
  readonly anchors: readonly (readonly [string, string])[];
  readonly selfMatch: number;
  readonly minDomains: number;
  readonly honorAffinity: boolean;
  readonly honorTaints: boolean;
}

function toConstraint(pod: PodInfo, c: TopologySpreadConstraint): Constraint {
  let sel: LabelSelector | undefined = c.labelSelector;
  if (c.matchLabelKeys?.length && sel) {
    const labels = pod.pod.metadata.labels ?? {};
    const extra = c.matchLabelKeys.filter((k) => k in labels).map((k) =>
      ({ key: k, operator: 'In' as const, values: [labels[k]] }));
    sel = { ...sel, matchExpressions: [...(sel.matchExpressions ?? []), ...extra] };
  }
  const selector = compileSelector(sel);
  return {
    maxSkew: c.maxSkew, topologyKey: c.topologyKey, selector, key: JSON.stringify(sel ?? null),
      anchors: selectorAnchors(sel),
      selfMatch: selector(pod.pod.metadata.labels) ? 1 : 0,
    minDomains: c.minDomains ?? 1, honorAffinity: (c.nodeAffinityPolicy ?? 'Honor') === 'Honor',
      honorTaints: c.nodeTaintsPolicy === 'Honor',
  };
}

const countMatching = (node: NodeInfo, c: Constraint, ns: string): number => {
  let n = 0;
  const pods = node.pods;
  for (let i = 0; i < pods.length; i++) {
    const p = pods[i];
    if (p.namespace === ns && !p.terminating && c.selector(p.pod.metadata.labels)) n++;
  }
  return n;
};
/**
 * What countMatching would count on each node, for the nodes that have any: read from the
 * snapshot's incrementally kept counts (Snapshot.spreadCounts), so one attempt costs the nodes
 * that hold matching pods, not the matching pods themselves. Undefined when the snapshot keeps
 * no counts or the selector has no anchor; the callers then walk the nodes.
 */
function matchingCounts(snapshot: Snapshot, c: Constraint, ns: string): [NodeInfo, number][] | undefined {
  if (!snapshot.spreadCounts || c.anchors.length === 0) return undefined;
  const out: [NodeInfo, number][] = [];
  for (const [name, n] of snapshot.spreadCounts(ns, c.key, c.selector, c.anchors)) {
    const node = snapshot.get(name);
    if (node) out.push([node, n]);
  }
  return out;
}

const hasAllKeys = (node: NodeInfo, cs: readonly Constraint[]): boolean => {
  for (let i = 0; i < cs.length; i++) if (node.labels[cs[i].topologyKey] === undefined) return false;
  return true;
};
const isNoScheduleOrNoExecute = (t: { effect: string }) => t.effect === 'NoSchedule' || t.effect === 'NoExecute';
function eligible(pod: PodInfo, node: NodeInfo, c: Constraint): boolean {
  if (c.honorAffinity && !requiredNodeAffinityMatches(pod, node)) return false;
  if (c.honorTaints && findUntoleratedTaint(node.taints, pod.pod.spec.tolerations ?? [],
    isNoScheduleOrNoExecute)) return false;
  return true;
}

interface PreFilterState { readonly constraints: readonly Constraint[]; readonly counts: Map<string, number>[];
  readonly min: number[] }
interface PreScoreState { readonly constraints: readonly Constraint[]; readonly counts: Map<string, number>[];
  /** Per hostname constraint read from the index: matching pods per node name. */
  readonly onNode: readonly (Map<string, number> | undefined)[];
  readonly weights: number[]; readonly ignored: Set<string> }
const preFilterKey = stateKey<PreFilterState>('PreFilterPodTopologySpread');
const preScoreKey = stateKey<PreScoreState>('PreScorePodTopologySpread');

/**
 * PodTopologySpread: Filter enforces maxSkew of DoNotSchedule constraints (skew = matching pods
 * in the node's domain + self match - the global minimum, the minimum is 0 while fewer than
 * minDomains domains exist); Score prefers domains with fewer matching pods for ScheduleAnyway
 * constraints (or the system defaults), each weighted by log(domains + 2).
 */
export const podTopologySpread = {
  name: names.PodTopologySpread,
  events: ['NodeAdd', 'NodeUpdate', 'AssignedPodAdd', 'AssignedPodDelete', 'AssignedPodUpdate'],
  preFilter(s, pod, snapshot) {
    if (!pod.pod.spec.topologySpreadConstraints?.length) return SKIP;
    const constraints = pod.pod.spec.topologySpreadConstraints.filter((c) =>
      c.whenUnsatisfiable === 'DoNotSchedule').map((c) => toConstraint(pod, c));
    if (constraints.length === 0) return SKIP;
    const counts = constraints.map(() => new Map<string, number>());
    const indexed = constraints.map((c) => matchingCounts(snapshot, c, pod.namespace));
    const nodes = snapshot.nodes;
    for (let ni = 0; ni < nodes.length; ni++) {
      const node = nodes[ni];
      if (!hasAllKeys(node, constraints)) continue;
      for (let i = 0; i < constraints.length; i++) {
        const c = constraints[i];
        if (!eligible(pod, node, c)) continue;
        const v = node.labels[c.topologyKey];
        counts[i].set(v, (counts[i].get(v) ?? 0)
          + (node.pods.length && !indexed[i] ? countMatching(node, c, pod.namespace) : 0));
      }
    }
    // The same sums from the kept counts: each node's matching pods count in its domain.
    indexed.forEach((found, i) => {
      for (const [node, n] of found ?? []) {
        const v = node.labels[constraints[i].topologyKey];
        if (hasAllKeys(node, constraints) && eligible(pod, node, constraints[i])) counts[i].set(v,
          counts[i].get(v)! + n);
      }
    });
    const min = constraints.map((c, i) => {
      if (counts[i].size < c.minDomains) return 0;
      let m = Infinity;
      for (const v of counts[i].values()) if (v < m) m = v;
      return m === Infinity ? 0 : m;
    });
    s.write(preFilterKey, { constraints, counts, min });
    return SUCCESS;
  },
  filter(s, pod, node) {
    const st = s.read(preFilterKey);
    if (!st) return SUCCESS;
    for (let i = 0; i < st.constraints.length; i++) {
      const c = st.constraints[i];
      const v = node.labels[c.topologyKey];
      if (v === undefined) return unresolvable(names.PodTopologySpread, ERR_REASON_NODE_LABEL_NOT_MATCH);
      const skew = (st.counts[i].get(v) ?? 0) + c.selfMatch - st.min[i];
      if (skew > c.maxSkew) return unschedulable(names.PodTopologySpread, ERR_REASON_CONSTRAINTS_NOT_MATCH);
    }
    void pod;
    return SUCCESS;
  },
  preScore(s, pod, snapshot, nodes) {
    const own = pod.pod.spec.topologySpreadConstraints ?? [];
    let constraints: Constraint[];
    if (own.length) constraints = own.filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway').map((c) =>
      toConstraint(pod, c));
    else {
      const sel = defaultSelector(pod, snapshot);
      constraints = sel ? SYSTEM_DEFAULT_CONSTRAINTS.map((d) =>
        toConstraint(pod, { ...d, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: sel })) : [];
    }
    if (constraints.length === 0) return SKIP;
    const ignored = new Set<string>();
    const counts = constraints.map(() => new Map<string, number>());
    const sizes = constraints.map(() => 0);
    for (const n of nodes) {
      if (!hasAllKeys(n, constraints)) { ignored.add(n.name); continue; }
      constraints.forEach((c, i) => {
        if (c.topologyKey === LABEL_HOSTNAME) { sizes[i]++; return; }
        if (!counts[i].has(n.labels[c.topologyKey])) { counts[i].set(n.labels[c.topologyKey], 0); sizes[i]++; }
      });
    }
    const indexed = constraints.map((c) => matchingCounts(snapshot, c, pod.namespace));
    // Hostname constraints score each node's own count: from the kept counts, per node name.
    const onNode = indexed.map((found, i) => {
      if (!found || constraints[i].topologyKey !== LABEL_HOSTNAME) return undefined;
      const m = new Map<string, number>();
      for (const [node, n] of found) m.set(node.name, n);
      return m;
    });
    const walk = constraints.some((c, i) => c.topologyKey !== LABEL_HOSTNAME && !indexed[i]);
    for (const n of walk ? snapshot.nodes : []) {
      if (!hasAllKeys(n, constraints)) continue;
      constraints.forEach((c, i) => {
        if (c.topologyKey === LABEL_HOSTNAME || indexed[i] || !eligible(pod, n, c)) return;
        const v = n.labels[c.topologyKey];
        if (counts[i].has(v)) counts[i].set(v, counts[i].get(v)! + countMatching(n, c, pod.namespace));
      });
    }
    indexed.forEach((found, i) => {
      const c = constraints[i];
      if (c.topologyKey === LABEL_HOSTNAME) return;
      for (const [node, n] of found ?? []) {
        const v = node.labels[c.topologyKey];
        if (counts[i].has(v) && hasAllKeys(node, constraints) && eligible(pod, node, c)) counts[i].set(v,
          counts[i].get(v)! + n);
      }
    });
    s.write(preScoreKey, { constraints, counts, onNode, weights: sizes.map((z) => Math.log(z + 2)), ignored });
    return SUCCESS;
  },
  score(s, pod, node) {
    const st = s.read(preScoreKey);
    if (!st || st.ignored.has(node.name)) return 0;
    let score = 0;
    st.constraints.forEach((c, i) => {
      const on = st.onNode[i];
      const cnt = c.topologyKey === LABEL_HOSTNAME ? on ? on.get(node.name) ?? 0 : countMatching(node, c, pod.namespace)
        : st.counts[i].get(node.labels[c.topologyKey]) ?? 0;
      score += cnt * st.weights[i] + (c.maxSkew - 1); // scoreForCount
    });
    return Math.round(score);
  },
  normalizeScore(s, _pod, scores, nodes) {
    const st = s.read(preScoreKey);
    if (!st) return;
    let min = Infinity, max = 0;
    nodes.forEach((n, i) => {
      if (st.ignored.has(n.name)) return;
      if (scores[i] < min) min = scores[i];
      if (scores[i] > max) max = scores[i];
    });
    nodes.forEach((n, i) => {
      if (st.ignored.has(n.name)) scores[i] = 0;
      else if (max === 0) scores[i] = MAX_NODE_SCORE;
      else scores[i] = Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
    });
  },
  filterNodes(s, pod, nodes, out) {
    for (let i = 0; i < nodes.length; i++) out[i] = this.filter(s, pod, nodes[i]);
  },
} satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin;
