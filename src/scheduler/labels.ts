import type { Labels, LabelSelector, NodeSelectorRequirement } from '../api/types.js';

/** A compiled label selector (apimachinery labels.Selector). */
export type Matcher = (labels: Labels | undefined) => boolean;

export const MATCH_NOTHING: Matcher = () => false;
export const MATCH_EVERYTHING: Matcher = () => true;

/**
 * metav1.LabelSelectorAsSelector: matchLabels AND matchExpressions; an empty selector matches
 * everything, a nil selector matches nothing.
 */
export function compileSelector(sel: LabelSelector | undefined): Matcher {
  if (!sel) return MATCH_NOTHING;
  const ml = Object.entries(sel.matchLabels ?? {});
  const me = sel.matchExpressions ?? [];
  if (ml.length === 0 && me.length === 0) return MATCH_EVERYTHING;
  return (labels) => {
    const l = labels ?? {};
    for (const [k, v] of ml) if (l[k] !== v) return false;
    for (const r of me) {
      const has = Object.prototype.hasOwnProperty.call(l, r.key);
      switch (r.operator) {
        case 'In': if (!has || !(r.values ?? []).includes(l[r.key])) return false; break;
        case 'NotIn': if (has && (r.values ?? []).includes(l[r.key])) return false; break;
        case 'Exists': if (!has) return false; break;
        case 'DoesNotExist': if (has) return false; break;
        default: return false;
      }
    }
    return true;
  };
}

/**
 * One node selector requirement (component-helpers scheduling/corev1/nodeaffinity): In, NotIn,
 * Exists, DoesNotExist, Gt, Lt. Gt/Lt compare integers; a value that does not parse never matches.
 * NotIn and DoesNotExist match a node that lacks the key.
 */
export function matchRequirement(r: NodeSelectorRequirement, labels: Labels | undefined): boolean {
  const l = labels ?? {};
  const has = Object.prototype.hasOwnProperty.call(l, r.key);
  const vals = r.values ?? [];
  switch (r.operator) {
    case 'In': return has && vals.includes(l[r.key]);
    case 'NotIn': return !has || !vals.includes(l[r.key]);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    case 'Gt': case 'Lt': {
      if (!has || vals.length !== 1) return false;
      const a = parseIntStrict(l[r.key]), b = parseIntStrict(vals[0]);
      if (a === undefined || b === undefined) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default: return false;
  }
}

function parseIntStrict(s: string): number | undefined {
  return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
}
