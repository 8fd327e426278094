import { any, bool, int64, list, map, obj, str, stringMap, strings } from './schema.js';
/** metav1.OwnerReference (apimachinery pkg/apis/meta/v1/types.go). */
export const ownerReference = obj({ apiVersion: str, kind: str, name: str, uid: str, controller: bool,
    blockOwnerDeletion: bool });
/** metav1.ObjectMeta. Server-set fields are accepted as kubectl accepts them. */
export const objectMeta = obj({
    name: str, generateName: str, namespace: str, selfLink: str, uid: str, resourceVersion: str, generation: int64,
    creationTimestamp: any, deletionTimestamp: any, deletionGracePeriodSeconds: int64,
    labels: stringMap, annotations: stringMap, ownerReferences: list(ownerReference), finalizers: strings,
    managedFields: any,
});
/** metav1.LabelSelector. */
export const labelSelector = obj({
    matchLabels: stringMap,
    matchExpressions: list(obj({ key: str, operator: str, values: strings })),
});
/** Top-level fields every object has; `status` is read-only and ignored on apply unless a kind models it. */
export const topLevel = (rest) => obj({ apiVersion: str, kind: str, metadata: objectMeta, status: any, ...rest });
export { map };
