import { toCanonical } from './quantity.js';
export function toAmounts(list) {
    const out = {};
    if (list)
        for (const [r, q] of Object.entries(list))
            out[r] = toCanonical(r, q);
    return out;
}
const add = (a, b) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = (out[k] ?? 0) + v;
    return out;
};
const max = (a, b) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = Math.max(out[k] ?? 0, v);
    return out;
};
const requestsOf = (c) => toAmounts(c.resources?.requests);
const limitsOf = (c) => toAmounts(c.resources?.limits);
/**
 * A pod's effective requests, as the scheduler computes them (component-helpers
 * resource.PodRequests): the sum over app containers and sidecars, or the largest init
 * container plus the sidecars started before it, whichever is larger, plus spec.overhead.
 */
export function podRequests(spec) {
    let r = requestsCache.get(spec);
    if (!r) {
        r = computePodRequests(spec);
        requestsCache.set(spec, r);
    }
    return { ...r };
}
/** Specs are immutable and shared by the pods of a template: derived amounts are computed once per spec object. */
const requestsCache = new WeakMap();
const qosCache = new WeakMap();
/** Apps plus sidecars, or the largest init container plus the sidecars before it, whichever is larger. */
function containerAmounts(spec, of) {
    let apps = {};
    for (const c of spec.containers)
        apps = add(apps, of(c));
    let sidecars = {};
    let initMax = {};
    for (const c of spec.initContainers ?? []) {
        if (c.restartPolicy === 'Always') {
            sidecars = add(sidecars, of(c));
            initMax = max(initMax, sidecars);
        }
        else
            initMax = max(initMax, add(sidecars, of(c)));
    }
    return max(add(apps, sidecars), initMax);
}
const computePodRequests = (spec) => add(containerAmounts(spec, requestsOf), toAmounts(spec.overhead));
/**
 * A pod's effective limits (component-helpers resource.PodLimits): as the requests, and
 * spec.overhead added only to the resources that have a limit.
 */
export function podLimits(spec) {
    const limits = containerAmounts(spec, limitsOf);
    for (const [k, v] of Object.entries(toAmounts(spec.overhead)))
        if (k in limits)
            limits[k] += v;
    return limits;
}
/** QoS class (pkg/apis/core/v1/helper/qos GetPodQOS): Guaranteed, Burstable or BestEffort. */
export function qosClass(spec) {
    let q = qosCache.get(spec);
    if (!q) {
        q = computeQosClass(spec);
        qosCache.set(spec, q);
    }
    return q;
}
function computeQosClass(spec) {
    const all = [...spec.containers, ...(spec.initContainers ?? [])];
    let any = false, guaranteed = true;
    for (const c of all) {
        const req = toAmounts(c.resources?.requests), lim = toAmounts(c.resources?.limits);
        for (const r of ['cpu', 'memory']) {
            if ((req[r] ?? 0) > 0 || (lim[r] ?? 0) > 0)
                any = true;
            if (lim[r] === undefined || (req[r] ?? lim[r]) !== lim[r])
                guaranteed = false;
        }
    }
    if (!any)
        return 'BestEffort';
    return guaranteed ? 'Guaranteed' : 'Burstable';
}
