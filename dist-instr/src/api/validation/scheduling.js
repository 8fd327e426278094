/**
 * The scheduling parts of a pod spec, after pkg/apis/core/validation/validation.go
 * (validateAffinity, validateNodeSelectorRequirement, validateTopologySpreadConstraints,
 * ValidateTolerations): what the scheduler relies on being well formed.
 */
import { dnsSubdomain, forbidden, goValue, invalid, isObj, labelSelector, labelValue, oneOf, required, } from './common.js';
/**
 * validation.go ValidateNodeSelectorRequirement: operator and value count, the key a label name,
 * and, in a required term (AllowInvalidLabelValueInRequiredNodeAffinity is false on create), every
 * value a valid label value.
 */
function nodeSelectorRequirement(p, path, rq, checkValues) {
    if (!isObj(rq))
        return;
    const values = Array.isArray(rq.values) ? rq.values : [];
    switch (rq.operator) {
        case 'In':
        case 'NotIn':
            if (values.length === 0)
                required(p, `${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'");
            break;
        case 'Exists':
        case 'DoesNotExist':
            if (values.length > 0) {
                forbidden(p, `${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
            }
            break;
        case 'Gt':
        case 'Lt':
            if (values.length !== 1) {
                required(p, `${path}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'");
            }
            break;
        default: invalid(p, `${path}.operator`, rq.operator ?? '', 'not a valid selector operator');
    }
    if (typeof rq.key !== 'string' || rq.key === '')
        required(p, `${path}.key`);
    if (checkValues)
        values.forEach((v, i) => labelValue(p, `${path}.values[${i}]`, v));
}
/**
 * validation.go ValidateNodeFieldSelectorRequirement: In or NotIn with exactly one value, and the
 * only field key a node has, metadata.name, whose value must be a node name (a DNS subdomain).
 */
function nodeFieldSelectorRequirement(p, path, rq) {
    if (!isObj(rq))
        return;
    const values = Array.isArray(rq.values) ? rq.values : [];
    if (rq.operator === 'In' || rq.operator === 'NotIn') {
        if (values.length !== 1) {
            required(p, `${path}.values`, "must be only one value when `operator` is 'In' or 'NotIn' for node field selector");
        }
    }
    else
        invalid(p, `${path}.operator`, rq.operator ?? '', 'not a valid selector operator');
    if (rq.key !== 'metadata.name')
        invalid(p, `${path}.key`, rq.key ?? '', 'not a valid field selector key');
    else
        values.forEach((v, i) => dnsSubdomain(p, `${path}.values[${i}]`, v));
}
function nodeSelectorTerm(p, path, t, checkValues) {
    if (!isObj(t))
        return;
    if (Array.isArray(t.matchExpressions)) {
        t.matchExpressions.forEach((r, i) => nodeSelectorRequirement(p, `${path}.matchExpressions[${i}]`, r, checkValues));
    }
    if (Array.isArray(t.matchFields)) {
        t.matchFields.forEach((r, i) => nodeFieldSelectorRequirement(p, `${path}.matchFields[${i}]`, r));
    }
}
const weight = (p, path, w) => {
    if (typeof w === 'number' && (w <= 0 || w > 100))
        invalid(p, path, w, 'must be in the range 1-100');
};
function podAffinityTerm(p, path, t) {
    if (!isObj(t))
        return;
    labelSelector(p, `${path}.labelSelector`, t.labelSelector);
    labelSelector(p, `${path}.namespaceSelector`, t.namespaceSelector);
    if (typeof t.topologyKey !== 'string' || t.topologyKey === '')
        required(p, `${path}.topologyKey`, 'can not be empty');
}
export function validateAffinity(p, path, a) {
    if (!isObj(a))
        return;
    const na = a.nodeAffinity;
    if (isObj(na)) {
        const req = na.requiredDuringSchedulingIgnoredDuringExecution;
        if (isObj(req)) {
            const rp = `${path}.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`;
            const terms = Array.isArray(req.nodeSelectorTerms) ? req.nodeSelectorTerms : [];
            if (terms.length === 0)
                required(p, `${rp}.nodeSelectorTerms`, 'must have at least one node selector term');
            terms.forEach((t, i) => nodeSelectorTerm(p, `${rp}.nodeSelectorTerms[${i}]`, t, true));
        }
        const pref = na.preferredDuringSchedulingIgnoredDuringExecution;
        if (Array.isArray(pref))
            pref.forEach((t, i) => {
                const tp = `${path}.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
                if (!isObj(t))
                    return;
                weight(p, `${tp}.weight`, t.weight);
                nodeSelectorTerm(p, `${tp}.preference`, t.preference, false);
            });
    }
    for (const kind of ['podAffinity', 'podAntiAffinity']) {
        const pa = a[kind];
        if (!isObj(pa))
            continue;
        const base = `${path}.${kind}`;
        const req = pa.requiredDuringSchedulingIgnoredDuringExecution;
        if (Array.isArray(req))
            req.forEach((t, i) => podAffinityTerm(p, `${base}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`, t));
        const pref = pa.preferredDuringSchedulingIgnoredDuringExecution;
        if (Array.isArray(pref))
            pref.forEach((t, i) => {
                const tp = `${base}.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
                if (!isObj(t))
                    return;
                weight(p, `${tp}.weight`, t.weight);
                podAffinityTerm(p, `${tp}.podAffinityTerm`, t.podAffinityTerm);
            });
    }
}
export function validateTopologySpreadConstraints(p, path, cs) {
    if (!Array.isArray(cs))
        return;
    const seen = new Set();
    cs.forEach((c, i) => {
        if (!isObj(c))
            return;
        const cp = `${path}[${i}]`;
        if (!(typeof c.maxSkew === 'number' && c.maxSkew > 0))
            invalid(p, `${cp}.maxSkew`, c.maxSkew ?? 0, 'must be greater than zero');
        if (typeof c.topologyKey !== 'string' || c.topologyKey === '')
            required(p, `${cp}.topologyKey`, 'can not be empty');
        if (c.whenUnsatisfiable === undefined || c.whenUnsatisfiable === '')
            p.push({ path: `${cp}.whenUnsatisfiable`,
                message: 'Unsupported value: "": supported values: "DoNotSchedule", "ScheduleAnyway"' });
        else
            oneOf(p, `${cp}.whenUnsatisfiable`, c.whenUnsatisfiable, ['DoNotSchedule', 'ScheduleAnyway']);
        const key = `{${String(c.topologyKey)}, ${String(c.whenUnsatisfiable)}}`;
        if (seen.has(key))
            p.push({ path: `${cp}.{topologyKey, whenUnsatisfiable}`,
                message: `Duplicate value: ${goValue(key)}` });
        seen.add(key);
        if (c.minDomains !== undefined && c.minDomains !== null) {
            if (!(typeof c.minDomains === 'number' && c.minDomains > 0))
                invalid(p, `${cp}.minDomains`, c.minDomains, 'must be greater than zero');
            else if (c.whenUnsatisfiable !== 'DoNotSchedule')
                invalid(p, `${cp}.minDomains`, c.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${String(c.whenUnsatisfiable)}`);
        }
        oneOf(p, `${cp}.nodeAffinityPolicy`, c.nodeAffinityPolicy, ['Honor', 'Ignore']);
        oneOf(p, `${cp}.nodeTaintsPolicy`, c.nodeTaintsPolicy, ['Honor', 'Ignore']);
        labelSelector(p, `${cp}.labelSelector`, c.labelSelector);
    });
}
