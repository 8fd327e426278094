/** One served resource at one group/version, as discovery lists it (metav1.APIResource). */
export interface ServedResource {
    readonly group: string;
    readonly version: string;
    readonly resource: string;
    readonly kind: string;
    readonly namespaced: boolean;
    /** Where kubesim keeps it: a state resource name, or `events` for the facts' Event view. */
    readonly store: string;
    readonly shortNames: readonly string[];
    readonly categories: readonly string[];
    readonly verbs: readonly string[];
    /** Subresources served: scale, status, eviction. */
    readonly subresources: readonly string[];
}
/**
 * Everything kubesim serves: each modelled kind at each API version it is served at, and Events
 * (core v1 and events.k8s.io/v1), read-only, made from the log's facts.
 */
export declare const SERVED: readonly ServedResource[];
export declare const groupVersion: (r: {
    group: string;
    version: string;
}) => string;
/** The resource served at group/version with this plural name. */
export declare const findServed: (group: string, version: string, resource: string) => ServedResource | undefined;
/** The preferred (first listed) served resource of a kind, for writes that name apiVersion/kind. */
export declare const servedKind: (apiVersion: string, kind: string) => ServedResource | undefined;
/** Group -> versions, in the order discovery lists them (preferred first). */
export declare function groups(): Map<string, string[]>;
