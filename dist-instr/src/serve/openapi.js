import { schemaFor } from '../api/schema/index.js';
import { MERGE_KEYS, MERGED_SCALAR_LISTS } from './mergeKeys.js';
import { groupVersion, SERVED } from './resources.js';
import { VERSION } from './discovery.js';
/**
 * The Go package path of a group's types, as the real OpenAPI names its definitions (io.k8s.api.apps.v1.Deployment).
 */
const definitionName = (r) => `io.k8s.api.${r.group === '' ? 'core' : r.group.replace(/\.k8s\.io$/, '')}.${r.version}.${r.kind}`;
const DESCRIPTION = 'Field modelled by kubesim (read by its simulated components).';
const UNMODELED = 'A real Kubernetes field that kubesim accepts and does not simulate.';
/** kubesim's field schema as an OpenAPI schema: inline objects, Kubernetes' int-or-string and quantity forms. */
export function toOpenApi(s, name = '') {
    switch (s.t) {
        case 'string': return { type: 'string', description: DESCRIPTION };
        // int32 fields (replicas, ports, ...) and int64 fields (activeDeadlineSeconds, ...) as the real spec types them.
        case 'integer': return { type: 'integer', format: 'int32', description: DESCRIPTION };
        case 'int64': return { type: 'integer', format: 'int64', description: DESCRIPTION };
        case 'number': return { type: 'number', format: 'double', description: DESCRIPTION };
        case 'boolean': return { type: 'boolean', description: DESCRIPTION };
        // resource.Quantity and intstr.IntOrString as the real spec gives them.
        case 'quantity': return { type: 'string', format: 'quantity', description: 'Quantity, e.g. 500m or 1Gi.' };
        case 'intOrString': return { type: 'string', format: 'int-or-string', 'x-kubernetes-int-or-string': true,
            description: DESCRIPTION };
        case 'any': return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, description: DESCRIPTION };
        case 'unmodeled': return { ...toOpenApi(s.of, name), description: s.note ? `${UNMODELED} (${s.note})` : UNMODELED };
        case 'map': return { type: 'object', additionalProperties: toOpenApi(s.of), description: DESCRIPTION };
        case 'list': {
            const key = MERGE_KEYS[name];
            const strategy = key ? { 'x-kubernetes-patch-merge-key': key, 'x-kubernetes-patch-strategy': 'merge' }
                : MERGED_SCALAR_LISTS.has(name) ? { 'x-kubernetes-patch-strategy': 'merge' } : {};
            return { type: 'array', items: toOpenApi(s.of), description: DESCRIPTION, ...strategy };
        }
        case 'object': {
            const properties = {};
            for (const [k, v] of Object.entries(s.fields))
                properties[k] = toOpenApi(v, k);
            return { type: 'object', properties, description: DESCRIPTION };
        }
    }
}
const gvkExt = (r) => ({ 'x-kubernetes-group-version-kind': [
        { group: r.group, kind: r.kind, version: r.version }
    ] });
function kindSchema(r) {
    const s = r.kind === 'Event' ? undefined : schemaFor(r.kind, groupVersion(r));
    const base = s ? toOpenApi(s) : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    return { ...base, description: `${r.kind} (${groupVersion(r)}) as kubesim simulates it.`, ...gvkExt(r) };
}
/** The query parameters writes accept; kubectl looks for fieldValidation on PATCH to validate server-side. */
const WRITE_PARAMS = ['dryRun', 'fieldManager', 'fieldValidation'].map((name) => ({ name, in: 'query', schema: { type: 'string' }, uniqueItems: true }));
function operations(r, ref, v2) {
    const prefix = r.group ? `/apis/${r.group}/${r.version}` : '/api/v1';
    const ns = r.namespaced ? '/namespaces/{namespace}' : '';
    const params = v2 ? WRITE_PARAMS.map(({ schema: _s, ...p }) => ({ ...p, type: 'string' })) : WRITE_PARAMS;
    const op = (verb, action, write) => ({
        // An operation names one GVK; a definition lists the GVKs it serves (as the real spec does).
        operationId: `${verb}${r.kind}`, 'x-kubernetes-action': action,
        'x-kubernetes-group-version-kind': { group: r.group, kind: r.kind, version: r.version },
        ...(write ? { parameters: params } : {}),
        responses: { 200: v2 ? { description: 'OK', schema: ref }
                : { description: 'OK', content: { 'application/json': { schema: ref } } } },
    });
    const item = { get: op('read', 'get', false) };
    const collection = { get: op('list', 'list', false) };
    if (r.verbs.includes('create')) {
        Object.assign(item, { put: op('replace', 'put', true), patch: op('patch', 'patch', true),
            delete: op('delete', 'delete', false) });
        collection.post = op('create', 'post', true);
    }
    return { [`${prefix}${ns}/${r.resource}`]: collection, [`${prefix}${ns}/${r.resource}/{name}`]: item };
}
function definitions(rs) {
    const out = {};
    for (const r of rs)
        out[definitionName(r)] = kindSchema(r);
    return out;
}
/** GET /openapi/v2: one Swagger 2.0 document of every served kind (JSON). */
export function openApiV2() {
    let paths = {};
    for (const r of SERVED)
        paths = { ...paths, ...operations(r, { $ref: `#/definitions/${definitionName(r)}` }, true) };
    return { swagger: '2.0', info: { title: 'Kubernetes (kubesim)', version: VERSION.gitVersion }, paths,
        definitions: definitions(SERVED) };
}
/** The OpenAPI v3 group/version paths, as /openapi/v3 lists them: `api/v1`, `apis/apps/v1`, ... */
export function openApiV3Paths() {
    return [...new Set(SERVED.map((r) => (r.group ? `apis/${r.group}/${r.version}` : 'api/v1')))];
}
/** GET /openapi/v3/<path>: the OpenAPI 3.0 document of one group/version. */
export function openApiV3(path) {
    const rs = SERVED.filter((r) => (r.group ? `apis/${r.group}/${r.version}` : 'api/v1') === path);
    if (rs.length === 0)
        return undefined;
    let paths = {};
    for (const r of rs)
        paths = { ...paths, ...operations(r, { $ref: `#/components/schemas/${definitionName(r)}` }, false) };
    return { openapi: '3.0.0', info: { title: 'Kubernetes (kubesim)', version: VERSION.gitVersion }, paths,
        components: { schemas: definitions(rs) } };
}
