/**
 * Strategic merge patch keys of the list fields kubesim models, from the `patchMergeKey` /
 * `patchStrategy:"merge"` tags of k8s.io/api core/v1 and apps/v1 types.go. A list field not
 * named here is replaced whole by a patch (atomic), as the API server does for untagged lists.
 * The served OpenAPI publishes the same keys (x-kubernetes-patch-merge-key), so kubectl apply
 * computes its patches with them.
 */
export const MERGE_KEYS = {
    containers: 'name', initContainers: 'name', ephemeralContainers: 'name', env: 'name', volumes: 'name',
    volumeMounts: 'mountPath', volumeDevices: 'devicePath', ports: 'containerPort', imagePullSecrets: 'name',
    conditions: 'type', ownerReferences: 'uid', hostAliases: 'ip', topologySpreadConstraints: 'topologyKey',
    schedulingGates: 'name', resourceClaims: 'name',
};
/** Lists of scalars merged as sets (patchStrategy:"merge" without a key): metadata.finalizers. */
export const MERGED_SCALAR_LISTS = new Set(['finalizers']);
