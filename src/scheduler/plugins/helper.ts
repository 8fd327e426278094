import type { Taint, Toleration } from '../../api/types.js';
import { MAX_NODE_SCORE } from '../framework.js';

/**
 * framework/plugins/helper/normalize_score.go DefaultNormalizeScore: scales scores to
 * 0..maxPriority by the largest one (integer division); `reverse` flips them. When every score is
 * 0, all become maxPriority if reversed, and stay 0 otherwise.
 */
export function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: number[]): void {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max === 0) {
    if (reverse) scores.fill(maxPriority);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    let s = Math.trunc((maxPriority * scores[i]) / max);
    if (reverse) s = maxPriority - s;
    scores[i] = s;
  }
}

export { toleratesTaint, findUntoleratedTaint } from '../../api/tolerations.js';

export { MAX_NODE_SCORE };
