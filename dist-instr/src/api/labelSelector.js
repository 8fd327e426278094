export const MATCH_NOTHING = () => false;
export const MATCH_EVERYTHING = () => true;
/** One requirement against one label value (`undefined`: the key is absent). */
export function requirementMatches(operator, values, value) {
    const has = value !== undefined;
    switch (operator) {
        case 'In': return has && (values ?? []).includes(value);
        case 'NotIn': return !has || !(values ?? []).includes(value);
        case 'Exists': return has;
        case 'DoesNotExist': return !has;
        default: return false;
    }
}
const valueOf = (labels, key) => Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
/** metav1.LabelSelectorAsSelector(sel).Matches(labels). */
export function labelSelectorMatches(sel, labels) {
    if (!sel)
        return false;
    const l = labels ?? {};
    for (const [k, v] of Object.entries(sel.matchLabels ?? {}))
        if (valueOf(l, k) !== v)
            return false;
    for (const r of sel.matchExpressions ?? [])
        if (!requirementMatches(r.operator, r.values, valueOf(l, r.key)))
            return false;
    return true;
}
/** labels.SelectorFromSet(set).Matches(labels): a map selector (ReplicationController, Service); every pair holds. */
export function labelSetMatches(set, labels) {
    const l = labels ?? {};
    for (const k in set)
        if (valueOf(l, k) !== set[k])
            return false;
    return true;
}
/**
 * The label pairs a selector requires exactly (its matchLabels, and each In with one value):
 * every label set it matches carries each of them, so an index by label can find the candidates.
 */
export function selectorAnchors(sel) {
    const out = [];
    for (const [k, v] of Object.entries(sel?.matchLabels ?? {}))
        out.push([k, v]);
    for (const r of sel?.matchExpressions ?? [])
        if (r.operator === 'In' && r.values?.length === 1)
            out.push([r.key, r.values[0]]);
    return out;
}
/** `labelSelectorMatches` compiled once, for selectors matched against many label sets (the scheduler). */
export function compileSelector(sel) {
    if (!sel)
        return MATCH_NOTHING;
    const ml = sel.matchLabels ?? {};
    const pairs = Object.entries(ml), exprs = sel.matchExpressions ?? [];
    if (pairs.length === 0 && exprs.length === 0)
        return MATCH_EVERYTHING;
    return (labels) => {
        const l = labels ?? {};
        for (const [k, v] of pairs)
            if (valueOf(l, k) !== v)
                return false;
        for (const r of exprs)
            if (!requirementMatches(r.operator, r.values, valueOf(l, r.key)))
                return false;
        return true;
    };
}
