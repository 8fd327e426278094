import type { KubeObject, LabelSelector } from '../../api/types.js';
import type { ObjectKey } from '../../api/ids.js';
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
import { available, availableAtD, byCreationD, daemonPod, isUpdated, type DaemonPod } from './daemonPod.js';
import { daemonPodTolerations, daemonSetSpec } from './daemonSetUtil.js';
import { DaemonSetCache, nodePlan, shouldRunOn, type Should } from './nodePlan.js';
import { rollingUpdate, syncNodes } from './update.js';

const nodeExists = (state: ClusterState, name: string): boolean => state.nodes.has(name);

/**
 * ControllerRefManager.ClaimPods on summaries: owned pods that still match, owned ones that
 * stopped matching released, matching orphans adopted.
 */
function claimDaemonPods(state: ClusterState, ctx: SyncContext, ds: KubeObject, selector: LabelSelector
  | undefined): DaemonPod[] {
  const uid = ds.metadata.uid ?? '';
  const cache = ctx.cache instanceof DaemonSetCache ? ctx.cache : undefined;
  const owned = cache ? cache.pods.list(state, uid) : podsOwnedBy(state, uid).map(daemonPod);
  const claimed: DaemonPod[] = [];
  for (const d of owned) {
    if (d.matchedSelector !== selector || selector === undefined) { d.matches =
      selectorMatches(selector, d.pod.metadata.labels); d.matchedSelector = selector; }
    if (d.matches) { claimed.push(d); continue; }
    if (!d.terminating) releasePod(ctx.out, d.pod, uid);
  }
  for (const p of adoptOrphans(state, ctx.out, ds, (p) => selectorMatches(selector, p.metadata.labels))) claimed.push(
    daemonPod(p));
  return claimed;
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
  const now = ctx.now, mrs = spec.minReadySeconds;
  const pods = claimDaemonPods(state, ctx, ds, spec.selector);
  const { revisions, update } = syncRevisions(state, ctx, ds, spec.template,
    (ds.status as { collisionCount?: number } | undefined)?.collisionCount);
  const hash = revisionHash(update);
  // state.nodeNames is in the plan's node order: names come from it, not from the node objects.
  const { should } = nodePlan(state, ctx, ds, spec, daemonPodTolerations(spec.template.spec));
  const names = state.nodeNames;
  const byNode = new Map<string, DaemonPod[]>();
  for (const p of pods) {
    const n = p.node;
    if (n === undefined) continue;
    const list = byNode.get(n);
    if (list) list.push(p); else byNode.set(n, [p]);
  }
  for (const list of byNode.values()) if (list.length > 1) list.sort(byCreationD);

  if (ds.metadata.deletionTimestamp === undefined) {
    // manage: podsShouldBeOnNode for every node.
    const needing: string[] = [];
    const toDelete: DaemonPod[] = [];
    const surge = spec.updateStrategy.type === 'RollingUpdate'
      && scaledValue(spec.updateStrategy.rollingUpdate?.maxSurge, 1, true, 0) > 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const { shouldRun, shouldContinueRunning } = should[i];
      const daemonPods = byNode.get(name);
      const exists = daemonPods !== undefined;
      if (shouldRun && !exists) { needing.push(name); continue; }
      if (!exists) continue;
      if (shouldContinueRunning) {
        const running: DaemonPod[] = [];
        for (const p of daemonPods) {
          if (p.terminating) continue;
          if (p.failed) {
            recordEvent(ctx.out, 'daemonsets', ds, 'FailedDaemonPod',
              `Found failed daemon pod ${p.pod.metadata.namespace}/${p.name} on node ${name}, will try to kill it`,
                'Warning');
            toDelete.push(p);
            continue;
          }
          running.push(p);
        }
        if (surge) {
          let oldestNew: DaemonPod | undefined, oldestOld: DaemonPod | undefined;
          for (const p of running) {
            if (isUpdated(p, hash)) { if (!oldestNew) { oldestNew = p; continue; } }
            else if (!oldestOld) { oldestOld = p; continue; }
            toDelete.push(p);
          }
          if (oldestNew && oldestOld && (!oldestOld.ready || available(oldestNew, mrs, now))) toDelete.push(oldestOld);
        } else {
          for (let i = 1; i < running.length; i++) toDelete.push(running[i]);
        }
      } else {
        for (const p of daemonPods) if (!p.terminating) toDelete.push(p);
      }
    }
    // getUnscheduledPodsWithoutNode: unbound pods aimed at a node that no longer exists.
    if (byNode.size > 0) for (const [n, list] of byNode) if (!nodeExists(state, n)) for (const p of list) if (!p.bound
      && !p.terminating) toDelete.push(p);
    syncNodes(state, ctx, ds, spec, toDelete, needing, hash);
    // rollingUpdate only ever acts on pods of an older revision: with none, it would do nothing.
    const anyOld = pods.some((p) => !p.terminating && !isUpdated(p, hash));
    if (spec.updateStrategy.type === 'RollingUpdate' && anyOld) rollingUpdate(state, ctx, ds, spec,
      names.filter((_, i) => should[i].shouldRun), byNode, hash, toDelete);
  }

  // updateDaemonSetStatus
  let desired = 0, current = 0, misscheduled = 0, ready = 0, numAvailable = 0, updated = 0;
  let nextAvailable = Infinity;
  for (let i = 0; i < names.length; i++) {
    const { shouldRun } = should[i];
    const list = byNode.get(names[i]);
    if (shouldRun) {
      desired++;
      if (!list) continue;
      current++;
      const p = list[0];
      if (p.ready) {
        ready++;
        if (available(p, mrs, now)) numAvailable++;
        else nextAvailable = Math.min(nextAvailable, availableAtD(p, mrs) ?? Infinity);
      }
      if (isUpdated(p, hash)) updated++;
    } else if (list) misscheduled++;
  }
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
  for (const p of pods) { const r = p.hash === undefined ? undefined : revisionOfHash.get(p.hash);
    if (r) live.add(r.metadata.name); }
  truncateHistory(ctx, revisions, live, spec.revisionHistoryLimit);
  if (nextAvailable < Infinity) return { requeueAfter: Math.max(0, nextAvailable - now) };
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
  // Node facts wake it only while DaemonSets exist (daemonSetsForNodeChange): then it asks every fact.
  factsFor: (events, state, prev) => objectCount(state, 'daemonsets') > 0 ? undefined
    : daemonSetFacts(events, state, prev),
  sync: syncDaemonSet,
  createCache: () => new DaemonSetCache(),
  act(action, state, ctx) {
    if (action.kind !== 'rolloutUndo' || action.resource !== 'daemonsets') return false;
    rolloutUndoFromHistory(action, state, ctx);
    return true;
  },
};

export const daemonSet = controller(daemonSetControllerDef);
