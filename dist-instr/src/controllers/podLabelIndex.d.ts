import type { LabelSelector, Pod } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { ControllerCache } from './controller.js';
/**
 * Pods by namespace and label, for a controller that lists pods by selector (the HPA's pod
 * lister, which client-go serves from a namespace-indexed informer): a selector with an exact
 * pair (matchLabels, or In with one value) reads the pods carrying that pair, not every pod.
 *
 * Built from the state on the first read, then kept exact from the facts: every reducer that
 * changes a pod finds it by the event's `uid` (see daemon/ownedPodView.ts), so each such fact
 * re-reads that pod's labels. Candidates are checked against the selector on the current state.
 */
export declare class PodLabelIndex implements ControllerCache {
    #private;
    observe(events: readonly ClusterEvent[], state: ClusterState): void;
    /** The pods of `namespace` that `selector` matches (metav1.LabelSelectorAsSelector), in no set order. */
    select(state: ClusterState, namespace: string, selector: LabelSelector | undefined): Pod[];
}
/** The same answer from every pod of the state (a sync outside a simulation has no cache). */
export declare function podsMatching(state: ClusterState, namespace: string, selector: LabelSelector | undefined): Pod[];
