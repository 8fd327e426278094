import type { KubeObject } from '../types.js';
import { defaultPodSpec } from '../defaults.js';
import type { PodSpec } from '../types.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const specOf = (o: KubeObject): Obj => (isObj(o.spec) ? o.spec : {});
/** `v` when set (not undefined/null), else the default. */
export const or = <T>(v: unknown, d: T): T => (v === undefined || v === null ? d : (v as T));

/** A PodTemplateSpec with the pod defaults applied (defaulting recurses into templates). */
export function defaultTemplate(t: unknown): Obj {
  const tt = isObj(t) ? t : {};
  const spec = isObj(tt.spec) && Array.isArray(tt.spec.containers) ? defaultPodSpec(tt.spec as unknown as PodSpec)
    : tt.spec;
  return { ...tt, ...(spec === undefined ? {} : { spec }) };
}

export const withSpec = <T extends KubeObject>(o: T, spec: Obj): T => ({ ...o, spec });
