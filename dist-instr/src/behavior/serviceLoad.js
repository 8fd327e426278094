import { valueAt } from './resolve.js';
/**
 * A pod a Service sends traffic to: a ready endpoint (endpointslice controller: Running, the Ready
 * condition True, not terminating; a terminating pod is published as not ready and kube-proxy
 * sends it no new connections).
 */
export const isServingEndpoint = (pod) => pod.status.phase === 'Running'
    && pod.metadata.deletionTimestamp === undefined
    && pod.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
/**
 * Each pod's share of the scenario's Service loads at `now`, in millicores, keyed `namespace/name`:
 * a Service's total is split equally among its ready endpoints (kube-proxy picks among them with
 * equal probability); a pod behind two loaded Services gets both shares. A Service that does not
 * exist, or has no selector (its endpoints are managed by hand), passes its load to no pod.
 */
export function serviceLoadShares(loads, now, lookup) {
    const shares = new Map();
    for (const l of loads) {
        const total = valueAt(l.cpu, now);
        if (total <= 0)
            continue;
        const svc = lookup.service(l.namespace, l.service);
        const selector = svc?.spec?.selector;
        if (!selector || Object.keys(selector).length === 0)
            continue;
        const endpoints = lookup.select(l.namespace, { matchLabels: selector }).filter(isServingEndpoint);
        for (const p of endpoints) {
            const key = `${p.metadata.namespace}/${p.metadata.name}`;
            shares.set(key, (shares.get(key) ?? 0) + total / endpoints.length);
        }
    }
    return shares;
}
