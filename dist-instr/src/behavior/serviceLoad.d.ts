import type { Millis } from '../api/ids.js';
import type { KubeObject, LabelSelector, Pod } from '../api/types.js';
import type { ServiceLoad } from '../scenario/metrics.js';
/**
 * A pod a Service sends traffic to: a ready endpoint (endpointslice controller: Running, the Ready
 * condition True, not terminating; a terminating pod is published as not ready and kube-proxy
 * sends it no new connections).
 */
export declare const isServingEndpoint: (pod: Pod) => boolean;
/** How the caller reads the cluster: a Service by namespace and name, the pods a selector matches (its index). */
export interface ServiceLookup {
    service(namespace: string, name: string): KubeObject | undefined;
    select(namespace: string, selector: LabelSelector): readonly Pod[];
}
/**
 * Each pod's share of the scenario's Service loads at `now`, in millicores, keyed `namespace/name`:
 * a Service's total is split equally among its ready endpoints (kube-proxy picks among them with
 * equal probability); a pod behind two loaded Services gets both shares. A Service that does not
 * exist, or has no selector (its endpoints are managed by hand), passes its load to no pod.
 */
export declare function serviceLoadShares(loads: readonly ServiceLoad[], now: Millis, lookup: ServiceLookup): Map<string, number>;
