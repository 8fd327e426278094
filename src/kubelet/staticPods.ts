import type { Pod } from '../api/types.js';
import { admitPod } from '../apiserver/admission.js';
import type { Rng } from '../clock/rng.js';
import { fnv1a32 } from '../util/hash.js';
import type { Millis, NodeName } from '../api/ids.js';
import type { PodCreated } from '../events/pod.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';

/** pkg/kubelet/types/pod_update.go ConfigMirrorAnnotationKey: marks the API copy of a static pod. */
export const CONFIG_MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';
/** pkg/kubelet/types/pod_update.go ConfigSourceAnnotationKey / ConfigHashAnnotationKey. */
export const CONFIG_SOURCE_ANNOTATION = 'kubernetes.io/config.source';
export const CONFIG_HASH_ANNOTATION = 'kubernetes.io/config.hash';

export const isMirrorPod = (pod: Pick<Pod, 'metadata'>): boolean =>
  pod.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION] !== undefined;

/**
 * The mirror pod a node's kubelet creates for a static pod (pkg/kubelet/pod/mirror_client.go):
 * named `<name>-<nodeName>` (pkg/kubelet/config/common.go generatePodName), annotated
 * config.mirror / config.source / config.hash, owned by the Node, bound to the node.
 * `recreate`: the pod already carries its final name (a deleted mirror coming back).
 */
export function mirrorPodCreated(pod: Pick<Pod, 'metadata' | 'spec'>, node: NodeName, state: ClusterState, now: Millis,
  rng: Rng,
  recreate = false): PodCreated | { error: string } {
  const n = tget(state.nodes, node);
  if (!n) return { error: `node ${node} not found` };
  const name = recreate ? pod.metadata.name : `${pod.metadata.name}-${node}`;
  const hash = fnv1a32(JSON.stringify(pod.spec) + node).toString(16).padStart(8, '0');
  const { annotations: _a, ...metadata } = pod.metadata;
  const keep = Object.fromEntries(Object.entries(pod.metadata.annotations ?? {}).filter(([k]) =>
    !k.startsWith('kubernetes.io/config.')));
  return admitPod({ metadata: { ...metadata, annotations: keep }, spec: pod.spec }, state, now, rng, {
    name,
    nodeName: node,
    annotations: { [CONFIG_HASH_ANNOTATION]: hash, [CONFIG_MIRROR_ANNOTATION]: hash,
      [CONFIG_SOURCE_ANNOTATION]: 'file' },
    ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node, uid: n.object.metadata.uid, controller: true }],
  });
}
