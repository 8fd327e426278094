import type { KubeObject, Node } from '../api/types.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox } from '../decider/outbox.js';
import type { ClusterState } from '../reducers/state.js';
import type { SourcedObject } from '../scenario/types.js';
/** Node addresses and pod CIDR from its ordinal: InternalIP 10.0.x.y, pod CIDR 10.(128+n/256).(n%256).0/24. */
export declare function completeNode(node: Node, ordinal: number, rng: Rng): Node;
/** Emits NodeAdded for a node, completing what the kubelet would register. */
export declare function addNode(node: Node, state: ClusterState, out: Outbox, rng: Rng, ordinalOffset?: number): void;
export interface ApplyOptions {
    /**
     * The objects come from a recording of a real cluster (a trace or a cluster dump), whose
     * namespaces existed there: NamespaceLifecycle does not refuse them for a missing Namespace.
     */
    readonly namespacesExist?: boolean;
}
/**
 * `kubectl apply` of a set of objects: creates what is new, updates what exists (bumping
 * metadata.generation when the spec changes). Creates pass the API server's admission: the
 * namespace must exist (NamespaceLifecycle), pods get LimitRanger's defaults and bounds, and
 * ResourceQuota counts both. Of an existing pod only labels and annotations change, of an
 * existing node labels, annotations, taints and spec.unschedulable (update.ts). A refusal is a
 * Warning naming the file, as kubectl prints "Error from server".
 */
export declare function applyObjects(objs: readonly SourcedObject[], state: ClusterState, out: Outbox, rng: Rng, opts?: ApplyOptions): void;
/** Fills server-set metadata: uid and creationTimestamp on create; generation bumped when spec changes. */
export declare function stampObject(object: KubeObject, existing: KubeObject | undefined, namespace: string, now: number, rng: Rng): KubeObject;
