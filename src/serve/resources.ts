import { KINDS, SCALE_SUBRESOURCE_RESOURCES } from '../api/kinds.js';
import { RESOURCES } from '../output/printers/index.js';

/** One served resource at one group/version, as discovery lists it (metav1.APIResource). */
export interface ServedResource {
  readonly group: string; readonly version: string;
  readonly resource: string;
  readonly kind: string;
  readonly namespaced: boolean;
  /** Where kubesim keeps it: a state resource name, or `events` for the facts' Event view. */
  readonly store: string;
  /** The names `kubectl get` resolves besides the plural, and the categories (`all`) it lists. */
  readonly shortNames: readonly string[]; readonly categories: readonly string[];
  readonly verbs: readonly string[];
  /** Subresources served: scale, status, eviction, log. */
  readonly subresources: readonly string[];
}

/**
 * The `all` category as the real API server registers it (pkg/registry/.../storage.go Categories).
 * Short names come from output/printers' RESOURCES, the same names `kubesim get` accepts.
 */
const ALL = new Set(['pods', 'replicationcontrollers', 'services', 'deployments', 'replicasets', 'statefulsets',
  'daemonsets', 'jobs', 'cronjobs', 'horizontalpodautoscalers']);
/** RESOURCES' names are the singular then the short names (storage.go ShortNames). */
const shortNames = (resource: string): readonly string[] =>
  RESOURCES.find((x) => x.resource === resource)?.names.slice(1) ?? [];
const WRITE_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function served(kind: string, resource: string, namespaced: boolean, apiVersion: string): ServedResource {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const subresources = [
    'status',
    ...(SCALE_SUBRESOURCE_RESOURCES.has(resource) ? ['scale'] : []),
    ...(resource === 'pods' ? ['eviction', 'log'] : []),
  ];
  return {
    group, version, resource, kind, namespaced, store: resource, shortNames: shortNames(resource),
    categories: ALL.has(resource) ? ['all'] : [], verbs: WRITE_VERBS, subresources,
  };
}

/**
 * Everything kubesim serves: each modelled kind at each API version it is served at, Events
 * (core v1 and events.k8s.io/v1), read-only, made from the log's facts, and the ServiceAccounts,
 * Endpoints and EndpointSlices every new cluster holds, read-only.
 */
export const SERVED: readonly ServedResource[] = [
  ...KINDS.flatMap((k) => k.apiVersions.map((v) => served(k.kind, k.resource, k.namespaced, v))),
  { ...served('Event', 'events', true, 'v1'), store: 'events', verbs: ['get', 'list', 'watch'], subresources: [] },
  { ...served('Event', 'events', true, 'events.k8s.io/v1'), store: 'events', verbs: ['get', 'list', 'watch'],
    subresources: [], shortNames: [] },
  // metrics-server's resource metrics API (metrics.ts), for kubectl top: read-only, made at the served instant.
  ...([['PodMetrics', 'pods', true, 'podmetrics'], ['NodeMetrics', 'nodes', false, 'nodemetrics']] as const).map(
    ([kind, resource, namespaced, store]) => ({ group: 'metrics.k8s.io', version: 'v1beta1', resource, kind, namespaced,
      store, shortNames: [], categories: [], verbs: ['get', 'list'], subresources: [] })),
  // What the control plane makes by itself and kubesim does not store (api/bootstrap.ts), read-only.
  ...([['ServiceAccount', 'serviceaccounts', 'v1'], ['Endpoints', 'endpoints', 'v1'],
    ['EndpointSlice', 'endpointslices', 'discovery.k8s.io/v1']] as const).map(([kind, resource, v]) =>
    ({ ...served(kind, resource, true, v), verbs: ['get', 'list', 'watch'], subresources: [] })),
];

export const groupVersion = (r: { group: string; version: string }): string =>
  (r.group ? `${r.group}/${r.version}` : r.version);

/** The resource served at group/version with this plural name. */
export const findServed = (group: string, version: string, resource: string): ServedResource | undefined =>
  SERVED.find((r) => r.group === group && r.version === version && r.resource === resource);

/** The preferred (first listed) served resource of a kind, for writes that name apiVersion/kind. */
export const servedKind = (apiVersion: string, kind: string): ServedResource | undefined =>
  SERVED.find((r) => groupVersion(r) === apiVersion && r.kind === kind);

/** Group -> versions, in the order discovery lists them (preferred first). */
export function groups(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of SERVED) {
    const vs = out.get(r.group) ?? [];
    if (!vs.includes(r.version)) vs.push(r.version);
    out.set(r.group, vs);
  }
  return out;
}
