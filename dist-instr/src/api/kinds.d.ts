/** The kinds kubesim reads, with the API versions the Kubernetes API server serves today. */
export interface KindInfo {
    readonly kind: string;
    readonly apiVersions: readonly string[];
    /** Plural lower-case resource name: state.objects key and the --output json array name. */
    readonly resource: string;
    readonly namespaced: boolean;
}
export declare const KINDS: readonly KindInfo[];
export declare const kindInfo: (kind: string) => KindInfo | undefined;
export declare const kindOfResource: (resource: string) => KindInfo | undefined;
/**
 * API versions the API server no longer serves, per kind, from the Deprecated API Migration Guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide/). A group version is listed per kind
 * because some (networking.k8s.io/v1beta1, storage.k8s.io/v1beta1, admissionregistration.k8s.io/v1beta1)
 * still serve newer kinds. `*` means every kind of that group version.
 * Applying them to a current cluster fails with "no matches for kind"; kubesim says why.
 */
export declare const REMOVED_API_VERSIONS: Readonly<Record<string, Readonly<Record<string, string>>>>;
/** "removed in Kubernetes v1.25" when `apiVersion` no longer serves `kind`, else undefined. */
export declare function removedIn(apiVersion: string, kind: string): string | undefined;
/**
 * Every kind the Kubernetes API server serves in the group versions kubesim models (the types.go
 * of k8s.io/api core/v1, apps/v1, batch/v1, autoscaling/v1 and v2, policy/v1, scheduling/v1, plus
 * List). Another kind in one of these group versions does not exist: `kubectl apply` fails with
 * `no matches for kind "Deployemnt" in version "apps/v1"` (RESTMapper NoKindMatchError).
 */
export declare const SERVED_KINDS: Readonly<Record<string, readonly string[]>>;
/** The RESTMapper's error for a kind a served group version does not have, else undefined. */
export declare function noKindMatch(apiVersion: string, kind: string): string | undefined;
/** The supported apiVersion for a kind, for error messages. */
export declare const preferredVersion: (kind: string) => string | undefined;
/**
 * The resources with a `scale` subresource (their registries' ScaleREST: pkg/registry/apps/deployment,
 * replicaset, statefulset; core/replicationcontroller). Job, Service and the rest have none.
 */
export declare const SCALE_SUBRESOURCE_RESOURCES: ReadonlySet<string>;
