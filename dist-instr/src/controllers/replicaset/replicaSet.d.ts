import type { Condition, KubeObject, LabelSelector, Labels, Pod, PodTemplateSpec } from '../../api/types.js';
import { type Millis, type ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
/**
 * pkg/controller/replicaset/replica_set.go BurstReplicas: at most this many pods are created
 * or deleted in one sync.
 */
export declare const BURST_REPLICAS = 500;
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
/**
 * The pod selector of a ReplicaSet (a LabelSelector) or a ReplicationController (a label map,
 * defaulting to the template's labels: pkg/apis/core/v1/defaults.go SetDefaults_ReplicationController).
 */
export declare function podMatcher(resource: Resource, o: KubeObject): (p: Pod) => boolean;
/**
 * controller_utils.go ActivePodsWithRanks.Less: true when `a` should be deleted before `b`.
 * 1 unassigned < assigned; 2 Pending < Unknown < Running; 3 not ready < ready; 4 lower
 * pod-deletion-cost first; 5 higher rank (more related pods on the same node) first; 6 ready for
 * less time first (log-scaled, LogarithmicScaleDown); 7 more restarts first; 8 newer first
 * (log-scaled); log-scale ties fall back to comparing UIDs.
 */
export declare function activePodsWithRanksLess(a: Pod, ra: number, b: Pod, rb: number, now: Millis): boolean;
/**
 * replica_set.go getPodsToDelete: rank each pod by the number of active related pods on its node
 * (getPodsRankedByRelatedPodsOnSameNode) and take the first `diff` in ActivePodsWithRanks order.
 */
export declare function getPodsToDelete(filteredPods: readonly Pod[], relatedPods: readonly Pod[], diff: number, now: Millis): Pod[];
/**
 * replica_set.go manageReplicas: create missing pods (slow-start batches, at most
 * BURST_REPLICAS) or delete surplus ones (getPodsToDelete order). Returns the error text of a
 * failed creation, which calculateStatus turns into a ReplicaFailure condition.
 */
export declare function manageReplicas(state: ClusterState, ctx: SyncContext, resource: Resource, rs: KubeObject, filteredPods: readonly Pod[]): string | undefined;
/**
 * replica_set_utils.go calculateStatus: replicas, fullyLabeledReplicas, readyReplicas,
 * availableReplicas (ready for minReadySeconds), observedGeneration, and the ReplicaFailure
 * condition while creating or deleting fails. Zero counts are omitted, as the API's omitempty does.
 */
export declare function calculateStatus(rs: KubeObject, filteredPods: readonly Pod[], manageReplicasErr: string | undefined, now: Millis): ReplicaSetStatus;
/**
 * replica_set.go syncReplicaSet: claim pods (adopt orphans, release non-matching), manage
 * replicas unless the ReplicaSet is being deleted, write status, and requeue when a ready pod
 * will become available after minReadySeconds.
 */
export declare function syncReplicaSet(resource: Resource, key: ObjectKey, state: ClusterState, ctx: SyncContext, manage?: ManageReplicas): SyncResult | void;
/** The step that creates and deletes pods (manageReplicas), as a controller built with replicaSetDef runs it. */
export type ManageReplicas = typeof manageReplicas;
/**
 * The controller of ReplicaSets or ReplicationControllers. `manage` is the replica manager it runs
 * (manageReplicas; a plugin may hand in a wrapped one, as test-support/plugins/replicaSetOffByOne.ts
 * does to plant a bug the fuzzer must find).
 */
export declare function replicaSetDef(resource: Resource, manage?: ManageReplicas): ControllerDef;
export declare const replicaSetController: ControllerDef;
export declare const replicationControllerController: ControllerDef;
export declare const replicaSet: {
    name: string;
    create: (scenario: import("../../index.js").Scenario, ctx: import("../../index.js").ComponentContext) => import("../controller.js").ControllerComponent;
};
export declare const replicationController: {
    name: string;
    create: (scenario: import("../../index.js").Scenario, ctx: import("../../index.js").ComponentContext) => import("../controller.js").ControllerComponent;
};
export declare const rsKey: (o: KubeObject) => ObjectKey;
export {};
