import type { Condition, KubeObject, LabelSelector, Labels, Pod, PodTemplateSpec } from '../../api/types.js';
import { admitPod } from '../../apiserver/admission.js';
import { deletePod } from '../../apiserver/apiserver.js';
import { objectKey, type Millis, type ObjectKey, NO_UID } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { controller, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import {
  availableAt, claimPods, controllerRefOf, isPodActive, isPodAvailable, isPodReady, newControllerRef,
  podReadyTime, podsOwnedBy, recordEvent, selectorMatches, slowStartBatch, SLOW_START_INITIAL_BATCH_SIZE, updateStatus,
} from '../controllerUtils.js';
import { ownedPodsKeysFor } from '../podOwnerKeys.js';
import { ownedPodsFactsFor } from '../ownerFacts.js';
import { getObject, objectKeys, dependentsOf } from '../../reducers/state.js';

/**
 * pkg/controller/replicaset/replica_set.go BurstReplicas: at most this many pods are created
 * or deleted in one sync.
 */
export const BURST_REPLICAS = 500;

/** The ReplicaSet / ReplicationController fields the controller reads. */
export interface ReplicaSetSpec {
  readonly replicas?: number;
  readonly minReadySeconds?: number;
  readonly selector?: LabelSelector | Labels;
  readonly template?: PodTemplateSpec;
}
export interface ReplicaSetStatus {
  readonly replicas: number;
  readonly fullyLabeledReplicas?: number;
  readonly readyReplicas?: number;
  readonly availableReplicas?: number;
  readonly observedGeneration?: number;
  readonly conditions?: readonly Condition[];
}

type Resource = 'replicasets' | 'replicationcontrollers';
const KIND: Record<Resource, string> = { replicasets: 'ReplicaSet', replicationcontrollers: 'ReplicationController' };

const specOf = (o: KubeObject): ReplicaSetSpec => (o.spec ?? {}) as ReplicaSetSpec;

/**
 * The pod selector of a ReplicaSet (a LabelSelector) or a ReplicationController (a label map,
 * defaulting to the template's labels: pkg/apis/core/v1/defaults.go SetDefaults_ReplicationController).
 */
export function podMatcher(resource: Resource, o: KubeObject): (p: Pod) => boolean {
  const spec = specOf(o);
  if (resource === 'replicationcontrollers') {
    const sel = (spec.selector as Labels | undefined) ?? spec.template?.metadata?.labels;
    if (!sel || Object.keys(sel).length === 0) return () => false;
    return (p) => selectorMatches(sel, p.metadata.labels, true);
  }
  const sel = spec.selector as LabelSelector | undefined;
  return (p) => selectorMatches(sel, p.metadata.labels);
}

/** podPhaseToOrdinal (controller_utils.go): Pending < Unknown < Running. */
const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const maxRestarts = (p: Pod): number => Math.max(0, ...(p.status.containerStatuses ?? []).map((c) => c.restartCount));
const deletionCost = (p: Pod): number => {
  const v = Number(p.metadata.annotations?.['controller.kubernetes.io/pod-deletion-cost'] ?? 0);
  return Number.isInteger(v) ? v : 0;
};
/** controller_utils.go logarithmicRankDiff: compares floor(log2(age in ns)) so similar ages tie. */
function logarithmicRankDiff(t1: Millis, t2: Millis, now: Millis): number {
  const d1 = (now - t1) * 1e6, d2 = (now - t2) * 1e6;
  const r1 = d1 > 0 ? Math.floor(Math.log2(d1)) : -1;
  const r2 = d2 > 0 ? Math.floor(Math.log2(d2)) : -1;
  return r1 - r2;
}

/**
 * controller_utils.go ActivePodsWithRanks.Less: true when `a` should be deleted before `b`.
 * 1 unassigned < assigned; 2 Pending < Unknown < Running; 3 not ready < ready; 4 lower
 * pod-deletion-cost first; 5 higher rank (more related pods on the same node) first; 6 ready for
 * less time first (log-scaled, LogarithmicScaleDown); 7 more restarts first; 8 newer first
 * (log-scaled); log-scale ties fall back to comparing UIDs.
 */
export function activePodsWithRanksLess(a: Pod, ra: number, b: Pod, rb: number, now: Millis): boolean {
  const na = a.spec.nodeName ?? '', nb = b.spec.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na === '';
  const pa = PHASE_ORDINAL[a.status.phase] ?? 0, pb = PHASE_ORDINAL[b.status.phase] ?? 0;
  if (pa !== pb) return pa < pb;
  if (isPodReady(a) !== isPodReady(b)) return !isPodReady(a);
  if (deletionCost(a) !== deletionCost(b)) return deletionCost(a) < deletionCost(b);
  if (ra !== rb) return ra > rb;
  if (isPodReady(a) && isPodReady(b)) {
    const t1 = podReadyTime(a), t2 = podReadyTime(b);
    if (t1 !== t2) {
      if (t1 === undefined || t2 === undefined) return t1 === undefined;
      const d = logarithmicRankDiff(t1, t2, now);
      if (d === 0) return (a.metadata.uid ?? NO_UID) < (b.metadata.uid ?? NO_UID);
      return d < 0;
    }
  }
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  const c1 = a.metadata.creationTimestamp ?? 0, c2 = b.metadata.creationTimestamp ?? 0;
  if (c1 !== c2) {
    const d = logarithmicRankDiff(c1, c2, now);
    if (d === 0) return (a.metadata.uid ?? NO_UID) < (b.metadata.uid ?? NO_UID);
    return d < 0;
  }
  return false;
}

/**
 * replica_set.go getPodsToDelete: rank each pod by the number of active related pods on its node
 * (getPodsRankedByRelatedPodsOnSameNode) and take the first `diff` in ActivePodsWithRanks order.
 */
export function getPodsToDelete(filteredPods: readonly Pod[], relatedPods: readonly Pod[], diff: number,
  now: Millis): Pod[] {
  if (diff >= filteredPods.length) return [...filteredPods];
  const onNode = new Map<string, number>();
  for (const p of relatedPods) if (isPodActive(p)) onNode.set(p.spec.nodeName ?? '',
    (onNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
  const ranked = filteredPods.map((p) => ({ p, r: onNode.get(p.spec.nodeName ?? '') ?? 0 }));
  // A stable sort with a strict-weak "less": equal pods keep their index order.
  ranked.sort((x, y) => (activePodsWithRanksLess(x.p, x.r, y.p, y.r, now) ? -1
    : activePodsWithRanksLess(y.p, y.r, x.p, x.r, now) ? 1 : 0));
  return ranked.slice(0, diff).map((x) => x.p);
}

/**
 * replica_set.go getIndirectlyRelatedPods: the active pods of every ReplicaSet controlled by the
 * same Deployment (so scale-down spreads over nodes across the Deployment's ReplicaSets).
 */
function getIndirectlyRelatedPods(state: ClusterState, resource: Resource, rs: KubeObject, own: readonly Pod[]): Pod[] {
  const ref = controllerRefOf(rs);
  if (!ref) return [...own];
  const out: Pod[] = [];
  for (const { object: o } of dependentsOf(state, ref.uid, resource)) {
    if (controllerRefOf(o)?.uid !== ref.uid) continue;
    for (const p of podsOwnedBy(state, o.metadata.uid ?? NO_UID)) if (isPodActive(p)) out.push(p);
  }
  return out;
}

/**
 * replica_set.go manageReplicas: create missing pods (slow-start batches, at most
 * BURST_REPLICAS) or delete surplus ones (getPodsToDelete order). Returns the error text of a
 * failed creation, which calculateStatus turns into a ReplicaFailure condition.
 */
export function manageReplicas(state: ClusterState, ctx: SyncContext, resource: Resource, rs: KubeObject,
  filteredPods: readonly Pod[]): string | undefined {
  const spec = specOf(rs);
  const diff = filteredPods.length - (spec.replicas ?? 1);
  const { out, now } = ctx;
  if (diff < 0) {
    const n = Math.min(-diff, BURST_REPLICAS);
    const template = spec.template;
    if (!template) return 'spec.template is required';
    const ns = rs.metadata.namespace ?? 'default';
    const ref = newControllerRef(rs);
    const taken = new Set<string>();
    const r = slowStartBatch(n, SLOW_START_INITIAL_BATCH_SIZE, () => {
      // controller.GetPodFromTemplate: the template's labels, annotations and spec; generateName `<rs>-`.
      const res = admitPod({ metadata: { namespace: ns, generateName: `${rs.metadata.name}-`,
        ...(template.metadata?.labels ? { labels: template.metadata.labels } : {}),
          ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}) },
            spec: template.spec }, state, now, ctx.rng, { ownerReferences: [ref], taken });
      if ('error' in res) {
        recordEvent(out, resource, rs, 'FailedCreate', `Error creating: ${res.error}`, 'Warning');
        return res.error;
      }
      out.emit(res);
      recordEvent(out, resource, rs, 'SuccessfulCreate', `Created pod: ${res.object.metadata.name}`);
      return undefined;
    });
    return r.error;
  }
  if (diff > 0) {
    const n = Math.min(diff, BURST_REPLICAS);
    const related = getIndirectlyRelatedPods(state, resource, rs, filteredPods);
    for (const p of getPodsToDelete(filteredPods, related, n, now)) {
      deletePod(state, out, p.metadata.namespace ?? 'default', p.metadata.name);
      recordEvent(out, resource, rs, 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
    }
  }
  return undefined;
}

/**
 * replica_set_utils.go calculateStatus: replicas, fullyLabeledReplicas, readyReplicas,
 * availableReplicas (ready for minReadySeconds), observedGeneration, and the ReplicaFailure
 * condition while creating or deleting fails. Zero counts are omitted, as the API's omitempty does.
 */
export function calculateStatus(rs: KubeObject, filteredPods: readonly Pod[], manageReplicasErr: string | undefined,
  now: Millis): ReplicaSetStatus {
  const spec = specOf(rs);
  const old = (rs.status ?? {}) as Partial<ReplicaSetStatus>;
  const tmplLabels = spec.template?.metadata?.labels ?? {};
  const mrs = spec.minReadySeconds ?? 0;
  let fully = 0, ready = 0, available = 0;
  for (const p of filteredPods) {
    if (selectorMatches(tmplLabels, p.metadata.labels, true)) fully++;
    if (isPodReady(p)) { ready++; if (isPodAvailable(p, mrs, now)) available++; }
  }
  let conditions = (old.conditions ?? []).filter((c) => c.type !== 'ReplicaFailure');
  const failure = (old.conditions ?? []).find((c) => c.type === 'ReplicaFailure');
  if (manageReplicasErr !== undefined) {
    const reason = filteredPods.length - (spec.replicas ?? 1) < 0 ? 'FailedCreate' : 'FailedDelete';
    conditions = failure ? (old.conditions ?? []) as Condition[]
      : [...conditions, { type: 'ReplicaFailure', status: 'True', lastTransitionTime: now, reason,
        message: manageReplicasErr }];
  }
  return {
    replicas: filteredPods.length,
    ...(fully ? { fullyLabeledReplicas: fully } : {}),
    ...(ready ? { readyReplicas: ready } : {}),
    ...(available ? { availableReplicas: available } : {}),
    observedGeneration: rs.metadata.generation ?? 1,
    ...(conditions.length ? { conditions } : {}),
  };
}

/**
 * replica_set.go syncReplicaSet: claim pods (adopt orphans, release non-matching), manage
 * replicas unless the ReplicaSet is being deleted, write status, and requeue when a ready pod
 * will become available after minReadySeconds.
 */
export function syncReplicaSet(resource: Resource, key: ObjectKey, state: ClusterState, ctx: SyncContext,
  manage: ManageReplicas = manageReplicas): SyncResult | void {
  const rs = getObject(state, resource, key);
  if (!rs) return;
  const filtered = claimPods(state, ctx.out, rs, podMatcher(resource, rs), isPodActive);
  const err = rs.metadata.deletionTimestamp === undefined ? manage(state, ctx, resource, rs, filtered)
    : undefined;
  updateStatus(ctx.out, resource, rs, calculateStatus(rs, filtered, err, ctx.now));
  const mrs = specOf(rs).minReadySeconds ?? 0;
  if (mrs > 0) {
    // queue.AddAfter(minReadySeconds): here, exactly when the next ready pod becomes available.
    let next = Infinity;
    for (const p of filtered) if (isPodReady(p) && !isPodAvailable(p, mrs, ctx.now)) next =
      Math.min(next, availableAt(p, mrs) ?? Infinity);
    if (next < Infinity) return { requeueAfter: Math.max(0, next - ctx.now) };
  }
}

/** The step that creates and deletes pods (manageReplicas), as a controller built with replicaSetDef runs it. */
export type ManageReplicas = typeof manageReplicas;

/**
 * The controller of ReplicaSets or ReplicationControllers. `manage` is the replica manager it runs
 * (manageReplicas; a plugin may hand in a wrapped one, as test-support/plugins/replicaSetOffByOne.ts
 * does to plant a bug the fuzzer must find).
 */
export function replicaSetDef(resource: Resource, manage: ManageReplicas = manageReplicas): ControllerDef {
  const kind = KIND[resource];
  return {
    name: resource === 'replicasets' ? 'replicaset-controller' : 'replicationcontroller-controller',
    initialKeys: (state) => objectKeys(state, resource),
    keysFor: ownedPodsKeysFor(resource, kind, (o) => podMatcher(resource, o)),
    factsFor: ownedPodsFactsFor(resource, kind),
    sync: (key, state, ctx) => syncReplicaSet(resource, key, state, ctx, manage),
  };
}

export const replicaSetController = replicaSetDef('replicasets');
export const replicationControllerController = replicaSetDef('replicationcontrollers');
export const replicaSet = controller(replicaSetController);
export const replicationController = controller(replicationControllerController);

export const rsKey = (o: KubeObject): ObjectKey => objectKey(o.metadata.namespace, o.metadata.name);
