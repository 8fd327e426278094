import type { LabelSelector, Labels } from '../../api/types.js';
/** apimachinery labels.FormatLabels: `k=v,k2=v2` sorted by key, "<none>" when empty. */
export declare function formatLabels(l: Labels | undefined): string;
/**
 * metav1.LabelSelectorAsSelector(sel).String(): requirements sorted by key (labels.internalSelector),
 * `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`; "" for an empty or nil selector.
 */
export declare function selectorString(sel: LabelSelector | undefined): string;
/** metav1.FormatLabelSelector: the selector's String(), "<none>" when that is empty. */
export declare const formatLabelSelector: (sel: LabelSelector | undefined) => string;
