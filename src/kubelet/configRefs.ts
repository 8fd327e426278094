import type { Container, Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import { hasObject } from '../reducers/state.js';

type Ref = { readonly name?: string; readonly optional?: boolean } | undefined;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** An object a container or volume needs before it can start: `configmaps/name` or `secrets/name`. */
export interface ObjectRef { readonly resource: 'configmaps' | 'secrets'; readonly name: string }
const KIND = { configmaps: 'configmap', secrets: 'secret' } as const;

/** kubelet's message for a missing one (kubelet_pods.go makeEnvironmentVariables): `configmap "x" not found`. */
export const notFound = (r: ObjectRef): string => `${KIND[r.resource]} "${r.name}" not found`;

/**
 * Non-optional ConfigMaps and Secrets a container's environment needs (env valueFrom
 * configMapKeyRef / secretKeyRef, envFrom configMapRef / secretRef).
 */
export function envRefs(c: Container): ObjectRef[] {
  const out: ObjectRef[] = [];
  const add = (resource: ObjectRef['resource'], ref: Ref): void => {
    if (ref?.name && !ref.optional && !out.some((o) => o.resource === resource && o.name === ref.name)) out.push(
      { resource, name: ref.name });
  };
  for (const e of c.env ?? []) {
    if (!isObj(e) || !isObj(e.valueFrom)) continue;
    add('configmaps', e.valueFrom.configMapKeyRef as Ref);
    add('secrets', e.valueFrom.secretKeyRef as Ref);
  }
  for (const e of c.envFrom ?? []) {
    if (!isObj(e)) continue;
    add('configmaps', e.configMapRef as Ref);
    add('secrets', e.secretRef as Ref);
  }
  return out;
}

/**
 * Non-optional configMap and secret volumes of the pod, and the non-optional configMap and secret
 * sources of its projected volumes (projected.go collectData: a missing one fails the mount):
 * [volume name, ref].
 */
export function volumeRefs(pod: Pick<Pod, 'spec'>): [string, ObjectRef][] {
  const out: [string, ObjectRef][] = [];
  for (const v of pod.spec.volumes ?? []) {
    if (v.configMap && !v.configMap.optional) out.push([v.name, { resource: 'configmaps', name: v.configMap.name }]);
    if (v.secret && !v.secret.optional) out.push([v.name, { resource: 'secrets', name: v.secret.secretName }]);
    const sources = isObj(v.projected) && Array.isArray(v.projected.sources) ? v.projected.sources as unknown[] : [];
    for (const src of sources) {
      if (!isObj(src)) continue;
      const cm = src.configMap as Ref, secret = src.secret as Ref;
      if (cm?.name && !cm.optional) out.push([v.name, { resource: 'configmaps', name: cm.name }]);
      if (secret?.name && !secret.optional) out.push([v.name, { resource: 'secrets', name: secret.name }]);
    }
  }
  return out;
}

export const refExists = (state: ClusterState, namespace: string, r: ObjectRef): boolean =>
  hasObject(state, r.resource, `${namespace}/${r.name}`);
