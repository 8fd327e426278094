/**
 * Admission of a create of a stored object other than a pod, by a user or by a controller (a
 * Deployment's ReplicaSet, a CronJob's Job): NamespaceLifecycle, LimitRanger for claims, then
 * ResourceQuota: the generic evaluator's `count/<resource>[.<group>]` and legacy names, and a
 * claim's storage names (persistent_volume_claims.go).
 */
import { type ResourceQuota } from '../api/quota.js';
import type { KubeObject } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import { type LimitRange } from './limitRanger.js';
/** Policy objects the same batch creates first (one `kubectl apply` of a folder). */
export interface PendingObjects {
    readonly namespaces?: ReadonlySet<string>;
    readonly quotas?: readonly ResourceQuota[];
    readonly limitRanges?: readonly LimitRange[];
}
/** The refusal in the API server's words, or undefined when the create is admitted. */
export declare function admitObjectCreate(state: ClusterState, resource: string, group: string, ns: string, name: string, pending?: PendingObjects, object?: KubeObject): string | undefined;
