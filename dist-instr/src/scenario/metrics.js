import { parseSteps } from '../api/behavior.js';
import { isObj } from '../api/validation/common.js';
export const METRIC_TYPES = ['Pods', 'Object', 'External'];
const LOAD_KEYS = ['service', 'namespace', 'cpu'];
const METRIC_KEYS = ['type', 'name', 'labels', 'namespace', 'pods', 'object', 'value', 'total'];
function labelMap(v, path, p) {
    if (v === undefined)
        return undefined;
    if (!isObj(v) || Object.values(v).some((x) => typeof x !== 'string')) {
        p.push({ path, message: 'must be a map of label to string value' });
        return undefined;
    }
    return v;
}
/** Steps in milli-units; a percentage means nothing for a load or a metric. */
function milliSteps(v, path, key, p) {
    const s = parseSteps(p, path, v, key, -3);
    if (s?.some((x) => x.share !== undefined)) {
        p.push({ path, message: 'a percentage has no meaning here' });
        return undefined;
    }
    return s;
}
const nameOf = (v, path, p) => {
    if (typeof v === 'string' && v !== '')
        return v;
    p.push({ path, message: 'Required value' });
    return undefined;
};
const unknownKeys = (o, known, path, p) => {
    for (const k of Object.keys(o))
        if (!known.includes(k))
            p.push({ path: `${path}.${k}`, message: `unknown field (known: ${known.join(', ')})` });
};
/** The scenario's `load:` list: [{service, namespace?, cpu}]. */
export function parseLoads(v, p) {
    if (!Array.isArray(v)) {
        p.push({ path: 'load', message: 'must be a list of {service, namespace, cpu}' });
        return [];
    }
    const out = [];
    v.forEach((e, i) => {
        const path = `load[${i}]`;
        if (!isObj(e)) {
            p.push({ path, message: 'must be a mapping: {service, namespace, cpu}' });
            return;
        }
        unknownKeys(e, LOAD_KEYS, path, p);
        const service = nameOf(e.service, `${path}.service`, p);
        const cpu = e.cpu === undefined ? (p.push({ path: `${path}.cpu`, message: 'Required value' }), undefined)
            : milliSteps(e.cpu, `${path}.cpu`, 'cpu', p);
        if (service && cpu)
            out.push({ service, namespace: typeof e.namespace === 'string' ? e.namespace : 'default',
                cpu });
    });
    return out;
}
/** The scenario's `metrics:` list: [{type: Pods|Object|External, name, labels?, ...}]. */
export function parseMetrics(v, p) {
    if (!Array.isArray(v)) {
        p.push({ path: 'metrics', message: 'must be a list of {type, name, value}' });
        return [];
    }
    const out = [];
    v.forEach((e, i) => {
        const path = `metrics[${i}]`;
        if (!isObj(e)) {
            p.push({ path, message: 'must be a mapping: {type, name, value}' });
            return;
        }
        unknownKeys(e, METRIC_KEYS, path, p);
        const before = p.length;
        const type = e.type;
        if (!METRIC_TYPES.includes(type))
            p.push({ path: `${path}.type`,
                message: `Unsupported value: ${JSON.stringify(e.type)}: supported values: "${METRIC_TYPES.join('", "')}"` });
        const name = nameOf(e.name, `${path}.name`, p);
        const labels = labelMap(e.labels, `${path}.labels`, p) ?? {};
        const value = milliSteps(e.value, `${path}.value`, 'value', p);
        const total = milliSteps(e.total, `${path}.total`, 'value', p);
        if (e.total !== undefined && type !== 'Pods')
            p.push({ path: `${path}.total`,
                message: 'only a Pods metric is shared among pods (give value)' });
        if ((value === undefined) === (total === undefined) && p.length === before)
            p.push({ path,
                message: type === 'Pods' ? 'give exactly one of value (each pod\'s) or total (shared by the Ready pods)'
                    : 'Required value: value' });
        let podLabels;
        if (e.pods !== undefined) {
            if (type !== 'Pods' || !isObj(e.pods))
                p.push({ path: `${path}.pods`,
                    message: 'only a Pods metric names its pods: {labels: {...}}' });
            else
                podLabels = labelMap(e.pods.labels, `${path}.pods.labels`, p);
        }
        let object;
        if (type === 'Object') {
            const o = isObj(e.object) ? e.object : {};
            const kind = nameOf(o.kind, `${path}.object.kind`, p), oname = nameOf(o.name, `${path}.object.name`, p);
            if (kind && oname)
                object = { kind, name: oname };
        }
        else if (e.object !== undefined)
            p.push({ path: `${path}.object`, message: 'only an Object metric has one' });
        if (e.namespace !== undefined && typeof e.namespace !== 'string')
            p.push({ path: `${path}.namespace`,
                message: 'must be a string' });
        if (p.length !== before || !name)
            return;
        out.push({ type, name, labels,
            ...(typeof e.namespace === 'string' ? { namespace: e.namespace }
                : type === 'Object' ? { namespace: 'default' } : {}),
            ...(podLabels ? { podLabels } : {}), ...(object ? { object } : {}),
            ...(value ? { value } : {}), ...(total ? { total } : {}) });
    });
    return out;
}
const describe = (m, field) => (isObj(m[field]) ? m[field] : {});
/**
 * What a run would otherwise leave unsaid: a load on a Service the scenario never creates, and an
 * HPA metric no `metrics:` entry gives (the HPA then fails as one with no metrics adapter) or that
 * kubesim does not simulate.
 */
export function metricWarnings(objects, loads, series) {
    const out = [];
    const services = new Set(objects.filter((o) => o.kind === 'Service')
        .map((o) => `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`));
    loads.forEach((l, i) => {
        if (!services.has(`${l.namespace}/${l.service}`))
            out.push({ object: `Service/${l.service}`,
                path: `load[${i}].service`,
                message: `no Service ${JSON.stringify(l.service)} in namespace ${l.namespace} among the scenario's objects: ` +
                    'its load reaches no pod unless one is created' });
    });
    for (const o of objects) {
        if (o.kind !== 'HorizontalPodAutoscaler' || o.apiVersion === 'autoscaling/v1')
            continue;
        const metrics = (isObj(o.spec) && Array.isArray(o.spec.metrics) ? o.spec.metrics : []);
        metrics.forEach((m, j) => {
            if (!isObj(m))
                return;
            const path = `spec.metrics[${j}]`, type = String(m.type);
            if (type === 'ContainerResource') {
                out.push({ object: `HorizontalPodAutoscaler/${o.metadata.name}`, path,
                    message: 'ContainerResource metrics are not simulated: the HPA reports it cannot compute them' });
                return;
            }
            if (!METRIC_TYPES.includes(type))
                return;
            const src = describe(m, type === 'Pods' ? 'pods' : type === 'Object' ? 'object' : 'external');
            const name = describe(src, 'metric').name;
            const d = describe(src, 'describedObject');
            const given = series.some((s) => s.type === type && s.name === name
                && (type !== 'Object' || (s.object?.kind === d.kind && s.object?.name === d.name)));
            if (!given)
                out.push({ object: `HorizontalPodAutoscaler/${o.metadata.name}`, path,
                    message: `no "metrics:" entry gives the ${type} metric ${JSON.stringify(name)}` +
                        (type === 'Object' ? ` of ${String(d.kind)}/${String(d.name)}` : '') +
                        `: the HPA fails to get it (FailedGet${type}Metric), as with no metrics adapter` });
        });
    }
    return out;
}
