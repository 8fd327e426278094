import type { KubeObject } from '../../api/types.js';
import type { DeploymentSpec, DeploymentStatus } from './deploymentUtil.js';
/** What proportional scaling needs of the sync in progress (DeploymentSync). */
interface Scaling {
    readonly spec: DeploymentSpec;
    readonly status: DeploymentStatus;
    readonly rsList: readonly KubeObject[];
    scaleReplicaSetAndRecordEvent(rs: KubeObject, newScale: number): boolean;
}
/**
 * sync.go scale: proportional scaling of the active ReplicaSets when the Deployment's replicas
 * change in the middle of a rollout (or the one active ReplicaSet takes the whole size).
 */
export declare function scaleDeployment(s: Scaling, newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): void;
export {};
