import type { ClusterState } from '../reducers/state.js';
/**
 * The `kubectl get all -A` tables (names as kind.group/name) of the workload kinds that have objects, separated by
 * blank lines.
 */
export declare function workloadTables(state: ClusterState): string;
