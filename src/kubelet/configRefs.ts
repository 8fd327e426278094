import type { Container, Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';

type Ref = { readonly name?: string; readonly optional?: boolean } | undefined;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** ConfigMaps a container's environment needs (env valueFrom.configMapKeyRef, envFrom.configMapRef), non-optional ones only. */
export function envConfigMaps(c: Container): string[] {
  const out: string[] = [];
  for (const e of c.env ?? []) {
    const ref = (isObj(e) && isObj(e.valueFrom) ? e.valueFrom.configMapKeyRef : undefined) as Ref;
    if (ref?.name && !ref.optional && !out.includes(ref.name)) out.push(ref.name);
  }
  for (const e of c.envFrom ?? []) {
    const ref = (isObj(e) ? e.configMapRef : undefined) as Ref;
    if (ref?.name && !ref.optional && !out.includes(ref.name)) out.push(ref.name);
  }
  return out;
}

/** configMap volumes of the pod that are not optional: [volume name, ConfigMap name]. */
export function volumeConfigMaps(pod: Pod): [string, string][] {
  return (pod.spec.volumes ?? []).filter((v) => v.configMap && !v.configMap.optional).map((v) => [v.name, v.configMap!.name]);
}

export const configMapExists = (state: ClusterState, namespace: string, name: string): boolean =>
  state.objects.configmaps?.[`${namespace}/${name}`] !== undefined;
