import { schemaFor } from './index.js';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * `value` without the null-valued fields of its objects, as the API server decodes JSON into Go
 * structs (a null field keeps its zero value: `resources: null` is no resources, `replicas: null`
 * is defaulted). Map entries (labels, data, requests) and list entries keep their nulls: validation
 * judges those. The same value is returned when nothing was null.
 */
function strip(value, schema) {
    switch (schema.t) {
        case 'unmodeled': return strip(value, schema.of);
        case 'list': {
            if (!Array.isArray(value))
                return value;
            let out;
            for (let i = 0; i < value.length; i++) {
                const v = value[i], s = strip(v, schema.of);
                if (s === v)
                    continue;
                out ??= value.slice();
                out[i] = s;
            }
            return out ?? value;
        }
        case 'map':
        case 'object': {
            if (!isObj(value))
                return value;
            // Most manifests hold no null field at all: walk them without copying (no entries arrays either).
            let out;
            for (const k in value) {
                if (!Object.hasOwn(value, k))
                    continue;
                const v = value[k];
                const f = schema.t === 'map' ? schema.of : Object.hasOwn(schema.fields, k) ? schema.fields[k] : undefined;
                const s = v === null && schema.t === 'object' ? undefined : f ? strip(v, f) : v;
                if (s === v)
                    continue;
                out ??= { ...value };
                if (s === undefined)
                    delete out[k];
                else
                    out[k] = s;
            }
            return out ?? value;
        }
        default: return value;
    }
}
/** A manifest of a kind kubesim models without its null-valued fields (see strip); others unchanged. */
export function withoutNullFields(obj) {
    if (!isObj(obj) || typeof obj.kind !== 'string' || typeof obj.apiVersion !== 'string')
        return obj;
    const schema = schemaFor(obj.kind, obj.apiVersion);
    return schema ? strip(obj, schema) : obj;
}
