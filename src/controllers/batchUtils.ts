/** Helpers shared by the batch and node controllers (Job, CronJob, HPA, node lifecycle, PDB, drain). */
import type { Condition, KubeObject, OwnerReference, Pod } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import { type Millis, type ObjectKey, NO_UID } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import { uidSetKeys } from '../reducers/uidSet.js';
import { sameJsonText } from '../util/jsonText.js';

/** The pods whose controller ownerReference is `ownerUid` (state.podsByOwner), in creation order. */
export function podsOwnedBy(state: ClusterState, ownerUid: string | undefined): Pod[] {
  if (!ownerUid) return [];
  const pods: Pod[] = [];
  for (const uid of uidSetKeys(tget(state.podsByOwner, ownerUid))) { const p = tget(state.pods, uid);
    if (p) pods.push(p); }
  return pods.sort((a, b) => (a.metadata.creationTimestamp ?? 0) - (b.metadata.creationTimestamp ?? 0)
    || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

export const podKey = (pod: Pod): ObjectKey => `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
export const isTerminal = (pod: Pod): boolean => pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
/** controller.IsPodActive: not finished and not being deleted. */
export const isPodActive = (pod: Pod): boolean => !isTerminal(pod) && pod.metadata.deletionTimestamp === undefined;

/** metav1.NewControllerRef. */
export function controllerRef(obj: KubeObject): OwnerReference {
  return { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, uid: obj.metadata.uid ?? NO_UID,
    controller: true, blockOwnerDeletion: true };
}

/**
 * Sets a condition in a list the way the API helpers do: lastTransitionTime moves only when the
 * status flips; reason and message are replaced.
 */
export function setCondition<C extends { readonly type: string; readonly status: string;
  readonly lastTransitionTime?: number | null }>(conds: readonly C[], c: C): C[] {
  const i = conds.findIndex((x) => x.type === c.type);
  if (i < 0) return [...conds, c];
  const prev = conds[i];
  const next = prev.status === c.status ? { ...c, lastTransitionTime: prev.lastTransitionTime } : c;
  return conds.map((x, j) => (j === i ? next : x));
}

export const findCondition = <C extends { readonly type: string }>(conds: readonly C[] | undefined, type: string): C
  | undefined => conds?.find((c) => c.type === type);

/** Emits ObjectStatusUpdated only when the status differs from what the object has. */
export function updateStatus(out: Outbox, resource: string, key: ObjectKey, obj: KubeObject, status: unknown): boolean {
  if (sameJsonText(obj.status ?? null, status)) return false;
  out.emit({ type: 'ObjectStatusUpdated', at: out.now, resource, key, status });
  return true;
}

/** A ControllerEvent (kubectl describe's Events) for an object. */
export function recordEvent(out: Outbox, resource: string, key: ObjectKey, reason: string, message: string,
  eventType: 'Normal' | 'Warning' = 'Normal'): void {
  out.emit({ type: 'ControllerEvent', at: out.now, resource, key, reason, message,
    ...(eventType === 'Warning' ? { eventType } : {}) });
}

/** A pod condition as the API shows it. */
export const podCondition = (type: string, status: Condition['status'], at: Millis, reason?: string,
  message?: string): Condition =>
  ({ type, status, lastProbeTime: null, lastTransitionTime: at, ...(reason ? { reason } : {}),
    ...(message ? { message } : {}) }) as Condition;

