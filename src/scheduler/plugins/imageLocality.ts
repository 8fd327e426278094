import type { NodeInfo, PodInfo, ScorePlugin, Snapshot, PreScorePlugin } from '../framework.js';
import { stateKey, type CycleState } from '../cycleState.js';
import { normalizedImageName } from '../nodeInfo.js';
import { SKIP, SUCCESS } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';

/** imagelocality/image_locality.go: mb, minThreshold (23 MB) and maxContainerThreshold (1000 MB). */
const MB = 1024 * 1024;
export const MIN_THRESHOLD = 23 * MB;
export const MAX_CONTAINER_THRESHOLD = 1000 * MB;

/**
 * Per attempt: the pod's normalised images with their spread (nodes having it / all nodes), and the container count.
 */
export interface PreScoreState { readonly images: readonly { readonly name: string; readonly spread: number }[];
  readonly containers: number }
const preScoreKey = stateKey<PreScoreState>('PreScoreImageLocality');

/** calculatePriority: clamps the summed image score to [min, max*containers] and scales to 0..100. */
export function calculatePriority(sumScores: number, numContainers: number): number {
  // At or below the minimum the score is 0 (the common case of a node without the images): no division.
  if (sumScores <= MIN_THRESHOLD && numContainers > 0) return 0;
  const maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
  const s = Math.min(Math.max(sumScores, MIN_THRESHOLD), maxThreshold);
  return Math.trunc((MAX_NODE_SCORE * (s - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}

function imagesOf(pod: PodInfo, snapshot: Pick<Snapshot, 'imageNodeCount' | 'nodes'>): PreScoreState {
  const spec = pod.pod.spec;
  const total = snapshot.nodes.length;
  const images: { name: string; spread: number }[] = [];
  // Init containers first, then containers (the order of the Go code's loops).
  for (const list of LISTS) {
    const cs = spec[list] ?? [];
    for (let i = 0; i < cs.length; i++) {
      const image = cs[i].image;
      if (!image) continue;
      const name = normalizedImageName(image);
      images.push({ name, spread: total ? snapshot.imageNodeCount(name) / total : 0 });
    }
  }
  return { images, containers: (spec.initContainers?.length ?? 0) + spec.containers.length };
}
const LISTS = ['initContainers', 'containers'] as const;

/**
 * Whether some node has one of the pod's images (else every spread, and every score, is 0): PreScore's Skip, found
 * first.
 */
function anyImageOnNodes(pod: PodInfo, snapshot: Pick<Snapshot, 'imageNodeCount' | 'nodes'>): boolean {
  if (snapshot.nodes.length === 0) return false;
  const spec = pod.pod.spec;
  for (const list of LISTS) {
    const cs = spec[list] ?? [];
    for (let i = 0; i < cs.length; i++) {
      const image = cs[i].image;
      if (image && snapshot.imageNodeCount(normalizedImageName(image)) > 0) return true;
    }
  }
  return false;
}

/** sumImageScores: each image present on the node counts its size times the share of nodes that have it (truncated). */
export function sumImageScores(st: PreScoreState, node: NodeInfo): number {
  let sum = 0;
  for (const img of st.images) {
    const size = node.images.get(img.name);
    if (size !== undefined) sum += Math.trunc(size * img.spread);
  }
  return sum;
}

/** This attempt's PreScore state (undefined when PreScore skipped): the fused pass's image columns. */
export const imageLocalityState = (s: CycleState): PreScoreState | undefined => s.read(preScoreKey);

/**
 * Favours nodes that already have the pod's images (node status.images). PreScore skips the
 * plugin when no node has any of the images: every score would be 0.
 */
export function imageLocality(): PreScorePlugin & ScorePlugin {
  return {
    name: names.ImageLocality,
    events: ['NodeAdd', 'NodeUpdate'],
    columnScore: 'ImageLocality',
    preScore(s, pod, snapshot) {
      if (!anyImageOnNodes(pod, snapshot)) return SKIP;
      const st = imagesOf(pod, snapshot);
      if (st.images.every((i) => i.spread === 0)) return SKIP;
      s.write(preScoreKey, st);
      return SUCCESS;
    },
    score(s, _pod, node) {
      const st = s.read(preScoreKey);
      if (!st) return 0;
      return calculatePriority(sumImageScores(st, node), st.containers);
    },
    scoreNodes(s, pod, nodes, out) {
      for (let i = 0; i < nodes.length; i++) out[i] = this.score(s, pod, nodes[i]);
    },
    scoreIndexed(s, _pod, cols, idx, count, out) {
      const st = s.read(preScoreKey);
      if (!st) { for (let k = 0; k < count; k++) out[k] = 0; return; }
      // The same sum as sumImageScores, image by image over the image's size column.
      for (let k = 0; k < count; k++) out[k] = 0;
      for (const img of st.images) {
        const col = cols.imageSize(img.name);
        if (col) for (let k = 0; k < count; k++) out[k] += Math.trunc(col[idx[k]] * img.spread);
      }
      for (let k = 0; k < count; k++) out[k] = calculatePriority(out[k], st.containers);
    },
  };
}
