import type { KubeObject } from '../../api/types.js';
import type { DeploymentSync } from './deploymentSync.js';
/**
 * pkg/controller/deployment/recreate.go rolloutRecreate: scale every old ReplicaSet to zero,
 * wait until none of their pods is left running, then create and scale up the new one.
 */
export declare function rolloutRecreate(s: DeploymentSync): void;
/**
 * recreate.go oldPodsRunning: an old ReplicaSet still reports replicas, or one of its pods is in
 * any phase but Succeeded/Failed (terminating pods count: they may still be serving).
 */
export declare function oldPodsRunning(s: DeploymentSync, newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): boolean;
