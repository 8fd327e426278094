import { MAX_NODE_SCORE, type PreFilterPlugin, type Snapshot } from '../framework.js';
/**
 * framework/plugins/helper/normalize_score.go DefaultNormalizeScore: scales scores to
 * 0..maxPriority by the largest one (integer division); `reverse` flips them. When every score is
 * 0, all become maxPriority if reversed, and stay 0 otherwise.
 */
export declare function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: number[]): void;
export { toleratesTaint, findUntoleratedTaint } from '../../api/tolerations.js';
export { MAX_NODE_SCORE };
/**
 * kubesim: the PreFilter of a Filter that passes on every node lacking what it checks (a cordon,
 * a taint): Skip while the snapshot counts no such node, so the Filter is not run (same verdicts).
 */
export declare const skipWhenNoNode: (count: (snapshot: Snapshot) => number) => PreFilterPlugin["preFilter"];
