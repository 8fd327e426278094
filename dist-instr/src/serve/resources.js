import { KINDS, SCALE_SUBRESOURCE_RESOURCES } from '../api/kinds.js';
import { RESOURCES } from '../output/printers/index.js';
/**
 * The `all` category as the real API server registers it (pkg/registry/.../storage.go Categories).
 * Short names come from output/printers' RESOURCES, the same names `kubesim get` accepts.
 */
const ALL = new Set(['pods', 'replicationcontrollers', 'services', 'deployments', 'replicasets', 'statefulsets',
    'daemonsets', 'jobs', 'cronjobs', 'horizontalpodautoscalers']);
/** RESOURCES' names are the singular then the short names (storage.go ShortNames). */
const shortNames = (resource) => RESOURCES.find((x) => x.resource === resource)?.names.slice(1) ?? [];
const WRITE_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
function served(kind, resource, namespaced, apiVersion) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const subresources = [
        'status',
        ...(SCALE_SUBRESOURCE_RESOURCES.has(resource) ? ['scale'] : []),
        ...(resource === 'pods' ? ['eviction'] : []),
    ];
    return {
        group, version, resource, kind, namespaced, store: resource, shortNames: shortNames(resource),
        categories: ALL.has(resource) ? ['all'] : [], verbs: WRITE_VERBS, subresources,
    };
}
/**
 * Everything kubesim serves: each modelled kind at each API version it is served at, and Events
 * (core v1 and events.k8s.io/v1), read-only, made from the log's facts.
 */
export const SERVED = [
    ...KINDS.flatMap((k) => k.apiVersions.map((v) => served(k.kind, k.resource, k.namespaced, v))),
    { ...served('Event', 'events', true, 'v1'), store: 'events', verbs: ['get', 'list', 'watch'], subresources: [] },
    { ...served('Event', 'events', true, 'events.k8s.io/v1'), store: 'events', verbs: ['get', 'list', 'watch'],
        subresources: [], shortNames: [] },
];
export const groupVersion = (r) => (r.group ? `${r.group}/${r.version}` : r.version);
/** The resource served at group/version with this plural name. */
export const findServed = (group, version, resource) => SERVED.find((r) => r.group === group && r.version === version && r.resource === resource);
/** The preferred (first listed) served resource of a kind, for writes that name apiVersion/kind. */
export const servedKind = (apiVersion, kind) => SERVED.find((r) => groupVersion(r) === apiVersion && r.kind === kind);
/** Group -> versions, in the order discovery lists them (preferred first). */
export function groups() {
    const out = new Map();
    for (const r of SERVED) {
        const vs = out.get(r.group) ?? [];
        if (!vs.includes(r.version))
            vs.push(r.version);
        out.set(r.group, vs);
    }
    return out;
}
