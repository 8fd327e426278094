import type { Pod } from '../api/types.js';
import type { Rng } from '../clock/rng.js';
import type { Millis } from '../api/ids.js';
import type { PodCreated } from '../events/pod.js';
import type { ClusterState } from '../reducers/state.js';
/** pkg/kubelet/types/pod_update.go ConfigMirrorAnnotationKey: marks the API copy of a static pod. */
export declare const CONFIG_MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
/** pkg/kubelet/types/pod_update.go ConfigSourceAnnotationKey / ConfigHashAnnotationKey. */
export declare const CONFIG_SOURCE_ANNOTATION = "kubernetes.io/config.source";
export declare const CONFIG_HASH_ANNOTATION = "kubernetes.io/config.hash";
export declare const isMirrorPod: (pod: Pod) => boolean;
/**
 * The mirror pod a node's kubelet creates for a static pod (pkg/kubelet/pod/mirror_client.go):
 * named `<name>-<nodeName>` (pkg/kubelet/config/common.go generatePodName), annotated
 * config.mirror / config.source / config.hash, owned by the Node, bound to the node.
 * `recreate`: the pod already carries its final name (a deleted mirror coming back).
 */
export declare function mirrorPodCreated(pod: Pod, node: string, state: ClusterState, now: Millis, rng: Rng, recreate?: boolean): PodCreated | {
    error: string;
};
