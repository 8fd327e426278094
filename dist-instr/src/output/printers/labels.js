const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
/** apimachinery labels.FormatLabels: `k=v,k2=v2` sorted by key, "<none>" when empty. */
export function formatLabels(l) {
    const e = Object.entries(l ?? {}).sort(byKey);
    return e.length ? e.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}
/**
 * metav1.LabelSelectorAsSelector(sel).String(): requirements sorted by key (labels.internalSelector),
 * `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`; "" for an empty or nil selector.
 */
export function selectorString(sel) {
    if (!sel)
        return '';
    const reqs = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => [k, `${k}=${v}`]);
    for (const r of sel.matchExpressions ?? []) {
        const vals = [...(r.values ?? [])].sort().join(',');
        const text = r.operator === 'In' ? `${r.key} in (${vals})` : r.operator === 'NotIn' ? `${r.key} notin (${vals})`
            : r.operator === 'Exists' ? r.key : `!${r.key}`;
        reqs.push([r.key, text]);
    }
    return reqs.sort(byKey).map(([, t]) => t).join(',');
}
/** metav1.FormatLabelSelector: the selector's String(), "<none>" when that is empty. */
export const formatLabelSelector = (sel) => selectorString(sel) || '<none>';
