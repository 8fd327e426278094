import type { Affinity, KubeObject, LabelSelector, Node, Pod, PodTemplateSpec, Toleration } from '../../api/types.js';
import { admitPod } from '../../apiserver/admission.js';
import { deletePod } from '../../apiserver/apiserver.js';
import type { ClusterEvent } from '../../events/index.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import { rolloutUndoFromHistory } from '../history/rollback.js';
import { controller, type ControllerCache, type ControllerDef, type SyncContext,
  type SyncResult } from '../controller.js';
import { OwnedPodView } from './ownedPodView.js';
import { CONTROLLER_REVISION_HASH_LABEL, revisionHash, syncRevisions,
  truncateHistory } from '../history/controllerRevision.js';
import {
  adoptOrphans, findUntoleratedTaint, isPodReady, isPodTerminating, newControllerRef, podReadyTime, podsOwnedBy,
    releasePod,
  nodeMatchesPodAffinity, podOwnerKeys, recordEvent, scaledValue, selectorMatches, slowStartBatch,
    SLOW_START_INITIAL_BATCH_SIZE, updateStatus,
} from '../controllerUtils.js';
import { BURST_REPLICAS } from '../replicaset/replicaSet.js';
import { getObject, objectKeys } from '../../reducers/state.js';

/** extensions DaemonSetTemplateGenerationKey: the deprecated pod label with the template generation. */
export const POD_TEMPLATE_GENERATION_LABEL = 'pod-template-generation';

interface DaemonSetSpec {
  readonly selector?: LabelSelector;
  readonly template: PodTemplateSpec;
  readonly updateStrategy: { readonly type: 'RollingUpdate' | 'OnDelete';
    readonly rollingUpdate?: { readonly maxUnavailable?: number | string; readonly maxSurge?: number | string } };
  readonly minReadySeconds: number;
  readonly revisionHistoryLimit: number;
}

/** apps/v1 SetDefaults_DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10. */
export function daemonSetSpec(o: KubeObject): DaemonSetSpec {
  const s = (o.spec ?? {}) as Partial<DaemonSetSpec>;
  const type = s.updateStrategy?.type ?? 'RollingUpdate';
  return {
    ...s,
    template: s.template ?? { spec: { containers: [] } },
    updateStrategy: type === 'RollingUpdate' ? { type, rollingUpdate: {
      maxUnavailable: s.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1,
        maxSurge: s.updateStrategy?.rollingUpdate?.maxSurge ?? 0 } } : { type },
    minReadySeconds: s.minReadySeconds ?? 0,
    revisionHistoryLimit: s.revisionHistoryLimit ?? 10,
  };
}

/**
 * pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations: what every
 * daemon pod tolerates besides its own tolerations. not-ready and unreachable NoExecute without
 * tolerationSeconds (never evicted); disk/memory/pid-pressure and unschedulable NoSchedule;
 * network-unavailable NoSchedule only for hostNetwork pods.
 */
export function daemonPodTolerations(spec: { tolerations?: readonly Toleration[]; hostNetwork?: boolean }): Toleration[
  ] {
  const add: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
    ...(spec.hostNetwork ? [{ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' as const,
      effect: 'NoSchedule' as const }] : []),
  ];
  const out = [...(spec.tolerations ?? [])];
  // v1helper.AddOrUpdateTolerationInPodSpec: a toleration with the same key, operator, value and effect is replaced.
  for (const t of add) {
    const i = out.findIndex((x) => x.key === t.key && (x.operator ?? 'Equal') === t.operator && (x.value ?? '') === ''
      && x.effect === t.effect);
    if (i >= 0) out[i] = t; else out.push(t);
  }
  return out;
}

/**
 * daemonset_util.go ReplaceDaemonSetPodNodeNameNodeAffinity: the pod's required node affinity
 * becomes one term, matchFields metadata.name In [node]; the scheduler then binds it there.
 */
export function replaceNodeNameAffinity(affinity: Affinity | undefined, node: string): Affinity {
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In' as const,
    values: [node] }] }] };
  return { ...(affinity ?? {}), nodeAffinity: { ...(affinity?.nodeAffinity ?? {}),
    requiredDuringSchedulingIgnoredDuringExecution: required } };
}

/**
 * daemon_controller.go NodeShouldRunDaemonPod: `shouldRun` when the node matches the template's
 * nodeName, nodeSelector and required node affinity and every NoSchedule/NoExecute taint is
 * tolerated (with the daemon tolerations); `shouldContinueRunning` also when only NoSchedule
 * taints are untolerated.
 */
export function nodeShouldRunDaemonPod(node: Node, spec: DaemonSetSpec,
  tols: readonly Toleration[] = daemonPodTolerations(spec.template.spec)): { shouldRun: boolean;
    shouldContinueRunning: boolean } {
  const t = spec.template.spec;
  if (t.nodeName && t.nodeName !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  if (!nodeMatchesPodAffinity(t, node)) return { shouldRun: false, shouldContinueRunning: false };
  const taints = node.spec.taints;
  if (findUntoleratedTaint(taints, tols, (x) => x.effect === 'NoSchedule' || x.effect === 'NoExecute')) {
    return { shouldRun: false, shouldContinueRunning: !findUntoleratedTaint(taints, tols,
      (x) => x.effect === 'NoExecute') };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}

/** daemonset_util.go GetTargetNodeName: spec.nodeName, or the node the affinity names. */
export function targetNodeName(p: Pod): string | undefined {
  if (p.spec.nodeName) return p.spec.nodeName;
  for (const term of p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
    ?? []) {
    for (const f of term.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In'
      && f.values?.length === 1) return f.values[0];
  }
  return undefined;
}

/**
 * What the DaemonSet controller reads of one of its pods, derived once per pod change (the
 * controller's OwnedPodView keeps them between syncs; see ownedPodView.ts).
 */
export interface DaemonPod {
  readonly pod: Pod;
  /** daemonset_util.go GetTargetNodeName. */
  readonly node: string | undefined;
  readonly bound: boolean;
  readonly terminating: boolean;
  readonly failed: boolean;
  readonly ready: boolean;
  /** When the Ready condition last became True. */
  readonly readySince: Millis | undefined;
  readonly hash: string | undefined;
  readonly created: number;
  readonly name: string;
  /**
   * The last selector this pod was matched against and the answer (selectors are immutable; a label change makes a new
   * summary).
   */
  matchedSelector: object | undefined;
  matches: boolean;
}

export function daemonPod(p: Pod): DaemonPod {
  const ready = isPodReady(p);
  return {
    pod: p, node: targetNodeName(p), bound: !!p.spec.nodeName, terminating: isPodTerminating(p),
      failed: p.status.phase === 'Failed',
    ready, readySince: ready ? podReadyTime(p) : undefined, hash: p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL],
    created: p.metadata.creationTimestamp ?? 0, name: p.metadata.name, matchedSelector: undefined, matches: false,
  };
}

const byCreationD = (a: DaemonPod, b: DaemonPod): number => a.created - b.created
  || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const isUpdated = (p: DaemonPod, hash: string): boolean => p.hash === hash;
/** pkg/api/v1/pod IsPodAvailable on a summary. */
const available = (p: DaemonPod, mrs: number, now: Millis): boolean => p.ready
  && (mrs === 0 || (p.readySince !== undefined && p.readySince + mrs * 1000 < now));
const availableAtD = (p: DaemonPod, mrs: number): Millis | undefined =>
  (p.readySince === undefined ? undefined : p.readySince + mrs * 1000 + 1);

/** update.go findUpdatedPodsOnNode: at most one new and one old pod, or not ok. */
function findUpdatedPodsOnNode(pods: readonly DaemonPod[], hash: string): { ok: boolean; newPod?: DaemonPod;
  oldPod?: DaemonPod } {
  let newPod: DaemonPod | undefined, oldPod: DaemonPod | undefined;
  for (const p of pods) {
    if (p.terminating) continue;
    if (isUpdated(p, hash)) { if (newPod) return { ok: false }; newPod = p; }
    else { if (oldPod) return { ok: false }; oldPod = p; }
  }
  return { ok: true, ...(newPod ? { newPod } : {}), ...(oldPod ? { oldPod } : {}) };
}

type Should = { shouldRun: boolean; shouldContinueRunning: boolean };

/** The nodes (creation order) and, parallel to them, whether a DaemonSet should run on each. */
interface NodePlan { readonly should: readonly Should[] }

/**
 * The DaemonSet controller's cache (an informer index): its pods' summaries per DaemonSet, the
 * node objects, and per DaemonSet the shouldRun of every node, recomputed only for nodes that
 * changed since its last sync. Node objects change only through facts that name the node
 * (`node`), which is how observe() learns of them.
 */
export class DaemonSetCache implements ControllerCache {
  readonly pods = new OwnedPodView<DaemonPod>(daemonPod);
  #nodeNames: readonly string[] | undefined;
  #nodes: Node[] = [];
  #index = new Map<string, number>();
  /** Indexes of nodes whose object changed, in order; each plan remembers how far it has read. */
  #changes: number[] = [];
  #epoch = 0;
  readonly #plans = new Map<string, { specKey: object; epoch: number; seen: number; should: Should[] }>();

  observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void {
    this.pods.observe(events, state, prev);
    // A DaemonSet that is gone takes its entries with it.
    for (const e of events) if (e.type === 'ObjectDeleted' && e.resource === 'daemonsets'
      && e.uid) { this.pods.forget(e.uid); this.#plans.delete(e.uid); }
    if (this.#nodeNames === undefined) return;
    if (state.nodeNames !== this.#nodeNames) { this.#nodeNames = undefined; return; }
    for (const e of events) {
      const name = (e as { node?: unknown }).node;
      if (typeof name !== 'string') continue;
      const i = this.#index.get(name);
      if (i === undefined) continue;
      const now = tget(state.nodes, name)?.object;
      if (now && now !== this.#nodes[i]) { this.#nodes[i] = now; this.#changes.push(i); }
    }
    if (this.#changes.length > 4 * this.#nodes.length + 1024) this.#nodeNames = undefined; // cheaper to start over
  }

  plan(state: ClusterState, dsUid: string, specKey: object, spec: DaemonSetSpec,
    tols: readonly Toleration[]): NodePlan {
    if (this.#nodeNames !== state.nodeNames) {
      this.#nodeNames = state.nodeNames;
      this.#nodes = state.nodeNames.map((n) => tget(state.nodes, n)!.object);
      this.#index = new Map(state.nodeNames.map((n, i) => [n, i]));
      this.#changes = [];
      this.#epoch++;
    }
    let p = this.#plans.get(dsUid);
    if (!p || p.specKey !== specKey || p.epoch !== this.#epoch) {
      p = { specKey, epoch: this.#epoch, seen: this.#changes.length,
        should: this.#nodes.map((n) => shouldRunOn(n, specKey, spec, tols)) };
      this.#plans.set(dsUid, p);
    } else {
      for (let k = p.seen; k < this.#changes.length; k++) { const i = this.#changes[k];
        p.should[i] = shouldRunOn(this.#nodes[i], specKey, spec, tols); }
      p.seen = this.#changes.length;
    }
    return { should: p.should };
  }
}

const nodeExists = (state: ClusterState, name: string): boolean => state.nodes.has(name);

function nodePlan(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  tols: readonly Toleration[]): NodePlan {
  const specKey = (ds.spec ?? ds) as object;
  if (ctx.cache instanceof DaemonSetCache) return ctx.cache.plan(state, ds.metadata.uid ?? '', specKey, spec, tols);
  const nodes = state.nodeNames.map((n) => tget(state.nodes, n)!.object);
  return { should: nodes.map((n) => shouldRunOn(n, specKey, spec, tols)) };
}

/** NodeShouldRunDaemonPod per node object and DaemonSet spec object: both are immutable. */
const shouldCache = new WeakMap<Node, WeakMap<object, Should>>();
function shouldRunOn(node: Node, specKey: object, spec: DaemonSetSpec, tols: readonly Toleration[]): Should {
  let m = shouldCache.get(node);
  if (!m) { m = new WeakMap(); shouldCache.set(node, m); }
  let r = m.get(specKey);
  if (!r) { r = nodeShouldRunDaemonPod(node, spec, tols); m.set(specKey, r); }
  return r;
}

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
 * daemon_controller.go syncNodes: deletes the listed pods and creates one pod per node in
 * slow-start batches (at most BurstReplicas), each pinned to its node by node affinity.
 */
function syncNodes(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  toDelete: readonly DaemonPod[], nodesNeeding: readonly string[], hash: string): void {
  const seen = new Set<string>();
  for (const { pod: p } of toDelete) {
    if (seen.has(p.metadata.name)) continue;
    seen.add(p.metadata.name);
    deletePod(state, ctx.out, p.metadata.namespace ?? 'default', p.metadata.name);
    recordEvent(ctx.out, 'daemonsets', ds, 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
  }
  const create = nodesNeeding.slice(0, BURST_REPLICAS);
  const t = spec.template;
  const ref = newControllerRef(ds);
  slowStartBatch(create.length, SLOW_START_INITIAL_BATCH_SIZE, (i) => {
    const node = create[i];
    const labels = { ...(t.metadata?.labels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash,
      [POD_TEMPLATE_GENERATION_LABEL]: String(ds.metadata.generation ?? 1) };
    const podSpec = { ...t.spec, tolerations: daemonPodTolerations(t.spec),
      affinity: replaceNodeNameAffinity(t.spec.affinity, node) };
    const r = admitPod({ metadata: { namespace: ds.metadata.namespace ?? 'default',
      generateName: `${ds.metadata.name}-`, labels, ...(t.metadata?.annotations
        ? { annotations: t.metadata.annotations } : {}) }, spec: podSpec }, state, ctx.now, ctx.rng,
          { ownerReferences: [ref] });
    if ('error' in r) {
      recordEvent(ctx.out, 'daemonsets', ds, 'FailedCreate', `Error creating: ${r.error}`, 'Warning');
      return r.error;
    }
    ctx.out.emit(r);
    recordEvent(ctx.out, 'daemonsets', ds, 'SuccessfulCreate', `Created pod: ${r.object.metadata.name}`);
    return undefined;
  });
}

/**
 * update.go rollingUpdate. Without surge: delete old pods on at most maxUnavailable nodes
 * (unavailable old pods first, always allowed); manage() recreates them at the new revision.
 * With surge: start a new pod beside the old one on at most maxSurge nodes; manage() deletes the
 * old pod once the new one is available. maxUnavailable and maxSurge round up; both 0 means
 * maxUnavailable 1.
 */
function rollingUpdate(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  wanted: readonly string[], byNode: ReadonlyMap<string, DaemonPod[]>, hash: string,
    alreadyDeleting: readonly DaemonPod[]): void {
  const now: Millis = ctx.now, mrs = spec.minReadySeconds;
  const deleting = new Set(alreadyDeleting.map((p) => p.name));
  const desired = wanted.length;
  let maxUnavailable = scaledValue(spec.updateStrategy.rollingUpdate?.maxUnavailable, desired, true, 1);
  const maxSurge = scaledValue(spec.updateStrategy.rollingUpdate?.maxSurge, desired, true, 0);
  if (maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  const live = (list: readonly DaemonPod[] | undefined) => (list ?? []).filter((p) => !deleting.has(p.name));
  if (maxSurge === 0) {
    let numUnavailable = 0;
    const allowed: DaemonPod[] = [], candidates: DaemonPod[] = [];
    for (const n of wanted) {
      const r = findUpdatedPodsOnNode(live(byNode.get(n)), hash);
      if (!r.ok) { numUnavailable++; continue; }
      if ((!r.oldPod && !r.newPod) || (r.oldPod && r.newPod)) continue;
      if (r.newPod) { if (!available(r.newPod, mrs, now)) numUnavailable++; continue; }
      if (!available(r.oldPod!, mrs, now)) allowed.push(r.oldPod!);
      else if (numUnavailable < maxUnavailable) candidates.push(r.oldPod!);
    }
    const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
    syncNodes(state, ctx, ds, spec, [...allowed, ...candidates.slice(0, remaining)], [], hash);
    return;
  }
  let numSurge = 0;
  const oldPodsToDelete: DaemonPod[] = [], allowedNew: string[] = [], candidateNew: string[] = [];
  for (const n of wanted) {
    const r = findUpdatedPodsOnNode(live(byNode.get(n)), hash);
    if (!r.ok) continue;
    if (!r.oldPod) continue;
    if (!r.newPod) {
      if (!available(r.oldPod, mrs, now)) allowedNew.push(n);
      else if (numSurge < maxSurge) candidateNew.push(n);
      continue;
    }
    if (!available(r.newPod, mrs, now)) { numSurge++; continue; }
    oldPodsToDelete.push(r.oldPod);
  }
  const remaining = Math.min(Math.max(0, maxSurge - numSurge), candidateNew.length);
  syncNodes(state, ctx, ds, spec, oldPodsToDelete, [...allowedNew, ...candidateNew.slice(0, remaining)], hash);
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

const dsOfPodKeys = (e: ClusterEvent, state: ClusterState, prev: ClusterState): ObjectKey[] =>
  podOwnerKeys(e, state, prev, 'DaemonSet', 'daemonsets', (o) => (p) =>
    selectorMatches(daemonSetSpec(o).selector, p.metadata.labels));

export const daemonSetControllerDef: ControllerDef = {
  name: 'daemonset-controller',
  initialKeys: (state) => objectKeys(state, 'daemonsets'),
  keysFor(e, state, prev) {
    switch (e.type) {
      case 'ObjectApplied': case 'ObjectTerminating':
        return e.resource === 'daemonsets' ? [e.key] : [];
      case 'ObjectStatusUpdated': case 'ObjectDeleted': case 'ControllerEvent':
        return [];
      case 'NodeAdded': case 'NodeRemoved': case 'NodeTainted': case 'NodeUntainted': case 'NodeSchedulableChanged':
      case 'NodeMetadataChanged':
        return daemonSetsForNodeChange(e.node, state, prev);
      default:
        return dsOfPodKeys(e, state, prev);
    }
  },
  sync: syncDaemonSet,
  createCache: () => new DaemonSetCache(),
  act(action, state, ctx) {
    if (action.kind !== 'rolloutUndo' || action.resource !== 'daemonsets') return false;
    rolloutUndoFromHistory(action, state, ctx);
    return true;
  },
};

export const daemonSet = controller(daemonSetControllerDef);
