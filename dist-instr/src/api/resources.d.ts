import type { PodSpec, ResourceList } from './types.js';
/** Resource amounts in kubesim's canonical units: cpu in millicores, everything else in whole units (bytes). */
export type Amounts = Record<string, number>;
export declare function toAmounts(list: ResourceList | undefined): Amounts;
/**
 * A pod's effective requests, as the scheduler computes them (component-helpers
 * resource.PodRequests): the sum over app containers and sidecars, or the largest init
 * container plus the sidecars started before it, whichever is larger, plus spec.overhead.
 */
export declare function podRequests(spec: PodSpec): Amounts;
/**
 * A pod's effective limits (component-helpers resource.PodLimits): as the requests, and
 * spec.overhead added only to the resources that have a limit.
 */
export declare function podLimits(spec: PodSpec): Amounts;
/** QoS class (pkg/apis/core/v1/helper/qos GetPodQOS): Guaranteed, Burstable or BestEffort. */
export declare function qosClass(spec: PodSpec): 'Guaranteed' | 'Burstable' | 'BestEffort';
