import type { NodeInfo, PodInfo, ScorePlugin, Snapshot, PreScorePlugin } from '../framework.js';
import { stateKey } from '../cycleState.js';
import { normalizedImageName } from '../nodeInfo.js';
import { SUCCESS } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';

/** imagelocality/image_locality.go: mb, minThreshold (23 MB) and maxContainerThreshold (1000 MB). */
const MB = 1024 * 1024;
export const MIN_THRESHOLD = 23 * MB;
export const MAX_CONTAINER_THRESHOLD = 1000 * MB;

const totalNodesKey = stateKey<number>('PreScoreImageLocality');

/** calculatePriority: clamps the summed image score to [min, max*containers] and scales to 0..100. */
export function calculatePriority(sumScores: number, numContainers: number): number {
  const maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
  const s = Math.min(Math.max(sumScores, MIN_THRESHOLD), maxThreshold);
  return Math.trunc((MAX_NODE_SCORE * (s - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}

/** sumImageScores: each image present on the node counts its size times the share of nodes that have it. */
export function sumImageScores(pod: PodInfo, node: NodeInfo, snapshot: Pick<Snapshot, 'imageNodeCount'>, totalNodes: number): number {
  let sum = 0;
  const spec = pod.pod.spec;
  for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
    if (!c.image) continue;
    const img = normalizedImageName(c.image);
    const size = node.images.get(img);
    if (size !== undefined) sum += Math.trunc(size * (snapshot.imageNodeCount(img) / totalNodes));
  }
  return sum;
}

/** Favours nodes that already have the pod's images (node status.images). */
export function imageLocality(): PreScorePlugin & ScorePlugin {
  let snap: Snapshot | undefined;
  return {
    name: names.ImageLocality,
    events: ['NodeAdd', 'NodeUpdate'],
    preScore(s, _pod, snapshot) {
      snap = snapshot;
      s.write(totalNodesKey, snapshot.nodes.length);
      return SUCCESS;
    },
    score(s, pod, node) {
      const total = s.read(totalNodesKey) ?? 0;
      if (!snap || total === 0) return 0;
      const n = (pod.pod.spec.initContainers?.length ?? 0) + pod.pod.spec.containers.length;
      return calculatePriority(sumImageScores(pod, node, snap, total), n);
    },
  };
}
