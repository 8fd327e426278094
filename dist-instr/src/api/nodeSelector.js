import { isQualifiedName, LABEL_VALUE } from './validation/common.js';
const NOTHING = () => false;
const INT = /^[+-]?\d+$/;
const isLabelValue = (v) => typeof v === 'string' && v.length <= 63 && LABEL_VALUE.test(v);
/**
 * labels.NewRequirement's checks for one matchExpression: a qualified key; In/NotIn with at least
 * one value, Exists/DoesNotExist with none, Gt/Lt with one integer; every value a valid label value
 * (so `NotIn ["invalid value: ___@#$%^"]` is a parse error, not "matches every node").
 */
function labelRequirement(r) {
    if (typeof r.key !== 'string' || !isQualifiedName(r.key))
        return undefined;
    const vals = Array.isArray(r.values) ? r.values : [];
    switch (r.operator) {
        case 'In':
        case 'NotIn':
            if (vals.length === 0)
                return undefined;
            break;
        case 'Exists':
        case 'DoesNotExist':
            if (vals.length !== 0)
                return undefined;
            break;
        case 'Gt':
        case 'Lt':
            if (vals.length !== 1 || !INT.test(String(vals[0])))
                return undefined;
            break;
        default: return undefined;
    }
    if (!vals.every(isLabelValue))
        return undefined;
    const key = r.key, set = new Set(vals);
    const has = (l) => Object.prototype.hasOwnProperty.call(l, key);
    switch (r.operator) {
        case 'In': return (l) => has(l) && set.has(l[key]);
        case 'NotIn': return (l) => !has(l) || !set.has(l[key]);
        case 'Exists': return has;
        case 'DoesNotExist': return (l) => !has(l);
        default: {
            const bound = Number(vals[0]), gt = r.operator === 'Gt';
            // labels.Requirement.Matches: the node's value must parse as an integer too.
            return (l) => has(l) && INT.test(l[key]) && (gt ? Number(l[key]) > bound : Number(l[key]) < bound);
        }
    }
}
/**
 * nodeSelectorRequirementsAsFieldSelector: one value, In (=) or NotIn (!=). The node's field set
 * holds only metadata.name, so another key reads as "" (validation refuses such keys anyway).
 */
function fieldRequirement(r) {
    const vals = Array.isArray(r.values) ? r.values : [];
    if (vals.length !== 1 || (r.operator !== 'In' && r.operator !== 'NotIn'))
        return undefined;
    const want = vals[0], isName = r.key === 'metadata.name', inOp = r.operator === 'In';
    return (name) => ((isName ? name : '') === want) === inOp;
}
function compileTerm(t) {
    if (!t)
        return NOTHING;
    const exprs = t.matchExpressions ?? [], fields = t.matchFields ?? [];
    if (exprs.length === 0 && fields.length === 0)
        return NOTHING;
    const ls = [], fs = [];
    for (const r of exprs) {
        const m = r ? labelRequirement(r) : undefined;
        if (!m)
            return NOTHING;
        ls.push(m);
    }
    for (const r of fields) {
        const m = r ? fieldRequirement(r) : undefined;
        if (!m)
            return NOTHING;
        fs.push(m);
    }
    return (labels, name) => ls.every((m) => m(labels)) && fs.every((m) => m(name));
}
const compiled = new WeakMap();
/** The term, compiled once per term object. */
export function termMatcher(t) {
    if (!t || typeof t !== 'object')
        return NOTHING;
    let m = compiled.get(t);
    if (!m) {
        m = compileTerm(t);
        compiled.set(t, m);
    }
    return m;
}
/** A node selector term matches the node (nodeSelectorTerm.match). */
export const nodeSelectorTermMatches = (t, labels, nodeName) => termMatcher(t)(labels, nodeName);
/** NodeSelector.Match: any term; a null or empty list matches nothing. */
export function nodeSelectorTermsMatch(terms, labels, nodeName) {
    if (!Array.isArray(terms))
        return false;
    for (const t of terms)
        if (termMatcher(t)(labels, nodeName))
            return true;
    return false;
}
