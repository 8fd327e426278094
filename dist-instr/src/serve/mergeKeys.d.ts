/**
 * Strategic merge patch keys of the list fields kubesim models, from the `patchMergeKey` /
 * `patchStrategy:"merge"` tags of k8s.io/api core/v1 and apps/v1 types.go. A list field not
 * named here is replaced whole by a patch (atomic), as the API server does for untagged lists.
 * The served OpenAPI publishes the same keys (x-kubernetes-patch-merge-key), so kubectl apply
 * computes its patches with them.
 */
export declare const MERGE_KEYS: Readonly<Record<string, string>>;
/** Lists of scalars merged as sets (patchStrategy:"merge" without a key): metadata.finalizers. */
export declare const MERGED_SCALAR_LISTS: ReadonlySet<string>;
