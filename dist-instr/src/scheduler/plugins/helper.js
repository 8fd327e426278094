import { MAX_NODE_SCORE } from '../framework.js';
import { SKIP, SUCCESS } from '../status.js';
/**
 * framework/plugins/helper/normalize_score.go DefaultNormalizeScore: scales scores to
 * 0..maxPriority by the largest one (integer division); `reverse` flips them. When every score is
 * 0, all become maxPriority if reversed, and stay 0 otherwise.
 */
export function defaultNormalizeScore(maxPriority, reverse, scores) {
    let max = 0;
    for (const s of scores)
        if (s > max)
            max = s;
    if (max === 0) {
        if (reverse)
            scores.fill(maxPriority);
        return;
    }
    for (let i = 0; i < scores.length; i++) {
        let s = Math.trunc((maxPriority * scores[i]) / max);
        if (reverse)
            s = maxPriority - s;
        scores[i] = s;
    }
}
export { toleratesTaint, findUntoleratedTaint } from '../../api/tolerations.js';
export { MAX_NODE_SCORE };
/**
 * kubesim: the PreFilter of a Filter that passes on every node lacking what it checks (a cordon,
 * a taint): Skip while the snapshot counts no such node, so the Filter is not run (same verdicts).
 */
export const skipWhenNoNode = (count) => (_s, _pod, snapshot) => (count(snapshot) > 0 ? SUCCESS : SKIP);
