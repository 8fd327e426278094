import { type Invariant } from './types.js';
/** Two minutes: long enough for a pod to be replaced after a fault in the default model. */
export declare const DEFAULT_SETTLE_MS = 120000;
/**
 * ReplicaSets, Deployments and StatefulSets end with spec.replicas ready pods, unless something
 * disturbed the cluster or changed the object less than `settle` ms before the end. ReplicaSets
 * owned by a Deployment are judged through their Deployment (a rollout scales old ones down).
 */
export declare function replicasConverge(opts?: {
    settle?: number;
}): Invariant;
