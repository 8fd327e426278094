import { labelSelectorMatches, labelSetMatches } from '../../api/labelSelector.js';
import { valueAt } from '../../behavior/resolve.js';
import { isServingEndpoint } from '../../behavior/serviceLoad.js';
/**
 * The HPA passes the metric selector to the adapter as a string: a nil selector is "" there,
 * which selects every series (LabelSelectorAsSelector(nil) is Nothing(), whose String() is "").
 */
const seriesMatches = (s, id) => s.name === id.name
    && (id.selector === undefined || id.selector === null || labelSelectorMatches(id.selector, s.labels));
/**
 * GetRawMetric: the value of a Pods metric for each listed pod that reports it (a running pod
 * that a series' `pods.labels` select, the first such series). A `total` is shared by the
 * reporting pods that are ready endpoints; the others report 0.
 */
export function podMetricValues(series, id, pods, now) {
    const out = new Map();
    const bySeries = new Map();
    for (const p of pods) {
        if (p.status.phase !== 'Running')
            continue;
        const s = series.find((x) => x.type === 'Pods' && seriesMatches(x, id)
            && (x.namespace === undefined || x.namespace === p.metadata.namespace)
            && (x.podLabels === undefined || labelSetMatches(x.podLabels, p.metadata.labels)));
        if (!s)
            continue;
        if (s.value)
            out.set(p.metadata.name, Math.ceil(valueAt(s.value, now)));
        else {
            let list = bySeries.get(s);
            if (!list)
                bySeries.set(s, list = []);
            list.push(p);
        }
    }
    for (const [s, list] of bySeries) {
        const serving = list.filter(isServingEndpoint);
        const share = serving.length ? valueAt(s.total, now) / serving.length : 0;
        for (const p of list)
            out.set(p.metadata.name, isServingEndpoint(p) ? Math.ceil(share) : 0);
    }
    return out;
}
/** GetObjectMetric: the value of the first series describing `kind/name` in `namespace`, if any. */
export function objectMetricValue(series, id, namespace, object, now) {
    const s = series.find((x) => x.type === 'Object' && seriesMatches(x, id) && x.namespace === namespace
        && x.object?.kind === object.kind && x.object?.name === object.name);
    return s ? Math.ceil(valueAt(s.value, now)) : undefined;
}
/** GetExternalMetric: the values of every matching series (all namespaces' when a series names none). */
export function externalMetricValues(series, id, namespace, now) {
    return series.filter((x) => x.type === 'External' && seriesMatches(x, id)
        && (x.namespace === undefined || x.namespace === namespace)).map((x) => Math.ceil(valueAt(x.value, now)));
}
