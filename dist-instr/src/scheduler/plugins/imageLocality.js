import { stateKey } from '../cycleState.js';
import { normalizedImageName } from '../nodeInfo.js';
import { SKIP, SUCCESS } from '../status.js';
import { MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';
/** imagelocality/image_locality.go: mb, minThreshold (23 MB) and maxContainerThreshold (1000 MB). */
const MB = 1024 * 1024;
export const MIN_THRESHOLD = 23 * MB;
export const MAX_CONTAINER_THRESHOLD = 1000 * MB;
const preScoreKey = stateKey('PreScoreImageLocality');
/** calculatePriority: clamps the summed image score to [min, max*containers] and scales to 0..100. */
export function calculatePriority(sumScores, numContainers) {
    const maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
    const s = Math.min(Math.max(sumScores, MIN_THRESHOLD), maxThreshold);
    return Math.trunc((MAX_NODE_SCORE * (s - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}
function imagesOf(pod, snapshot) {
    const spec = pod.pod.spec;
    const total = snapshot.nodes.length;
    const images = [];
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
        if (!c.image)
            continue;
        const name = normalizedImageName(c.image);
        images.push({ name, spread: total ? snapshot.imageNodeCount(name) / total : 0 });
    }
    return { images, containers: (spec.initContainers?.length ?? 0) + spec.containers.length };
}
/** sumImageScores: each image present on the node counts its size times the share of nodes that have it (truncated). */
export function sumImageScores(st, node) {
    let sum = 0;
    for (const img of st.images) {
        const size = node.images.get(img.name);
        if (size !== undefined)
            sum += Math.trunc(size * img.spread);
    }
    return sum;
}
/**
 * Favours nodes that already have the pod's images (node status.images). PreScore skips the
 * plugin when no node has any of the images: every score would be 0.
 */
export function imageLocality() {
    return {
        name: names.ImageLocality,
        events: ['NodeAdd', 'NodeUpdate'],
        preScore(s, pod, snapshot) {
            const st = imagesOf(pod, snapshot);
            if (st.images.every((i) => i.spread === 0))
                return SKIP;
            s.write(preScoreKey, st);
            return SUCCESS;
        },
        score(s, _pod, node) {
            const st = s.read(preScoreKey);
            if (!st)
                return 0;
            return calculatePriority(sumImageScores(st, node), st.containers);
        },
        scoreNodes(s, pod, nodes, out) {
            for (let i = 0; i < nodes.length; i++)
                out[i] = this.score(s, pod, nodes[i]);
        },
        scoreIndexed(s, _pod, cols, idx, count, out) {
            const st = s.read(preScoreKey);
            if (!st) {
                for (let k = 0; k < count; k++)
                    out[k] = 0;
                return;
            }
            // The same sum as sumImageScores, image by image over the image's size column.
            for (let k = 0; k < count; k++)
                out[k] = 0;
            for (const img of st.images) {
                const col = cols.imageSize(img.name);
                if (col)
                    for (let k = 0; k < count; k++)
                        out[k] += Math.trunc(col[idx[k]] * img.spread);
            }
            for (let k = 0; k < count; k++)
                out[k] = calculatePriority(out[k], st.containers);
        },
    };
}
