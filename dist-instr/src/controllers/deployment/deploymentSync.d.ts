import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import { type SyncContext } from '../controller.js';
import { type DeploymentSpec, type DeploymentStatus } from './deploymentUtil.js';
/**
 * One syncDeployment in progress: the Deployment and its ReplicaSets as this sync has changed
 * them so far. Writes go out as facts at once; the local copies let later steps of the same sync
 * see them, as the real controller sees the objects its API calls returned.
 */
export declare class DeploymentSync {
    readonly state: ClusterState;
    readonly ctx: SyncContext;
    d: KubeObject;
    status: DeploymentStatus;
    rsList: KubeObject[];
    readonly spec: DeploymentSpec;
    readonly original: KubeObject;
    requeueAfter: number | undefined;
    constructor(state: ClusterState, ctx: SyncContext, d: KubeObject);
    /**
     * deployment_controller.go getReplicaSetsForDeployment (ClaimReplicaSets): owned ReplicaSets that
     * still match the selector, plus matching ReplicaSets without a controller (adopted: left by an
     * Orphan deletion); owned ones that stopped matching are released.
     */
    getReplicaSetsForDeployment(): KubeObject[];
    get now(): number;
    /** Replaces a ReplicaSet in the local list after a write. */
    replace(rs: KubeObject): void;
    /** The pods of each ReplicaSet, by ReplicaSet uid (getPodMapForDeployment). */
    podMap(): Map<string, Pod[]>;
    /** SetReplicasAnnotations: desired-replicas and max-replicas (replicas + maxSurge). */
    replicasAnnotations(): Record<string, string>;
    /**
     * sync.go scaleReplicaSetAndRecordEvent / scaleReplicaSet: writes the new size and the replicas
     * annotations; records "Scaled up|down replica set NAME from A to B". Returns whether it scaled.
     */
    scaleReplicaSetAndRecordEvent(rs: KubeObject, newScale: number): boolean;
    setAnnotation(k: string, v: string): void;
    /** Splits the list into the new ReplicaSet (template equal ignoring the hash; oldest first) and the old ones. */
    findNewAndOld(): {
        newRS: KubeObject | undefined;
        oldRSs: KubeObject[];
    };
    /**
     * sync.go getAllReplicaSetsAndSyncRevision / getNewReplicaSet: finds the new ReplicaSet and
     * brings its revision to max(old)+1, or creates it (named `<deployment>-<pod-template-hash>`)
     * when `createIfNotExisted`.
     */
    getAllReplicaSetsAndSyncRevision(createIfNotExisted: boolean): {
        newRS: KubeObject | undefined;
        oldRSs: KubeObject[];
    };
    /**
     * sync.go getNewReplicaSet when the create fails (a quota, a terminating namespace): Progressing
     * False with reason ReplicaSetCreateError (the Deployment has a progress deadline: 600 s by
     * default), a Warning event, and the error's requeue on the work queue's rate limiter.
     */
    replicaSetCreateFailed(msg: string): void;
    /**
     * deployment_util.go SetNewReplicaSetAnnotations: the Deployment's own annotations (minus the
     * skipped ones), the revision when it grows, and the revision-history of a reused ReplicaSet.
     */
    newReplicaSetAnnotations(rs: KubeObject, newRevision: string, exists: boolean): Record<string, string>;
    /** deployment_util.go NewRSNewReplicas. */
    newRSNewReplicas(allRSs: readonly KubeObject[], newRS: KubeObject): number;
    /** sync.go calculateStatus (progress.ts). */
    calculateStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): DeploymentStatus;
    /** sync.go syncDeploymentStatus. */
    syncDeploymentStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): void;
    /** progress.go syncRolloutStatus (progress.ts). */
    syncRolloutStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): void;
    /** sync.go scale (scale.ts). */
    scale(newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): void;
    /** sync.go cleanupDeployment: deletes the oldest unused ReplicaSets beyond revisionHistoryLimit. */
    cleanupDeployment(oldRSs: readonly KubeObject[]): void;
    /** sync.go sync: scale, clean up when paused, and write status (no rollout). */
    sync(): void;
    /** deployment_controller.go checkPausedConditions. */
    checkPausedConditions(): void;
    /** deployment_controller.go isScalingEvent: an active ReplicaSet's desired-replicas differs from spec.replicas. */
    isScalingEvent(): boolean;
    /** Writes what changed: the Deployment's annotations (ObjectApplied), then its status. */
    flush(): void;
}
