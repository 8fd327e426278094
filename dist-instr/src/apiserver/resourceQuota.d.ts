/**
 * The ResourceQuota admission plugin (apiserver admission/plugin/resourcequota, controller.go
 * CheckRequest): a create in a namespace with quotas is refused when it would take a tracked
 * amount past a quota's hard limit, or when a cpu/memory quota finds a container without the
 * request or limit it tracks.
 */
import { type ResourceQuota } from '../api/quota.js';
import type { Amounts } from '../api/resources.js';
import type { PodSpec } from '../api/types.js';
import { type ClusterState } from '../reducers/state.js';
/**
 * The quotas of a namespace, in name order (one request is checked against each); `pending` are
 * the quotas the same batch creates first.
 */
export declare const quotasIn: (state: ClusterState, ns: string, pending?: readonly ResourceQuota[]) => ResourceQuota[];
/**
 * What a quota's namespace uses now of the names the quota tracks: the live pods its scopes select,
 * and the stored objects its `count/...` names count. The resource quota controller's recalculation,
 * read from the namespace's running total (reducers/quotaUsage.ts): a sum over a few pod classes.
 * A namespace without one yet (its first quota is being created in this batch) is counted from
 * what is stored.
 */
export declare function quotaUsed(state: ClusterState, q: ResourceQuota): Amounts;
/** Admission of a pod create: undefined when admitted (its usage is then recorded), else the refusal. */
export declare function admitPodQuota(state: ClusterState, ns: string, spec: PodSpec, pending?: readonly ResourceQuota[]): string | undefined;
/**
 * Admission of another object's create: its usage (the generic object-count evaluator's
 * `count/...` names, a claim's storage names) against the namespace's unscoped quotas.
 */
export declare function admitObjectQuota(state: ClusterState, ns: string, delta: Amounts, pending?: readonly ResourceQuota[]): string | undefined;
