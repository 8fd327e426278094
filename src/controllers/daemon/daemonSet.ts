import type { KubeObject, LabelSelector, Pod } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { type ObjectKey, type Uid, NO_UID } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import { rolloutUndoFromHistory } from '../history/rollback.js';
import { controller, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import { revisionHash, syncRevisions, truncateHistory } from '../history/controllerRevision.js';
import { adoptOrphans, podsOwnedBy, recordEvent, releasePod, scaledValue, selectorMatches,
  updateStatus } from '../controllerUtils.js';
import { ownedPodsKeysFor } from '../podOwnerKeys.js';
import { ownedPodsFactsFor } from '../ownerFacts.js';
import { getObject, objectCount, objectKeys } from '../../reducers/state.js';
import { byCreationD, daemonPod, isUpdated, matchesSelector, type DaemonPod } from './daemonPod.js';
import { daemonPodTolerations, daemonSetSpec, type DaemonSetSpec } from './daemonSetUtil.js';
import { DaemonSetCache, nodePlan, shouldRunOn, type NodePlan } from './nodePlan.js';
import type { DaemonSetBook } from './book.js';
import { DESIRED, examineNode, OLD_AVAILABLE, OLD_UNAVAILABLE, STATUS_BITS, type ManageInputs,
  type Should } from './nodeVerdict.js';
import { rollingUpdate, syncNodes, type RollingNode, type RollingView } from './update.js';

/** What a sync found for updateDaemonSetStatus (counts in STATUS_BITS order) and the history cleanup. */
interface Tally {
  readonly counts: readonly number[];
  readonly nextAvailable: number;
  readonly hashes: Iterable<string | undefined>;
}

type Claimed = { readonly book: DaemonSetBook; readonly items: ReadonlyMap<Uid, DaemonPod> }
  | { readonly pods: DaemonPod[] };

/**
 * ControllerRefManager.ClaimPods on summaries: owned pods that still match, owned ones that
 * stopped matching released, matching orphans adopted. With the controller's cache the claims are
 * kept in the DaemonSet's book (changed pods only); an adoption, or no cache, gives a list.
 */
function claimDaemonPods(state: ClusterState, ctx: SyncContext, ds: KubeObject, selector: LabelSelector
  | undefined): Claimed {
  const uid = ds.metadata.uid ?? NO_UID;
  const cache = ctx.cache instanceof DaemonSetCache ? ctx.cache : undefined;
  const match = (p: Pod) => selectorMatches(selector, p.metadata.labels);
  if (!cache) {
    const claimed: DaemonPod[] = [];
    for (const d of podsOwnedBy(state, uid).map(daemonPod)) {
      if (matchesSelector(d, selector)) claimed.push(d); else if (!d.terminating) releasePod(ctx.out, d.pod, uid);
    }
    for (const p of adoptOrphans(state, ctx.out, ds, match)) claimed.push(daemonPod(p));
    return { pods: claimed };
  }
  const view = cache.pods.refresh(state, uid), book = cache.book(uid);
  if (view.fresh || !book.claimsFor(selector)) book.resetClaims(view.items.values(), selector);
  else {
    for (const d of view.removed) book.remove(d);
    for (const d of view.added) book.add(d, selector);
  }
  if (book.nonMatching.size > 0) for (const [u, d] of view.items) if (book.nonMatching.has(u) && !d.terminating) {
    releasePod(ctx.out, d.pod, uid);
  }
  const adopted = adoptOrphans(state, ctx.out, ds, match);
  if (adopted.length === 0) return { book, items: view.items };
  // The adopted pods join the owned set with the next batch: this sync decides from a list, the next starts over.
  book.invalidate();
  const claimed: DaemonPod[] = [];
  for (const d of view.items.values()) if (matchesSelector(d, selector)) claimed.push(d);
  for (const p of adopted) claimed.push(daemonPod(p));
  return { pods: claimed };
}

const failedPodEvent = (ctx: SyncContext, ds: KubeObject, p: DaemonPod, node: string): void => recordEvent(ctx.out,
  'daemonsets', ds, 'FailedDaemonPod',
  `Found failed daemon pod ${p.pod.metadata.namespace}/${p.name} on node ${node}, will try to kill it`, 'Warning');

/**
 * manage and rollingUpdate walking every node: podsShouldBeOnNode per node (nodeVerdict.ts), then
 * getUnscheduledPodsWithoutNode, syncNodes and, when a pod of an older revision is left,
 * rollingUpdate. Used without the cache and at an adoption; syncIncremental decides the same.
 */
function syncScan(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec, pods: DaemonPod[],
  should: readonly Should[], m: ManageInputs): Tally {
  // state.nodeNames is in the plan's node order: names come from it, not from the node objects.
  const names = state.nodeNames;
  const byNode = new Map<string, DaemonPod[]>();
  for (const p of pods) {
    const n = p.node;
    if (n === undefined) continue;
    const list = byNode.get(n);
    if (list) list.push(p); else byNode.set(n, [p]);
  }
  for (const list of byNode.values()) if (list.length > 1) list.sort(byCreationD);
  const counts = STATUS_BITS.map(() => 0);
  let nextAvailable = Infinity;
  const needing: string[] = [], toDelete: DaemonPod[] = [];
  const rolling: { kind: number; name: string; oldPod: DaemonPod | undefined }[] = [];
  for (let i = 0; i < names.length; i++) {
    const v = examineNode(should[i], byNode.get(names[i]), m);
    for (let b = 0; b < STATUS_BITS.length; b++) if (v.status & STATUS_BITS[b]) counts[b]++;
    if (v.availableAt < nextAvailable) nextAvailable = v.availableAt;
    if (v.needing) needing.push(names[i]);
    for (const p of v.failed) failedPodEvent(ctx, ds, p, names[i]);
    for (const p of v.toDelete) toDelete.push(p);
    rolling.push({ kind: v.rolling, name: names[i], oldPod: v.oldPod });
  }
  const strays = [...byNode.keys()].filter((n) => !state.nodes.has(n)).sort();
  for (const n of strays) rolling.push({ name: n, ...strayKind(byNode.get(n)!, m) });
  if (m.manage) {
    // getUnscheduledPodsWithoutNode: unbound pods aimed at a node that no longer exists.
    for (const [n, list] of byNode) if (!state.nodes.has(n)) for (const p of list) if (!p.bound
      && !p.terminating) toDelete.push(p);
    const acted = syncNodes(state, ctx, ds, spec, toDelete, needing, m.hash);
    // rollingUpdate only ever acts on pods of an older revision: with none, it would do nothing.
    if (!acted && spec.updateStrategy.type === 'RollingUpdate'
      && pods.some((p) => !p.terminating && !isUpdated(p, m.hash))) {
      const count = (k: number) => rolling.filter((r) => r.kind === k).length;
      rollingUpdate(state, ctx, ds, spec, { desired: counts[STATUS_BITS.indexOf(DESIRED)], count,
        nodes: (kinds, limit) => rolling.filter((r) => kinds.includes(r.kind)).slice(0, limit),
        strayOldOnly: strays.length > 0 && rolling.some((r) => !state.nodes.has(r.name) && isOldOnly(r.kind)) },
      m.hash);
    }
  }
  return { counts, nextAvailable, hashes: pods.map((p) => p.hash) };
}

/** How rollingUpdate sees a node that is gone (a stray): its pods' kind, as on a node that should run them. */
function strayKind(pods: readonly DaemonPod[], m: ManageInputs): { kind: number; oldPod: DaemonPod | undefined } {
  const v = examineNode(STRAY, pods, { ...m, manage: false });
  return { kind: v.rolling, oldPod: v.oldPod };
}
const STRAY: Should = { shouldRun: true, shouldContinueRunning: true };
const isOldOnly = (k: number): boolean => k === OLD_AVAILABLE || k === OLD_UNAVAILABLE;

/** rollingUpdate's view of the book: its counts and node lists, then the strays (by name). */
function bookView(book: DaemonSetBook, names: readonly string[], m: ManageInputs): RollingView {
  const strays = [...book.strays].filter((n) => book.byNode.has(n)).sort()
    .map((name) => ({ name, ...strayKind(book.byNode.get(name)!, m) }));
  return {
    desired: book.counts[STATUS_BITS.indexOf(DESIRED)],
    count: (k) => book.rollingCount[k] + strays.filter((r) => r.kind === k).length,
    nodes(kinds, limit) {
      const at: number[] = [];
      for (const k of kinds) at.push(...book.nodesOfKind(k, limit));
      const out: RollingNode[] = at.sort((a, b) => a - b).slice(0, limit).map((i) => ({ name: names[i],
        oldPod: book.oldPodOn(i) }));
      for (const r of strays) if (out.length < limit && kinds.includes(r.kind)) out.push(r);
      return out;
    },
    strayOldOnly: strays.some((r) => isOldOnly(r.kind)),
  };
}

/**
 * The same decisions from the DaemonSet's book: only nodes whose pods or Should changed, and
 * active ones, are examined; events and pods come in the scan's order (nodes ascending).
 */
function syncIncremental(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  { book, items }: { book: DaemonSetBook; items: ReadonlyMap<Uid, DaemonPod> }, plan: NodePlan,
  m: ManageInputs): Tally {
  const names = state.nodeNames, index = plan.index!, specKey = (ds.spec ?? ds) as object;
  if (plan.fresh || !book.holds(specKey, index, m)) book.resetNodes({ specKey, index, m });
  else book.nodesChanged(names, plan.changed);
  const { active, nextAvailable } = book.examine(names, plan.should, m);
  if (m.manage) {
    const needing: string[] = [], toDelete: DaemonPod[] = [];
    for (const i of active) {
      const v = book.verdict(i);
      if (v.needing) needing.push(names[i]);
      for (const p of v.failed) failedPodEvent(ctx, ds, p, names[i]);
      for (const p of v.toDelete) toDelete.push(p);
    }
    // getUnscheduledPodsWithoutNode, in the scan's order: nodes by their first claimed pod in the view.
    if (book.strays.size > 0) {
      const seen = new Set<string>();
      for (const d of items.values()) {
        const n = d.node;
        if (n === undefined || !book.strays.has(n) || seen.has(n) || !book.claims(d)) continue;
        seen.add(n);
        for (const p of book.byNode.get(n)!) if (!p.bound && !p.terminating) toDelete.push(p);
      }
    }
    const acted = syncNodes(state, ctx, ds, spec, toDelete, needing, m.hash);
    if (!acted && spec.updateStrategy.type === 'RollingUpdate' && book.oldLive > 0) rollingUpdate(state, ctx, ds,
      spec, bookView(book, names, m), m.hash);
  }
  return { counts: book.counts, nextAvailable, hashes: book.liveHashes() };
}

/**
 * The DaemonSet controller (pkg/controller/daemon): manage (a pod for every node that should run
 * one, none elsewhere, extras and failed pods deleted), rollingUpdate (maxUnavailable or
 * maxSurge, percentages rounded up), history cleanup and status.
 */
export function syncDaemonSet(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const ds = getObject(state, 'daemonsets', key);
  if (!ds) return;
  const spec = daemonSetSpec(ds);
  const now = ctx.now;
  const claimed = claimDaemonPods(state, ctx, ds, spec.selector);
  const { revisions, update } = syncRevisions(state, ctx, ds, spec.template,
    (ds.status as { collisionCount?: number } | undefined)?.collisionCount);
  const hash = revisionHash(update);
  const plan = nodePlan(state, ctx, ds, spec, daemonPodTolerations(spec.template.spec));
  const m: ManageInputs = { hash, now, minReadySeconds: spec.minReadySeconds,
    manage: ds.metadata.deletionTimestamp === undefined,
    surge: spec.updateStrategy.type === 'RollingUpdate'
      && scaledValue(spec.updateStrategy.rollingUpdate?.maxSurge, 1, true, 0) > 0 };
  const tally = 'book' in claimed && plan.index ? syncIncremental(state, ctx, ds, spec, claimed, plan, m)
    : syncScan(state, ctx, ds, spec, 'pods' in claimed ? claimed.pods : [], plan.should, m);

  // updateDaemonSetStatus
  const [desired, current, misscheduled, ready, numAvailable, updated] = tally.counts;
  const status = {
    currentNumberScheduled: current,
    numberMisscheduled: misscheduled,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: ds.metadata.generation ?? 1,
    ...(updated ? { updatedNumberScheduled: updated } : {}),
    ...(numAvailable ? { numberAvailable: numAvailable } : {}),
    ...(desired - numAvailable ? { numberUnavailable: desired - numAvailable } : {}),
  };
  updateStatus(ctx.out, 'daemonsets', ds, status);
  const revisionOfHash = new Map(revisions.map((r) => [revisionHash(r), r] as const));
  const live = new Set<string>([update.metadata.name]);
  for (const h of tally.hashes) { const r = h === undefined ? undefined : revisionOfHash.get(h);
    if (r) live.add(r.metadata.name); }
  truncateHistory(ctx, revisions, live, spec.revisionHistoryLimit);
  if (tally.nextAvailable < Infinity) return { requeueAfter: Math.max(0, tally.nextAvailable - now) };
}

/**
 * daemon_controller.go addNode / updateNode / deleteNode: a node event enqueues only the
 * DaemonSets for which the node's shouldRun or shouldContinueRunning changed (a new node: those
 * that should run there; a removed node: those that ran there), not every DaemonSet.
 */
const NOT_THERE: Should = { shouldRun: false, shouldContinueRunning: false };

function daemonSetsForNodeChange(node: string, state: ClusterState, prev: ClusterState): ObjectKey[] {
  const before = tget(prev.nodes, node)?.object, after = tget(state.nodes, node)?.object;
  if (before === after) return [];
  const out: ObjectKey[] = [];
  for (const k of objectKeys(state, 'daemonsets')) {
    const ds = getObject(state, 'daemonsets', k)!;
    const spec = daemonSetSpec(ds), tols = daemonPodTolerations(spec.template.spec),
      specKey = (ds.spec ?? ds) as object;
    const b = before ? shouldRunOn(before, specKey, spec, tols) : NOT_THERE;
    const a = after ? shouldRunOn(after, specKey, spec, tols) : NOT_THERE;
    if (b.shouldRun !== a.shouldRun || b.shouldContinueRunning !== a.shouldContinueRunning) out.push(k);
  }
  return out;
}

const daemonSetKeys = ownedPodsKeysFor('daemonsets', 'DaemonSet', (o) => (p) =>
  selectorMatches(daemonSetSpec(o).selector, p.metadata.labels));

const daemonSetFacts = ownedPodsFactsFor('daemonsets', 'DaemonSet');

/** The node facts keysFor answers (daemonSetsForNodeChange); every other fact goes to daemonSetKeys. */
const NODE_FACTS: ReadonlySet<string> = new Set(['NodeAdded', 'NodeRemoved', 'NodeTainted', 'NodeUntainted',
  'NodeSchedulableChanged', 'NodeMetadataChanged']);

/**
 * The facts keysFor may return keys for, in the batch's order: the pod and DaemonSet facts of
 * ownedPodsFactsFor, and (while DaemonSets exist) the node facts above. keysFor used to be asked
 * every fact of every batch once a DaemonSet existed.
 */
function daemonSetFactsFor(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState):
  readonly number[] {
  const owned = daemonSetFacts(events, state, prev);
  if (objectCount(state, 'daemonsets') === 0) return owned;
  let nodes: number[] | undefined;
  for (let i = 0; i < events.length; i++) if (NODE_FACTS.has(events[i].type)) (nodes ??= []).push(i);
  if (!nodes) return owned;
  // Both lists ascend: merge them (a node fact is never a pod or DaemonSet fact).
  const out: number[] = [];
  let a = 0, b = 0;
  while (a < owned.length || b < nodes.length) {
    out.push(b >= nodes.length || (a < owned.length && owned[a] < nodes[b]) ? owned[a++] : nodes[b++]);
  }
  return out;
}

export const daemonSetControllerDef: ControllerDef = {
  name: 'daemonset-controller',
  initialKeys: (state) => objectKeys(state, 'daemonsets'),
  keysFor(e, state, prev) {
    switch (e.type) {
      case 'NodeAdded': case 'NodeRemoved': case 'NodeTainted': case 'NodeUntainted': case 'NodeSchedulableChanged':
      case 'NodeMetadataChanged':
        return daemonSetsForNodeChange(e.node, state, prev);
      default:
        return daemonSetKeys(e, state, prev);
    }
  },
  factsFor: daemonSetFactsFor,
  sync: syncDaemonSet,
  createCache: () => new DaemonSetCache(),
  act(action, state, ctx) {
    if (action.kind !== 'rolloutUndo' || action.resource !== 'daemonsets') return false;
    rolloutUndoFromHistory(action, state, ctx);
    return true;
  },
};

export const daemonSet = controller(daemonSetControllerDef);
