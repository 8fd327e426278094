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

/** core/v1 helper Toleration.ToleratesTaint: effect, key, then Exists or Equal on value. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? 'Equal') {
    case 'Exists': return true;
    case 'Equal': return (t.value ?? '') === (taint.value ?? '');
    default: return false;
  }
}

/** v1helper.FindMatchingUntoleratedTaint: the first taint (passing `filter`) no toleration tolerates. */
export function findUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[], filter: (t: Taint) => boolean): Taint | undefined {
  for (const taint of taints) {
    if (!filter(taint)) continue;
    if (!tolerations.some((tol) => toleratesTaint(tol, taint))) return taint;
  }
  return undefined;
}

export { MAX_NODE_SCORE };
