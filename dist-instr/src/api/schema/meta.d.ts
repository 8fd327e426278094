import { map, type Schema } from './schema.js';
/** metav1.OwnerReference (apimachinery pkg/apis/meta/v1/types.go). */
export declare const ownerReference: Schema;
/** metav1.ObjectMeta. Server-set fields are accepted as kubectl accepts them. */
export declare const objectMeta: Schema;
/** metav1.LabelSelector. */
export declare const labelSelector: Schema;
/** Top-level fields every object has; `status` is read-only and ignored on apply unless a kind models it. */
export declare const topLevel: (rest: Record<string, Schema>) => Schema;
export { map };
