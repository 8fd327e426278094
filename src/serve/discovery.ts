import { groups, groupVersion, SERVED } from './resources.js';

/**
 * The Kubernetes version kubesim models (its defaults, feature gates and messages are v1.34's), as
 * /version reports it; `kubectl version` from a client more than one minor away warns of the skew.
 */
export const VERSION = {
  major: '1', minor: '34', gitVersion: 'v1.34.0-kubesim', gitCommit: 'kubesim', gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z', goVersion: 'go1.24', compiler: 'gc', platform: 'linux/amd64',
};

const ADDRESS = [{ clientCIDR: '0.0.0.0/0', serverAddress: '' }];

/** GET /api: the legacy core group's versions (metav1.APIVersions). */
export const apiVersions = (): object => ({ kind: 'APIVersions', versions: ['v1'],
  serverAddressByClientCIDRs: ADDRESS });

/** GET /apis: every named group with its versions, preferred first (metav1.APIGroupList). */
export function apiGroupList(): object {
  const list = [...groups()].filter(([g]) => g !== '').map(([name, versions]) => apiGroup(name, versions));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: [...list, apiGroup('kubesim.io', ['v1'])] };
}

export function apiGroup(name: string, versions: readonly string[]): object {
  const vs = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
  return { kind: 'APIGroup', apiVersion: 'v1', name, versions: vs, preferredVersion: vs[0] };
}

/**
 * GET /api/v1 or /apis/GROUP/VERSION: each resource with its verbs, short names and
 * categories, and its subresources as `pods/eviction` entries (kubectl drain looks for that one).
 */
export function resourceList(group: string, version: string): object | undefined {
  const rs = SERVED.filter((r) => r.group === group && r.version === version);
  if (group === 'kubesim.io' && version === 'v1') {
    return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'kubesim.io/v1', resources: [
      { name: 'clock', singularName: 'clock', namespaced: false, kind: 'Clock', verbs: ['get', 'create'] },
    ] };
  }
  if (rs.length === 0) return undefined;
  const resources = rs.flatMap((r) => [
    {
      name: r.resource, singularName: r.kind.toLowerCase(), namespaced: r.namespaced, kind: r.kind, verbs: r.verbs,
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
        ...(r.categories.length ? { categories: r.categories } : {}),
    },
    ...r.subresources.map((s) => subresource(r.resource, r.namespaced, s)),
  ]);
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: groupVersion({ group, version }), resources };
}

function subresource(resource: string, namespaced: boolean, sub: string): object {
  const name = `${resource}/${sub}`;
  if (sub === 'scale') return { name, singularName: '', namespaced, group: 'autoscaling', version: 'v1', kind: 'Scale',
    verbs: ['get', 'patch', 'update'] };
  if (sub === 'eviction') return { name, singularName: '', namespaced, group: 'policy', version: 'v1', kind: 'Eviction',
    verbs: ['create'] };
  if (sub === 'log') return { name, singularName: '', namespaced, kind: 'Pod', verbs: ['get'] };
  return { name, singularName: '', namespaced, kind: resourceKind(resource), verbs: ['get', 'patch', 'update'] };
}

const resourceKind = (resource: string): string => SERVED.find((r) => r.resource === resource)?.kind ?? resource;
