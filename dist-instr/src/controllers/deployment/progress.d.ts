import type { KubeObject } from '../../api/types.js';
import { type DeploymentSpec, type DeploymentStatus } from './deploymentUtil.js';
/** What the status computation needs of the sync in progress (DeploymentSync). */
interface Progress {
    readonly d: KubeObject;
    readonly original: KubeObject;
    readonly spec: DeploymentSpec;
    readonly now: number;
    status: DeploymentStatus;
    requeueAfter: number | undefined;
}
/** sync.go calculateStatus. */
export declare function calculateStatus(s: Progress, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): DeploymentStatus;
/**
 * progress.go syncRolloutStatus: calculateStatus plus the Progressing condition
 * (NewReplicaSetAvailable, ReplicaSetUpdated, ProgressDeadlineExceeded) and the requeue that
 * checks the deadline (requeueStuckDeployment).
 */
export declare function syncRolloutStatus(s: Progress, allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): void;
export {};
