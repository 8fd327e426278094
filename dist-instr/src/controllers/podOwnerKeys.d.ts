import type { KubeObject, Pod } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import { type ObjectKey } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { type ControllerDef } from './controller.js';
/**
 * The pod a pod-level fact (PodX, ContainerX, ProbeX: anything with `pod` and `uid`) changed,
 * before and after its batch, when a controller would care: it appeared or went away, or its
 * phase, readiness, node, labels, owners or deletionTimestamp changed.
 */
export declare function changedPod(e: ClusterEvent, state: ClusterState, prev: ClusterState): PodChange | undefined;
export type PodChange = {
    readonly before: Pod | undefined;
    readonly after: Pod | undefined;
};
/**
 * The pod a fact naming a pod `uid` changed, before and after its batch, whatever changed (a
 * controller cache that keeps pod objects needs every version); memoised per uid and batch.
 */
export declare function podTransition(e: ClusterEvent, state: ClusterState, prev: ClusterState): PodChange | undefined;
/** `namespace/name` of the pod's controller when it is of `kind`. */
export declare function ownerKeyOf(p: Pod | undefined, kind: string): ObjectKey | undefined;
/** The keys a pod change concerns for a controller of `kind`: old and new owner, or matching selectors for orphans. */
export declare function podOwnerKeys(e: ClusterEvent, state: ClusterState, prev: ClusterState, kind: string, resource: string, selectorOf: (o: KubeObject) => (p: Pod) => boolean): readonly ObjectKey[];
/**
 * `keysFor` of a controller that owns pods through a selector (ReplicaSet, StatefulSet, DaemonSet:
 * its informers watch its own objects and pods). A change or termination of one of its objects
 * enqueues that object; status writes, deletions and recorded Events enqueue nothing (the sync
 * wrote them, or the garbage collector cleans up); any other fact, the owners of the pod it changes.
 */
export declare const ownedPodsKeysFor: (resource: string, kind: string, selectorOf: (o: KubeObject) => (p: Pod) => boolean) => ControllerDef["keysFor"];
