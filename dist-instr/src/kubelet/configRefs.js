import { hasObject } from '../reducers/state.js';
const isObj = (v) => typeof v === 'object' && v !== null;
const KIND = { configmaps: 'configmap', secrets: 'secret' };
/** kubelet's message for a missing one (kubelet_pods.go makeEnvironmentVariables): `configmap "x" not found`. */
export const notFound = (r) => `${KIND[r.resource]} "${r.name}" not found`;
/**
 * Non-optional ConfigMaps and Secrets a container's environment needs (env valueFrom
 * configMapKeyRef / secretKeyRef, envFrom configMapRef / secretRef).
 */
export function envRefs(c) {
    const out = [];
    const add = (resource, ref) => {
        if (ref?.name && !ref.optional && !out.some((o) => o.resource === resource && o.name === ref.name))
            out.push({ resource, name: ref.name });
    };
    for (const e of c.env ?? []) {
        if (!isObj(e) || !isObj(e.valueFrom))
            continue;
        add('configmaps', e.valueFrom.configMapKeyRef);
        add('secrets', e.valueFrom.secretKeyRef);
    }
    for (const e of c.envFrom ?? []) {
        if (!isObj(e))
            continue;
        add('configmaps', e.configMapRef);
        add('secrets', e.secretRef);
    }
    return out;
}
/**
 * Non-optional configMap and secret volumes of the pod, and the non-optional configMap and secret
 * sources of its projected volumes (projected.go collectData: a missing one fails the mount):
 * [volume name, ref].
 */
export function volumeRefs(pod) {
    const out = [];
    for (const v of pod.spec.volumes ?? []) {
        if (v.configMap && !v.configMap.optional)
            out.push([v.name, { resource: 'configmaps', name: v.configMap.name }]);
        if (v.secret && !v.secret.optional)
            out.push([v.name, { resource: 'secrets', name: v.secret.secretName }]);
        const sources = isObj(v.projected) && Array.isArray(v.projected.sources) ? v.projected.sources : [];
        for (const src of sources) {
            if (!isObj(src))
                continue;
            const cm = src.configMap, secret = src.secret;
            if (cm?.name && !cm.optional)
                out.push([v.name, { resource: 'configmaps', name: cm.name }]);
            if (secret?.name && !secret.optional)
                out.push([v.name, { resource: 'secrets', name: secret.name }]);
        }
    }
    return out;
}
export const refExists = (state, namespace, r) => hasObject(state, r.resource, `${namespace}/${r.name}`);
