import type { KubeObject } from '../../api/types.js';
import type { DeploymentSync } from './deploymentSync.js';
/**
 * pkg/controller/deployment/rolling.go rolloutRolling: scale the new ReplicaSet up within
 * maxSurge, or else the old ones down within maxUnavailable (one sync does one or the other),
 * and clean up history once the rollout is complete.
 */
export declare function rolloutRolling(s: DeploymentSync): void;
/** rolling.go reconcileNewReplicaSet. */
export declare function reconcileNewReplicaSet(s: DeploymentSync, allRSs: readonly KubeObject[], newRS: KubeObject): boolean;
/**
 * rolling.go reconcileOldReplicaSets: how many old pods may go without dropping below
 * replicas - maxUnavailable (counting the new ReplicaSet's unavailable pods), first the
 * unhealthy ones (cleanupUnhealthyReplicas), then the rest oldest first.
 */
export declare function reconcileOldReplicaSets(s: DeploymentSync, newRS: KubeObject): boolean;
