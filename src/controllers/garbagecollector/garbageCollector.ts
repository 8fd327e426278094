import { kindInfo } from '../../api/kinds.js';
import type { KubeObject, OwnerReference, Pod } from '../../api/types.js';
import { deletePod } from '../../apiserver/apiserver.js';
import { objectKey, type ObjectKey, type Uid, NO_UID, asUid } from '../../api/ids.js';
import { isOrphanKey } from '../../reducers/pods.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget, tkeys } from '../../reducers/table.js';
import { controller, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { podsOwnedBy } from '../controllerUtils.js';
import { getObject, dependentsOf, objectUidExists, resourceOfUid } from '../../reducers/state.js';

/**
 * kube-controller-manager's garbage collector (pkg/controller/garbagecollector), reduced to what
 * ownerReferences need here:
 * - Background: the owner is gone at once (ObjectDeleted); its dependents are deleted after.
 * - Foreground: the owner stays with deletionTimestamp and the foregroundDeletion finalizer; its
 *   dependents are deleted (their own dependents first, in foreground too), and the owner goes
 *   when no dependent with blockOwnerDeletion is left.
 * - Orphan: the dependents lose their ownerReference to the owner, then the owner goes.
 * Dependents are found through controller references (pods by the podsByOwner index, objects by
 * scanning the object kinds that can have owners). Pods that name a non-controller owner only
 * are not collected.
 *
 * Keys: `uid:<owner uid>` for an owner that is gone; `obj:<resource>|<namespace/name>` for an
 * object waiting on its finalizer.
 */

/** Resources whose objects may be dependents (apart from pods). */
const DEPENDENT_RESOURCES = ['replicasets', 'controllerrevisions', 'jobs', 'persistentvolumeclaims', 'pods'] as const;

const ownsBy = (o: { metadata: { ownerReferences?: readonly OwnerReference[] } }, uid: Uid): boolean =>
  (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid);

const DEPENDENT_ORDER = new Map<string, number>(DEPENDENT_RESOURCES.map((r, i) => [r, i]));

/** The objects that name `uid` as an owner (the objectsByOwner index), in DEPENDENT_RESOURCES order, then by key. */
function dependentObjects(state: ClusterState, uid: Uid): { resource: string; obj: KubeObject }[] {
  if (uid === '') return [];
  return dependentsOf(state, uid)
    .filter((d) => DEPENDENT_ORDER.has(d.resource) && ownsBy(d.object, uid))
    .sort((a, b) => DEPENDENT_ORDER.get(a.resource)! - DEPENDENT_ORDER.get(b.resource)!
      || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((d) => ({ resource: d.resource, obj: d.object }));
}

function hasDependents(state: ClusterState, uid: Uid): boolean {
  return podsOwnedBy(state, uid).length > 0 || dependentObjects(state, uid).length > 0;
}

/** The uids of the nodes, per nodeNames array (it changes only when nodes come or go). */
const nodeUidCache = new WeakMap<readonly string[], Set<Uid>>();
function nodeUids(state: ClusterState): Set<Uid> {
  let s = nodeUidCache.get(state.nodeNames);
  if (!s) {
    s = new Set();
    for (const n of state.nodeNames) { const u = tget(state.nodes, n)?.object.metadata.uid; if (u) s.add(u); }
    nodeUidCache.set(state.nodeNames, s);
  }
  return s;
}

/** Whether an object with this uid exists (an owner a dependent may still point at). */
const uidLive = (state: ClusterState, uid: Uid): boolean => objectUidExists(state, uid) || nodeUids(state).has(uid);

function ownerExists(state: ClusterState, ref: OwnerReference): boolean {
  if (ref.kind === 'Pod') return tget(state.pods, ref.uid) !== undefined;
  if (ref.kind === 'Node') return nodeUids(state).has(ref.uid);
  const info = kindInfo(ref.kind);
  if (!info) return true; // an owner of a kind kubesim does not model: leave the dependent alone
  return resourceOfUid(state, ref.uid) === info.resource;
}

function deleteDependentPod(state: ClusterState, ctx: SyncContext, p: Pod): void {
  if (p.metadata.deletionTimestamp !== undefined) return;
  deletePod(state, ctx.out, p.metadata.namespace ?? 'default', p.metadata.name);
}

function deleteObject(ctx: SyncContext, resource: string, o: KubeObject, policy: 'Background' | 'Foreground'): void {
  if (o.metadata.deletionTimestamp !== undefined) return;
  const key = objectKey(o.metadata.namespace, o.metadata.name);
  if (policy === 'Foreground') ctx.out.emit({ type: 'ObjectTerminating', at: ctx.now, resource, key,
    propagationPolicy: 'Foreground' });
  else ctx.out.emit({ type: 'ObjectDeleted', at: ctx.now, resource, key,
    ...(o.metadata.uid ? { uid: o.metadata.uid } : {}) });
}

/** garbagecollector.go attemptToDeleteItem for the dependents of an owner that no longer exists. */
function collectOrphanedDependents(state: ClusterState, ctx: SyncContext, uid: Uid): void {
  if (tget(state.pods, uid) || uidLive(state, uid)) return;
  for (const p of podsOwnedBy(state, uid)) {
    const others = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
    if (others.some((r) => ownerExists(state, r))) continue; // another owner keeps it
    deleteDependentPod(state, ctx, p);
  }
  for (const { resource, obj } of dependentObjects(state, uid)) {
    const others = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
    if (others.some((r) => ownerExists(state, r))) continue;
    deleteObject(ctx, resource, obj, 'Background');
  }
}

/** An owner waiting on its foregroundDeletion or orphan finalizer. */
function processDeletingOwner(state: ClusterState, ctx: SyncContext, resource: string, key: ObjectKey): SyncResult
  | void {
  const o = getObject(state, resource, key);
  if (!o || o.metadata.deletionTimestamp === undefined) return;
  const uid = o.metadata.uid ?? NO_UID;
  const finalizers = o.metadata.finalizers ?? [];
  const gone = () => ctx.out.emit({ type: 'ObjectDeleted', at: ctx.now, resource, key, ...(uid ? { uid } : {}) });
  if (finalizers.includes('orphan')) {
    // garbagecollector.go orphanDependents: drop the ownerReference, keep the dependent.
    for (const p of podsOwnedBy(state, uid)) {
      ctx.out.emit({ type: 'PodMetadataChanged', at: ctx.now, pod: objectKey(p.metadata.namespace, p.metadata.name),
        uid: p.metadata.uid!, ownerReferences: (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid) });
    }
    for (const { resource: r, obj } of dependentObjects(state, uid)) {
      const { ownerReferences: refs, ...md } = obj.metadata;
      const rest = (refs ?? []).filter((x) => x.uid !== uid);
      ctx.out.emit({ type: 'ObjectApplied', at: ctx.now, resource: r,
        key: objectKey(obj.metadata.namespace, obj.metadata.name),
          object: { ...obj, metadata: rest.length ? { ...md, ownerReferences: rest } : md } });
    }
    gone();
    return;
  }
  if (!finalizers.includes('foregroundDeletion')) return;
  let blocking = 0;
  for (const p of podsOwnedBy(state, uid)) {
    deleteDependentPod(state, ctx, p);
    if ((p.metadata.ownerReferences ?? []).some((r) => r.uid === uid && r.blockOwnerDeletion)) blocking++;
  }
  for (const { resource: r, obj } of dependentObjects(state, uid)) {
    const objUid = obj.metadata.uid ?? NO_UID;
    deleteObject(ctx, r, obj, hasDependents(state, objUid) ? 'Foreground' : 'Background');
    if ((obj.metadata.ownerReferences ?? []).some((x) => x.uid === uid && x.blockOwnerDeletion)) blocking++;
  }
  if (blocking === 0) gone();
}

export function syncGarbageCollector(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  if (key.startsWith('uid:')) return collectOrphanedDependents(state, ctx, asUid(key.slice(4)));
  const [resource, objKey] = key.slice(4).split('|');
  return processDeletingOwner(state, ctx, resource, objKey);
}

const objKeyOf = (resource: string, key: ObjectKey): ObjectKey => `obj:${resource}|${key}`;

/** The key of a dependent's owner that is waiting on foreground deletion. */
function waitingOwnerKey(state: ClusterState, dep: { metadata: { namespace?: string;
  ownerReferences?: readonly OwnerReference[] } } | undefined): ObjectKey[] {
  const out: ObjectKey[] = [];
  for (const r of dep?.metadata.ownerReferences ?? []) {
    const info = kindInfo(r.kind);
    if (!info) continue;
    const k = objectKey(dep!.metadata.namespace, r.name);
    const o = getObject(state, info.resource, k);
    if (o && o.metadata.uid === r.uid && o.metadata.deletionTimestamp !== undefined) out.push(
      objKeyOf(info.resource, k));
  }
  return out;
}

export const garbageCollectorDef: ControllerDef = {
  name: 'garbage-collector',
  initialKeys(state) {
    // Dependents whose owners never existed or are already gone.
    const keys = new Set<ObjectKey>();
    for (const owner of tkeys(state.podsByOwner)) if (!isOrphanKey(owner)
      && !uidLive(state, asUid(owner))) keys.add(`uid:${owner}`);
    for (const owner of tkeys(state.objectsByOwner)) if (owner !== NO_UID && !uidLive(state, asUid(owner))
      && !tget(state.pods, owner)) keys.add(`uid:${owner}`);
    return [...keys].sort();
  },
  factTypes: ['ObjectTerminating', 'ObjectDeleted', 'PodDeleted'],
  keysFor(e, state, prev) {
    switch (e.type) {
      case 'ObjectTerminating':
        return [objKeyOf(e.resource, e.key)];
      case 'ObjectDeleted': {
        const uid = e.uid ?? getObject(prev, e.resource, e.key)?.metadata.uid;
        return [...(uid ? [`uid:${uid}`] : []), ...waitingOwnerKey(state, getObject(prev, e.resource, e.key))];
      }
      case 'PodDeleted': {
        // Claims a StatefulSet pod owned (whenScaled: Delete) go with it.
        const ownsClaims = dependentsOf(state, e.uid, 'persistentvolumeclaims').length > 0;
        return [...(ownsClaims ? [`uid:${e.uid}`] : []), ...waitingOwnerKey(state, tget(prev.pods, e.uid))];
      }
      default:
        return NO_KEYS;
    }
  },
  sync: syncGarbageCollector,
};

export const garbageCollector = controller(garbageCollectorDef);
