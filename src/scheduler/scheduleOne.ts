import { CycleState, preFilterNodesKey, randomIntKey } from './cycleState.js';
import type { FilterPlugin, NodeInfo, PodInfo, PostFilterResult, Profile, Snapshot } from './framework.js';
import { addPod, cloneNodeInfo } from './nodeInfo.js';
import { searchIndexed } from './searchIndexed.js';
import { fitErrorMessageCounted } from './plugins/defaultPreemption.js';
import { Attempt, type AttemptResult, type NodeExplanation } from './attemptResult.js';
import { Rejections } from './rejections.js';
import { isRejected, reasonsOf, SUCCESS, unresolvable, type Status } from './status.js';
import { numFeasibleNodesToFind } from './numFeasibleNodes.js';
import { scoreAndSelect } from './scorePhase.js';
import { Skips } from './skips.js';

/**
 * Buffers reused by every attempt (feasible nodes, filter chunks and statuses, rejections): a pass
 * of 10,000 pods over 500 nodes would otherwise allocate many short-lived arrays. Attempts never nest.
 */
const SCRATCH: { feasible: NodeInfo[]; chunk: NodeInfo[]; status: Status[]; rejected: Rejections;
  filters: FilterPlugin[]; skipFilter: Skips } = { feasible: [], chunk: [], status: [],
    rejected: new Rejections(), filters: [], skipFilter: new Skips() };

export type { AttemptResult, NodeExplanation } from './attemptResult.js';

export interface ScheduleContext {
  readonly snapshot: Snapshot;
  readonly profile: Profile;
  /** Uniform integer in [0, n): the scheduler's Rng (tie-breaks, preemption offset). */
  readonly randomInt: (n: number) => number;
  /** Where the next search starts (nextStartNodeIndex); updated by schedulePod. */
  startIndex: number;
  /** Pods nominated to nodes (after preemption): their requests are held for them. */
  readonly nominated: ReadonlyMap<string, ReadonlyMap<string, PodInfo>>;
  readonly explain: boolean;
  /**
   * Ties between the best nodes go to the lowest node name instead of a random draw: the ATC'23
   * artifact's selectHost (vendor/.../core/generic_scheduler.go, "for reproducibility"), which
   * its experiment protocol (src/inflation) reproduces. kube-scheduler draws.
   */
  readonly lowestNameWinsTies?: boolean;
}

function runFilters(filters: readonly FilterPlugin[], s: CycleState, pod: PodInfo, node: NodeInfo): Status {
  for (let i = 0; i < filters.length; i++) {
    const st = filters[i].filter(s, pod, node);
    if (st.code !== 'Success') return st;
  }
  return SUCCESS;
}

/** Filters with the node's nominated pods of equal or higher priority added (addNominatedPods). */
function filterWithNominated(ctx: ScheduleContext, filters: readonly FilterPlugin[], s: CycleState, pod: PodInfo,
  node: NodeInfo): Status {
  const nom = ctx.nominated.size === 0 ? undefined : ctx.nominated.get(node.name);
  if (nom && nom.size) {
    let clone: NodeInfo | undefined;
    for (const p of nom.values()) {
      if (p.uid === pod.uid || p.priority < pod.priority) continue;
      clone ??= cloneNodeInfo(node);
      addPod(clone, p);
    }
    if (clone) return runFilters(filters, s, pod, clone);
  }
  return runFilters(filters, s, pod, node);
}

/**
 * One scheduling attempt (schedule_one.go schedulePod): PreFilter, Filter over nodes from the
 * rotating start index until enough feasible nodes are found, then PreScore, Score,
 * NormalizeScore and weights, and selectHost. On failure, PostFilter (preemption) runs.
 *
 * Ties: selectHost walks the scored nodes in search order; each node tying the best so far
 * draws randomInt(count of ties) and replaces the selection on 0 (reservoir sampling, as
 * kube-scheduler does). One draw per tie, none without ties.
 */
export function schedulePod(ctx: ScheduleContext, pod: PodInfo): AttemptResult {
  const { snapshot, profile } = ctx;
  const nodes = snapshot.nodes;
  const s = new CycleState();
  s.write(randomIntKey, ctx.randomInt);
  const rejected = SCRATCH.rejected;
  const attempt = rejected.begin();
  const rejectors = new Set<string>();
  const skipFilter = SCRATCH.skipFilter;
  skipFilter.begin();
  if (nodes.length === 0) return result(attempt, { message: `0/0 nodes are available: .`, rejectors, evaluated: 0 });

  for (const p of profile.preFilter) {
    const st = p.preFilter(s, pod, snapshot);
    if (st.code === 'Skip') { skipFilter.add(p.name); continue; }
    if (st.code !== 'Success') {
      rejectors.add(p.name);
      for (const n of nodes) rejected.add(n, st);
      return fail(ctx, s, pod, attempt, rejectors, 0);
    }
  }

  // PreFilterResult: plugins may narrow the search to named nodes; the others count as
  // `node(s) didn't satisfy plugin(s) [..]` (UnschedulableAndUnresolvable) in the message.
  const narrowed = s.read(preFilterNodesKey);
  let search: readonly NodeInfo[] = nodes;
  let absent: Status | undefined;
  if (narrowed) {
    search = nodes.filter((n) => narrowed.names.has(n.name));
    absent = unresolvable(narrowed.plugins[0],
      `node(s) didn't satisfy plugin(s) [${[...new Set(narrowed.plugins)].sort().join(' ')}]`);
    for (const p of narrowed.plugins) rejectors.add(p);
  }
  const filters = skipFilter.size ? unskipped(profile.filter, skipFilter) : profile.filter;
  const feasible = SCRATCH.feasible;
  const explain: NodeExplanation[] | undefined = ctx.explain ? [] : undefined;
  // A pod nominated by an earlier preemption tries its nominated node first (evaluateNominatedNode).
  const nominatedName = pod.pod.status.nominatedNodeName;
  const nominatedNode = nominatedName ? snapshot.get(nominatedName) : undefined;
  let processed = 0;
  const nominatedFits = nominatedNode !== undefined && filterWithNominated(ctx, filters, s, pod,
    nominatedNode).code === 'Success';

  // Set when the search ran over node indices: scores may then use plugins' indexed forms too.
  let feasibleIdx: Int32Array | undefined;
  const cols = snapshot.columns;
  if (!nominatedFits && ctx.nominated.size === 0 && !narrowed && cols !== undefined && cols.nodes === nodes
    && filters.every(hasFilterIndexed)) {
    const n = nodes.length;
    const start = ctx.startIndex % n;
    const reject = (i: number, r: Status): void => {
      rejected.add(nodes[i], r);
      explain?.push({ node: nodes[i].name, verdict: reasonsOf(r).join('; '), plugin: 'plugin' in r ? r.plugin : '' });
    };
    const r = searchIndexed(s, pod, filters, cols, start, numFeasibleNodesToFind(profile.percentageOfNodesToScore, n),
      feasible, reject);
    processed = r.processed;
    feasibleIdx = r.feasibleIdx;
    ctx.startIndex = (start + processed) % n;
  } else if (nominatedFits) {
    feasible.length = 0;
    feasible.push(nominatedNode);
    processed = 1;
  } else if (ctx.nominated.size === 0) {
    feasible.length = 0;
    // Batched: take as many nodes as feasible ones are still wanted (so the search never goes
    // past where the one-node-at-a-time loop would stop), run each filter over the survivors,
    // repeat. Same feasible nodes, same order, same first-failing status per node.
    const want = numFeasibleNodesToFind(profile.percentageOfNodesToScore, search.length);
    const n = search.length;
    const start = n ? ctx.startIndex % n : 0;
    const alive = SCRATCH.chunk, st = SCRATCH.status;
    while (processed < n && feasible.length < want) {
      const size = Math.min(want - feasible.length, n - processed);
      alive.length = size;
      for (let j = 0; j < size; j++) alive[j] = search[(start + processed + j) % n];
      processed += size;
      for (let fi = 0; fi < filters.length && alive.length > 0; fi++) {
        const f = filters[fi];
        st.length = alive.length;
        if (f.filterNodes) f.filterNodes(s, pod, alive, st);
        else for (let i = 0; i < alive.length; i++) st[i] = f.filter(s, pod, alive[i]);
        let w = 0;
        for (let i = 0; i < alive.length; i++) {
          const r = st[i];
          // Identity first: in-tree plugins return the shared SUCCESS, and Status shapes differ.
          if (r === SUCCESS || r.code === 'Success') { alive[w++] = alive[i]; continue; }
          rejected.add(alive[i], r);
          explain?.push({ node: alive[i].name, verdict: reasonsOf(r).join('; '), plugin: 'plugin' in r ? r.plugin
            : '' });
        }
        alive.length = w;
      }
      for (let i = 0; i < alive.length; i++) feasible.push(alive[i]);
    }
    if (!narrowed) ctx.startIndex = (start + processed) % n;
  } else {
    feasible.length = 0;
    const want = numFeasibleNodesToFind(profile.percentageOfNodesToScore, search.length);
    const n = search.length;
    const start = n ? ctx.startIndex % n : 0;
    for (let k = 0; k < n && feasible.length < want; k++) {
      const node = search[(start + k) % n];
      processed++;
      const st = filterWithNominated(ctx, filters, s, pod, node);
      if (st.code === 'Success') feasible.push(node);
      else {
        rejected.add(node, st);
        explain?.push({ node: node.name, verdict: reasonsOf(st).join('; '), plugin: 'plugin' in st ? st.plugin : '' });
      }
    }
    if (!narrowed) ctx.startIndex = (start + processed) % n;
  }
  if (feasible.length === 0) {
    if (absent) for (const n of nodes) if (!narrowed!.names.has(n.name)) rejected.add(n, absent);
    return fail(ctx, s, pod, attempt, rejectors, processed, explain);
  }
  if (feasible.length === 1 && !ctx.explain) return result(attempt, { node: feasible[0].name, rejectors,
    evaluated: processed });

  const best = scoreAndSelect(ctx, s, pod, feasible, feasibleIdx, explain);
  return result(attempt, { node: feasible[best].name, rejectors, evaluated: processed,
    ...(explain ? { explain } : {}) });
}

function result(attempt: number, r: Omit<AttemptResult, 'nodeStatus'>,
  nodeStatus?: ReadonlyMap<string, Status>): AttemptResult {
  SCRATCH.rejected.pluginsInto(r.rejectors as Set<string>);
  return new Attempt(SCRATCH.rejected, attempt, r, nodeStatus);
}

const hasFilterIndexed = (f: FilterPlugin): boolean => f.filterIndexed !== undefined;

/** The filters whose PreFilter did not skip, in a buffer reused by every attempt (read only within it). */
function unskipped(filters: readonly FilterPlugin[], skip: Skips): FilterPlugin[] {
  const out = SCRATCH.filters;
  // Written in place, the length set last: emptying the array first would drop its backing store.
  let w = 0;
  for (let i = 0; i < filters.length; i++) {
    if (skip.has(filters[i].name)) continue;
    if (w < out.length) out[w] = filters[i]; else out.push(filters[i]);
    w++;
  }
  if (out.length !== w) out.length = w;
  return out;
}

function fail(ctx: ScheduleContext, s: CycleState, pod: PodInfo, attempt: number,
  rejectors: Set<string>, evaluated: number, explain?: NodeExplanation[]): AttemptResult {
  const all = ctx.snapshot.nodes.length;
  let message = fitErrorMessageCounted(all, SCRATCH.rejected.counted());
  let postFilter: PostFilterResult | undefined;
  const refresh = needsPreFilterRefresh(pod, ctx.snapshot);
  const nodeStatus = ctx.profile.postFilter.length ? SCRATCH.rejected.toMap(attempt) : undefined;
  for (const p of ctx.profile.postFilter) {
    postFilter = p.postFilter(s, pod, {
      snapshot: ctx.snapshot,
      nodeStatus: nodeStatus!,
      runFilters: (cs, pi, node) => (refresh ? runFiltersWithPreFilter(ctx, pi, node)
        : runFilters(ctx.profile.filter, cs, pi, node)),
      randomInt: ctx.randomInt,
    });
    if (postFilter.nominatedNode) break;
  }
  if (postFilter?.message) message += ` ${postFilter.message}`;
  return result(attempt, { message, rejectors, evaluated, ...(postFilter ? { postFilter } : {}),
    ...(explain ? { explain } : {}) }, nodeStatus);
}

/**
 * Whether PreFilter state depends on other pods (required pod (anti-)affinity, existing pods'
 * anti-affinity, DoNotSchedule spread): then a preemption dry run must recompute it with the
 * victims removed, as kube-scheduler's AddPod/RemovePod PreFilter extensions do.
 */
function needsPreFilterRefresh(pod: PodInfo, snapshot: Snapshot): boolean {
  return pod.requiredAffinity.length > 0 || pod.requiredAntiAffinity.length > 0
    || snapshot.podsWithRequiredAntiAffinityCount > 0 ||
    (pod.pod.spec.topologySpreadConstraints ?? []).some((c) => c.whenUnsatisfiable === 'DoNotSchedule');
}

/** PreFilter then Filter on a snapshot where `node` replaces the node of the same name (a dry-run copy). */
function runFiltersWithPreFilter(ctx: ScheduleContext, pod: PodInfo, node: NodeInfo): Status {
  const base = ctx.snapshot;
  const nodes = base.nodes.map((n) => (n.name === node.name ? node : n));
  const view: Snapshot = {
    nodes,
    get: (name) => (name === node.name ? node : base.get(name)),
    imageNodeCount: (img) => base.imageNodeCount(img),
    podsWithAffinityCount: base.podsWithAffinityCount,
    podsWithRequiredAntiAffinityCount: base.podsWithRequiredAntiAffinityCount,
    taintedNodeCount: base.taintedNodeCount,
    unschedulableNodeCount: base.unschedulableNodeCount,
    state: base.state,
  };
  const s = new CycleState();
  const skip = new Set<string>();
  for (const p of ctx.profile.preFilter) {
    const st = p.preFilter(s, pod, view);
    if (st.code === 'Skip') skip.add(p.name);
    else if (st.code !== 'Success') return st;
  }
  return runFilters(ctx.profile.filter.filter((f) => !skip.has(f.name)), s, pod, node);
}

export { isRejected };
