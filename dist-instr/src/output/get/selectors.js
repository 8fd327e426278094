/** A parse error, worded as kubectl/apimachinery word it. */
export class SelectorError extends Error {
    name = 'SelectorError';
}
/** Splits on commas outside parentheses (`a in (x,y),b` is two requirements). */
function splitTop(text) {
    const out = [];
    let depth = 0, cur = '';
    for (const ch of text) {
        if (ch === '(')
            depth++;
        if (ch === ')')
            depth--;
        if (ch === ',' && depth === 0) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out.map((s) => s.trim());
}
const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;
/**
 * apimachinery labels.Parse for `-l`: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`,
 * `!k`, comma-separated (all must hold). `k!=v` also matches objects without the label, as in
 * Kubernetes. Returned as a metav1.LabelSelector so one matcher serves both.
 */
export function parseLabelSelector(text) {
    const reqs = [];
    if (text.trim() === '')
        return {};
    for (const part of splitTop(text)) {
        let m;
        if ((m = part.match(/^(\S+)\s+(in|notin)\s*\((.*)\)$/)))
            reqs.push({ key: m[1], operator: m[2] === 'in' ? 'In' : 'NotIn', values: m[3].split(',').map((v) => v.trim()) });
        else if ((m = part.match(/^([^=!\s]+)\s*!=\s*(\S*)$/)))
            reqs.push({ key: m[1], operator: 'NotIn', values: [m[2]] });
        else if ((m = part.match(/^([^=!\s]+)\s*==?\s*(\S*)$/)))
            reqs.push({ key: m[1], operator: 'In', values: [m[2]] });
        else if ((m = part.match(/^!\s*(\S+)$/)))
            reqs.push({ key: m[1], operator: 'DoesNotExist' });
        else if ((m = part.match(/^(\S+)$/)))
            reqs.push({ key: m[1], operator: 'Exists' });
        else
            throw new SelectorError(`unable to parse requirement: ${JSON.stringify(part)}`);
        const key = reqs[reqs.length - 1].key;
        if (!KEY.test(key))
            throw new SelectorError(`unable to parse requirement: invalid label key "${key}"`);
    }
    return { matchExpressions: reqs };
}
/** apimachinery fields.ParseSelector: `f=v`, `f==v`, `f!=v`, comma-separated; empty terms are skipped. */
export function parseFieldSelector(text) {
    if (text.trim() === '')
        return [];
    return text.split(',').filter((part) => part.trim() !== '').map((part) => {
        const m = part.trim().match(/^([^=!]+)(!=|==|=)(.*)$/);
        if (!m)
            throw new SelectorError(`invalid selector: '${text}'; can't understand '${part}'`);
        return { field: m[1].trim(), equal: m[2] !== '!=', value: m[3].trim() };
    });
}
const at = (o, path) => path.split('.').reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);
const text = (v) => (v === undefined || v === null ? '' : String(v));
/**
 * The fields each resource can be selected by (the API server's GetAttrs / ToSelectableFields:
 * pkg/registry/core/pod/strategy.go, node/strategy.go, event/strategy.go, batch/job/strategy.go);
 * metadata.name and metadata.namespace for every resource.
 */
const FIELDS = {
    pods: {
        'spec.nodeName': (o) => text(at(o, 'spec.nodeName')), 'spec.restartPolicy': (o) => text(at(o, 'spec.restartPolicy')),
        'spec.schedulerName': (o) => text(at(o, 'spec.schedulerName')),
        'spec.serviceAccountName': (o) => text(at(o, 'spec.serviceAccountName')),
        'spec.hostNetwork': (o) => String(at(o, 'spec.hostNetwork') === true),
        'status.phase': (o) => text(at(o, 'status.phase')),
        'status.podIP': (o) => text(at(o, 'status.podIP')), 'status.nominatedNodeName': (o) => text(at(o, 'status.nominatedNodeName')),
    },
    nodes: { 'spec.unschedulable': (o) => String(at(o, 'spec.unschedulable') === true) },
    events: {
        ...Object.fromEntries(['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath']
            .map((k) => [`involvedObject.${k}`, (o) => text(at(o, `involvedObject.${k}`))])),
        reason: (o) => text(o.reason), reportingComponent: (o) => text(o.reportingComponent),
        source: (o) => text(at(o, 'source.component') || o.reportingComponent), type: (o) => text(o.type),
        // events.k8s.io/v1 names the involved object `regarding`.
        'regarding.name': (o) => text(at(o, 'involvedObject.name')), 'regarding.kind': (o) => text(at(o, 'involvedObject.kind')),
    },
    jobs: { 'status.successful': (o) => text(at(o, 'status.succeeded') ?? 0) },
};
/** A matcher for a parsed field selector on `resource`, or an error naming the unsupported field. */
export function fieldMatcher(resource, reqs) {
    const getters = reqs.map((r) => {
        if (r.field === 'metadata.name')
            return (o) => text(at(o, 'metadata.name'));
        if (r.field === 'metadata.namespace')
            return (o) => text(at(o, 'metadata.namespace'));
        const g = FIELDS[resource]?.[r.field];
        if (!g)
            throw new SelectorError(`field label not supported: ${r.field}`);
        return g;
    });
    return (o) => reqs.every((r, i) => (getters[i](o) === r.value) === r.equal);
}
