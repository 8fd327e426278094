import { type Amounts } from './resources.js';
import type { KubeObject, PodSpec, ResourceList } from './types.js';
/** core/v1 ResourceQuotaScope values. */
export declare const QUOTA_SCOPES: string[];
/** Millis for the cpu names (cpu, requests.cpu, limits.cpu), whole units for the rest. */
export declare const quotaScale: (resource: string) => 0 | -3;
/**
 * Whether a quota holding `scope` may name `resource` (validation's "unsupported scope applied to
 * resource"): a BestEffort quota counts only pods, since BestEffort pods request nothing.
 */
export declare function scopeAllows(scope: string, resource: string): boolean;
/** The hard-limit names a pod is measured against (the pod evaluator's MatchingResources). */
export declare const countsForPods: (resource: string) => boolean;
/**
 * A pod's usage (pods.go PodUsageFunc / podComputeUsageHelper): one pod; cpu and memory requests
 * under both their bare and `requests.` names, limits under `limits.`; extended resources and
 * hugepages by request only. Amounts in quotaScale units.
 */
export declare function podUsage(spec: PodSpec): Readonly<Amounts>;
/** "must specify limits.cpu for: a,b; requests.memory for: a", or undefined when every container complies. */
export declare function missingPodConstraints(spec: PodSpec, tracked: readonly string[]): string | undefined;
export interface ScopeSelectorRequirement {
    readonly scopeName: string;
    readonly operator: string;
    readonly values?: readonly string[];
}
export interface ResourceQuota extends KubeObject {
    readonly spec?: {
        readonly hard?: ResourceList;
        readonly scopes?: readonly string[];
        readonly scopeSelector?: {
            readonly matchExpressions?: readonly ScopeSelectorRequirement[];
        };
    };
    readonly status?: {
        readonly hard?: ResourceList;
        readonly used?: ResourceList;
    };
}
/** A quota's scopes as selector requirements (resource_quota getScopeSelectorsFromQuota). */
export declare function quotaScopeSelectors(q: ResourceQuota): ScopeSelectorRequirement[];
/**
 * What the pod evaluator's scopes look at in a pod (pods.go podMatchesScopeFunc): pods alike in
 * these are selected by the same quotas, so usage can be kept per class of them.
 */
export interface PodScopeFacts {
    readonly terminating: boolean;
    readonly bestEffort: boolean;
    readonly crossNamespaceAffinity: boolean;
    readonly priorityClassName: string;
}
export declare function podScopeFacts(spec: PodSpec): PodScopeFacts;
/** The class key of PodScopeFacts (one entry of a namespace's usage per class). */
export declare const scopeClassKey: (f: PodScopeFacts) => string;
/** Whether every scope of the quota selects pods with these facts (an unscoped quota selects every pod). */
export declare const quotaSelectsScope: (q: ResourceQuota, f: PodScopeFacts) => boolean;
/** Whether every scope of the quota selects the pod. */
export declare const quotaSelectsPod: (q: ResourceQuota, spec: PodSpec) => boolean;
/** What the live pods of one scope class use (summed podUsage), with the facts their scopes look at. */
export interface PodClassUsage {
    readonly scope: PodScopeFacts;
    readonly used: Readonly<Amounts>;
}
/**
 * What a namespace uses, kept as facts arrive so that a quota's usage is a sum over a few pod
 * classes instead of a walk over every pod: with every create and every quota sync walking all
 * pods, a namespace of n pods under a quota cost O(n^2). Kubernetes' quota controller lists the
 * namespace's pods per sync too, but its admission plugin adds each request to status.used as it
 * admits it (resource_access.go, controller.go CheckRequest); this is that running total.
 * Kept only for namespaces that have (had) a ResourceQuota: the first one's arrival counts what
 * is there once.
 */
export interface NamespaceUsage {
    /** Scope class key (scopeClassKey) -> usage of the non-terminal pods of that class. */
    readonly pods: Readonly<Record<string, PodClassUsage>>;
    /** resource (plural) -> how many objects of it the namespace holds. */
    readonly objects: Readonly<Record<string, number>>;
    /** What its PersistentVolumeClaims use (pvcUsage summed); absent until a claim is counted. */
    readonly claims?: Readonly<Amounts>;
}
/**
 * A PersistentVolumeClaim's usage (pkg/quota/v1/evaluator/core/persistent_volume_claims.go Usage):
 * one claim under `persistentvolumeclaims` and `count/persistentvolumeclaims`, its storage request
 * under `requests.storage`, and both again under its storage class's names
 * (`<class>.storageclass.storage.k8s.io/requests.storage`, `.../persistentvolumeclaims`).
 */
export declare function pvcUsage(pvc: KubeObject): Amounts;
/** Whether a quota name is measured from claims (storage), not pods or object counts. */
export declare const countsForClaims: (r: string) => boolean;
/** Core resources a quota also counts under their bare name (`configmaps: "10"`), as before count/ names. */
export declare const LEGACY_COUNTED: readonly string[];
/**
 * The quota names an object of `resource` (plural) in `group` is counted under by the generic
 * object-count evaluator: `count/<resource>[.<group>]`, and the legacy core names.
 */
export declare function objectCountNames(resource: string, group: string): string[];
/** A ResourceList in quota units, and which names were written in binary units (for printing). */
export declare function quotaAmounts(list: ResourceList | undefined): {
    amounts: Amounts;
    binary: Set<string>;
};
