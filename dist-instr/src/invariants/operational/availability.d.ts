import type { KubeObject } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import { type OperationalDef } from './monitor.js';
/** How long a workload may stay below spec.replicas ready pods before `availability` says it did not recover. */
export declare const DEFAULT_RECOVER_MS: number;
/**
 * The fewest ready pods a workload should keep: the `min` parameter, else what a
 * PodDisruptionBudget over its pods asks (minAvailable, or replicas - maxUnavailable: the
 * disruption controller's desiredHealthy, pkg/controller/disruption/disruption.go), else 1 for
 * a workload of two or more replicas (more replicas exist to survive the loss of one). Never
 * more than spec.replicas: an operator who scales down asks for less.
 */
export declare function minReady(state: ClusterState, o: KubeObject, replicas: number, min: unknown): {
    min: number;
    from: string;
};
export declare const availability: OperationalDef;
