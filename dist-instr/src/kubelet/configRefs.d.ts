import type { Container, Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
/** An object a container or volume needs before it can start: `configmaps/name` or `secrets/name`. */
export interface ObjectRef {
    readonly resource: 'configmaps' | 'secrets';
    readonly name: string;
}
/** kubelet's message for a missing one (kubelet_pods.go makeEnvironmentVariables): `configmap "x" not found`. */
export declare const notFound: (r: ObjectRef) => string;
/**
 * Non-optional ConfigMaps and Secrets a container's environment needs (env valueFrom
 * configMapKeyRef / secretKeyRef, envFrom configMapRef / secretRef).
 */
export declare function envRefs(c: Container): ObjectRef[];
/**
 * Non-optional configMap and secret volumes of the pod, and the non-optional configMap and secret
 * sources of its projected volumes (projected.go collectData: a missing one fails the mount):
 * [volume name, ref].
 */
export declare function volumeRefs(pod: Pod): [string, ObjectRef][];
export declare const refExists: (state: ClusterState, namespace: string, r: ObjectRef) => boolean;
