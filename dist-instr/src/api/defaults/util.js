import { defaultPodSpec } from '../defaults.js';
export const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export const specOf = (o) => (isObj(o.spec) ? o.spec : {});
/** `v` when set (not undefined/null), else the default. */
export const or = (v, d) => (v === undefined || v === null ? d : v);
/** A PodTemplateSpec with the pod defaults applied (defaulting recurses into templates). */
export function defaultTemplate(t) {
    const tt = isObj(t) ? t : {};
    const spec = isObj(tt.spec) && Array.isArray(tt.spec.containers) ? defaultPodSpec(tt.spec)
        : tt.spec;
    return { ...tt, ...(spec === undefined ? {} : { spec }) };
}
export const withSpec = (o, spec) => ({ ...o, spec });
