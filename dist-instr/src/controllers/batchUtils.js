import { tget } from '../reducers/table.js';
import { uidSetKeys } from '../reducers/uidSet.js';
/** The pods whose controller ownerReference is `ownerUid` (state.podsByOwner), in creation order. */
export function podsOwnedBy(state, ownerUid) {
    if (!ownerUid)
        return [];
    const pods = [];
    for (const uid of uidSetKeys(tget(state.podsByOwner, ownerUid))) {
        const p = tget(state.pods, uid);
        if (p)
            pods.push(p);
    }
    return pods.sort((a, b) => (a.metadata.creationTimestamp ?? 0) - (b.metadata.creationTimestamp ?? 0)
        || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}
export const podKey = (pod) => `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
export const isTerminal = (pod) => pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
/** controller.IsPodActive: not finished and not being deleted. */
export const isPodActive = (pod) => !isTerminal(pod) && pod.metadata.deletionTimestamp === undefined;
/** metav1.NewControllerRef. */
export function controllerRef(obj) {
    return { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, uid: obj.metadata.uid ?? '',
        controller: true, blockOwnerDeletion: true };
}
/**
 * Sets a condition in a list the way the API helpers do: lastTransitionTime moves only when the
 * status flips; reason and message are replaced.
 */
export function setCondition(conds, c) {
    const i = conds.findIndex((x) => x.type === c.type);
    if (i < 0)
        return [...conds, c];
    const prev = conds[i];
    const next = prev.status === c.status ? { ...c, lastTransitionTime: prev.lastTransitionTime } : c;
    return conds.map((x, j) => (j === i ? next : x));
}
export const findCondition = (conds, type) => conds?.find((c) => c.type === type);
/** Emits ObjectStatusUpdated only when the status differs from what the object has. */
export function updateStatus(out, resource, key, obj, status) {
    if (JSON.stringify(obj.status ?? null) === JSON.stringify(status))
        return false;
    out.emit({ type: 'ObjectStatusUpdated', at: out.now, resource, key, status });
    return true;
}
/** A ControllerEvent (kubectl describe's Events) for an object. */
export function recordEvent(out, resource, key, reason, message, eventType = 'Normal') {
    out.emit({ type: 'ControllerEvent', at: out.now, resource, key, reason, message,
        ...(eventType === 'Warning' ? { eventType } : {}) });
}
/** A pod condition as the API shows it. */
export const podCondition = (type, status, at, reason, message) => ({ type, status, lastProbeTime: null, lastTransitionTime: at, ...(reason ? { reason } : {}),
    ...(message ? { message } : {}) });
