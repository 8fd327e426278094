import type { KubeObject, Pod } from '../api/types.js';
import type { Uid } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import type { ClusterEvent } from '../events/index.js';
/** The pods whose controller owner has this uid (the podsByOwner index), in uid order. */
export declare function podsOwnedBy(state: ClusterState, owner: Uid): Pod[];
/** Objects of a resource in key order. */
export declare const objectsOf: (state: ClusterState, resource: string) => KubeObject[];
/** Objects of `resource` whose controller owner has this uid. */
export declare const objectsOwnedBy: (state: ClusterState, resource: string, owner: Uid) => KubeObject[];
/** controller.IsPodActive: not terminal and not being deleted (pkg/controller/controller_utils.go). */
export declare const isPodActive: (p: Pod) => boolean;
/** podutil.IsPodReady: the Ready condition is True. */
export declare const isPodReady: (p: Pod) => boolean;
export declare const podRef: (p: Pod) => string;
export declare const objRef: (o: KubeObject) => string;
export declare const allPods: (state: ClusterState) => Pod[];
/** The uids of pods a batch touches, in first-mention order. */
export declare function podUidsIn(batch: readonly ClusterEvent[]): string[];
/** Each pod a batch touched that existed before and after it: [uid, before, after]. */
export declare function changedPods(ctx: {
    batch: readonly ClusterEvent[];
    previous: ClusterState;
    state: ClusterState;
}): [
    string,
    Pod,
    Pod
][];
/**
 * The last time anything disturbed the cluster or this object (a timeline fault or node change, a
 * spec change of the object): convergence is only judged `settle` ms after it.
 */
export declare function lastDisturbance(history: readonly ClusterEvent[], key?: {
    resource: string;
    key: string;
}): number;
/**
 * A pod still counted by its controller on a node that is lost: nothing replaces it until the
 * taint-eviction controller evicts it (after its unreachable toleration, 300 s by default), as in
 * Kubernetes. Convergence is not judged for its owner meanwhile.
 */
export declare function onLostNode(state: ClusterState, pod: Pod): boolean;
/**
 * Whether the set cannot finish scaling, as in stateful_set_control.go: a pod on a lost node
 * (even Terminating) is never confirmed gone, and the controller never makes a second pod of its
 * ordinal; with OrderedReady, any pod that is not Running and Ready blocks creation and deletion
 * of the others ("waiting for Pod ... to be Running and Ready"). The end state is not judged then.
 */
export declare function statefulSetBlocked(state: ClusterState, sts: KubeObject, pods: readonly Pod[]): boolean;
export declare const num: (v: unknown, dflt: number) => number;
export declare const spec: (o: KubeObject) => Record<string, unknown>;
export declare const status: (o: KubeObject) => Record<string, unknown>;
