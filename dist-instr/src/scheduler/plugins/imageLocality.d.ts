import type { NodeInfo, ScorePlugin, PreScorePlugin } from '../framework.js';
export declare const MIN_THRESHOLD: number;
export declare const MAX_CONTAINER_THRESHOLD: number;
/**
 * Per attempt: the pod's normalised images with their spread (nodes having it / all nodes), and the container count.
 */
interface PreScoreState {
    readonly images: readonly {
        readonly name: string;
        readonly spread: number;
    }[];
    readonly containers: number;
}
/** calculatePriority: clamps the summed image score to [min, max*containers] and scales to 0..100. */
export declare function calculatePriority(sumScores: number, numContainers: number): number;
/** sumImageScores: each image present on the node counts its size times the share of nodes that have it (truncated). */
export declare function sumImageScores(st: PreScoreState, node: NodeInfo): number;
/**
 * Favours nodes that already have the pod's images (node status.images). PreScore skips the
 * plugin when no node has any of the images: every score would be 0.
 */
export declare function imageLocality(): PreScorePlugin & ScorePlugin;
export {};
