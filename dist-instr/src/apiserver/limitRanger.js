/**
 * The LimitRanger admission plugin (plugin/pkg/admission/limitranger/admission.go): pods created
 * in a namespace with LimitRanges get the Container defaults they leave out, and are refused
 * when a container or the whole pod falls outside a min, max or limit/request ratio.
 */
import { defaultLimitRange } from '../api/defaults/core.js';
import { resourceScale, scaledValue } from '../api/quantity.js';
import { formatQuantity, quantityFormat } from '../api/quantityFormat.js';
import { podLimits, podRequests } from '../api/resources.js';
/** The annotation LimitRanger writes on a pod it defaulted (limitRangerAnnotation). */
export const LIMIT_RANGER_ANNOTATION = 'kubernetes.io/limit-ranger';
const itemsOf = (lrs) => lrs.flatMap((lr) => defaultLimitRange(lr).spec?.limits ?? []);
/**
 * PodMutateLimitFunc: the Container items' default limits and default requests fill what each
 * container and init container leaves out; the annotation names what was set, as
 * "LimitRanger plugin set: cpu, memory request for container web; cpu limit for container web".
 */
export function limitRangeDefaults(spec, lrs) {
    const items = itemsOf(lrs).filter((i) => i.type === 'Container');
    if (items.length === 0)
        return { spec };
    const limits = {}, requests = {};
    for (const i of items) {
        Object.assign(requests, i.defaultRequest ?? {});
        Object.assign(limits, i.default ?? {});
    }
    const notes = [];
    const fill = (c, prefix) => {
        const lim = { ...(c.resources?.limits ?? {}) };
        const req = { ...(c.resources?.requests ?? {}) };
        const setLim = Object.keys(limits).filter((k) => lim[k] === undefined).sort();
        const setReq = Object.keys(requests).filter((k) => req[k] === undefined).sort();
        if (setLim.length === 0 && setReq.length === 0)
            return c;
        for (const k of setLim)
            lim[k] = limits[k];
        for (const k of setReq)
            req[k] = requests[k];
        if (setReq.length)
            notes.push(`${setReq.join(', ')} request for ${prefix} ${c.name}`);
        if (setLim.length)
            notes.push(`${setLim.join(', ')} limit for ${prefix} ${c.name}`);
        return { ...c, resources: { ...(c.resources ?? {}), limits: lim, requests: req } };
    };
    const containers = spec.containers.map((c) => fill(c, 'container'));
    const initContainers = spec.initContainers?.map((c) => fill(c, 'init container'));
    if (notes.length === 0)
        return { spec };
    return { spec: { ...spec, containers, ...(initContainers ? { initContainers } : {}) },
        annotation: `LimitRanger plugin set: ${notes.join('; ')}` };
}
/** Quantity.String() of a written quantity: "0.5" prints as "500m", "1024Mi" as "1Gi". */
const show = (r, q) => formatQuantity(scaledValue(q, resourceScale(r)), resourceScale(r), quantityFormat(q));
const observedOf = (list) => {
    const value = {}, text = {};
    for (const [r, q] of Object.entries(list ?? {})) {
        value[r] = scaledValue(q, resourceScale(r));
        text[r] = show(r, q);
    }
    return { value, text };
};
/** minConstraint, maxConstraint and limitRequestRatioConstraint for one item against requests and limits. */
function constraints(item, type, req, lim) {
    const errs = [];
    for (const [r, q] of Object.entries(item.min ?? {})) {
        const e = scaledValue(q, resourceScale(r));
        if (req.value[r] === undefined)
            errs.push(`minimum ${r} usage per ${type} is ${show(r, q)}.  No request is specified`);
        else if (req.value[r] < e)
            errs.push(`minimum ${r} usage per ${type} is ${show(r, q)}, but request is ${req.text[r]}`);
        else if (lim.value[r] !== undefined && lim.value[r] < e)
            errs.push(`minimum ${r} usage per ${type} is ${show(r, q)}, but limit is ${lim.text[r]}`);
    }
    for (const [r, q] of Object.entries(item.max ?? {})) {
        const e = scaledValue(q, resourceScale(r));
        if (lim.value[r] === undefined)
            errs.push(`maximum ${r} usage per ${type} is ${show(r, q)}.  No limit is specified`);
        else if (lim.value[r] > e)
            errs.push(`maximum ${r} usage per ${type} is ${show(r, q)}, but limit is ${lim.text[r]}`);
        else if (req.value[r] !== undefined && req.value[r] > e)
            errs.push(`maximum ${r} usage per ${type} is ${show(r, q)}, but request is ${req.text[r]}`);
    }
    for (const [r, q] of Object.entries(item.maxLimitRequestRatio ?? {})) {
        const rq = req.value[r] ?? 0, lm = lim.value[r] ?? 0;
        const head = `${r} max limit to request ratio per ${type} is ${formatQuantity(scaledValue(q, -3), -3)}`;
        if (rq === 0)
            errs.push(`${head}, but no request is specified or request is 0`);
        else if (lm === 0)
            errs.push(`${head}, but no limit is specified or limit is 0`);
        else if (lm / rq > scaledValue(q, -3) / 1000)
            errs.push(`${head}, but provided ratio is ${(lm / rq).toFixed(6)}`);
    }
    return errs;
}
const fromAmounts = (a, spec, field) => {
    const text = {};
    const binary = (r) => [...spec.containers, ...(spec.initContainers ?? [])]
        .some((c) => { const q = c.resources?.[field]?.[r]; return quantityFormat(q) === 'BinarySI'; });
    for (const [r, v] of Object.entries(a))
        text[r] = formatQuantity(v, resourceScale(r), binary(r) ? 'BinarySI' : 'DecimalSI');
    return { value: a, text };
};
/**
 * PodValidateLimitFunc: every Container item against each container and init container, every Pod
 * item against the pod's effective requests and limits. The messages are Kubernetes' own.
 */
export function limitRangeViolations(spec, lrs) {
    const errs = [];
    for (const item of itemsOf(lrs)) {
        if (item.type === 'Container') {
            for (const c of [...spec.containers, ...(spec.initContainers ?? [])])
                errs.push(...constraints(item, 'Container', observedOf(c.resources?.requests), observedOf(c.resources?.limits)));
        }
        else if (item.type === 'Pod') {
            errs.push(...constraints(item, 'Pod', fromAmounts(podRequests(spec), spec, 'requests'), fromAmounts(podLimits(spec), spec, 'limits')));
        }
    }
    return errs;
}
/**
 * PersistentVolumeClaimValidateLimitFunc: each PersistentVolumeClaim item's min (minConstraint) and
 * max (maxRequestConstraint) against the claim's requests (storage); a claim has no limits.
 */
export function pvcLimitViolations(pvc, lrs) {
    const req = observedOf(pvc.spec?.resources?.requests);
    const errs = [];
    for (const item of itemsOf(lrs)) {
        if (item.type !== 'PersistentVolumeClaim')
            continue;
        const type = 'PersistentVolumeClaim';
        errs.push(...constraints({ type, ...(item.min ? { min: item.min } : {}) }, type, req, observedOf(undefined)));
        for (const [r, q] of Object.entries(item.max ?? {})) {
            if (req.value[r] === undefined)
                errs.push(`maximum ${r} usage per ${type} is ${show(r, q)}.  No request is `
                    + 'specified');
            else if (req.value[r] > scaledValue(q, resourceScale(r)))
                errs.push(`maximum ${r} usage per ${type} is `
                    + `${show(r, q)}, but request is ${req.text[r]}`);
        }
    }
    return errs;
}
/** utilerrors.NewAggregate's text (api/problems.ts), for the admission plugins. */
export { aggregate } from '../api/problems.js';
