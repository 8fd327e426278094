import type { Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
/** The STATUS column of `kubectl get pods` (printers.go printPod). */
export declare const podStatusColumn: (pod: Pod) => string;
/** `kubectl get pods -A -o wide` at the state's time. */
export declare function podTable(state: ClusterState): string;
/** `kubectl get nodes` at the state's time. */
export declare function nodeTable(state: ClusterState): string;
