/** Helpers shared by the batch and node controllers (Job, CronJob, HPA, node lifecycle, PDB, drain). */
import type { Condition, KubeObject, OwnerReference, Pod } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { Millis, ObjectKey } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
/** The pods whose controller ownerReference is `ownerUid` (state.podsByOwner), in creation order. */
export declare function podsOwnedBy(state: ClusterState, ownerUid: string | undefined): Pod[];
export declare const podKey: (pod: Pod) => ObjectKey;
export declare const isTerminal: (pod: Pod) => boolean;
/** controller.IsPodActive: not finished and not being deleted. */
export declare const isPodActive: (pod: Pod) => boolean;
/** metav1.NewControllerRef. */
export declare function controllerRef(obj: KubeObject): OwnerReference;
/**
 * Sets a condition in a list the way the API helpers do: lastTransitionTime moves only when the
 * status flips; reason and message are replaced.
 */
export declare function setCondition<C extends {
    readonly type: string;
    readonly status: string;
    readonly lastTransitionTime?: number | null;
}>(conds: readonly C[], c: C): C[];
export declare const findCondition: <C extends {
    readonly type: string;
}>(conds: readonly C[] | undefined, type: string) => C | undefined;
/** Emits ObjectStatusUpdated only when the status differs from what the object has. */
export declare function updateStatus(out: Outbox, resource: string, key: ObjectKey, obj: KubeObject, status: unknown): boolean;
/** A ControllerEvent (kubectl describe's Events) for an object. */
export declare function recordEvent(out: Outbox, resource: string, key: ObjectKey, reason: string, message: string, eventType?: 'Normal' | 'Warning'): void;
/** A pod condition as the API shows it. */
export declare const podCondition: (type: string, status: Condition["status"], at: Millis, reason?: string, message?: string) => Condition;
