import { applyDefaults } from '../../api/defaults/index.js';
import type { KubeObject } from '../../api/types.js';
import { render } from '../toApi.js';
import type { ResourceInfo } from '../printers/index.js';

/** metav1.ObjectMeta's field order, as the API server's JSON has it. */
const META_ORDER = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation',
  'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers'];
const TOP_ORDER = ['apiVersion', 'kind', 'metadata'];
const LAST = ['spec', 'status'];

const ordered = (o: Record<string, unknown>, first: readonly string[], last: readonly string[] = []): Record<string,
  unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of first) if (k in o) out[k] = o[k];
  for (const k of Object.keys(o)) if (!first.includes(k) && !last.includes(k)) out[k] = o[k];
  for (const k of last) if (k in o) out[k] = o[k];
  return out;
};

/**
 * An object as the API server returns it for GET: apiVersion and kind set, the API's defaults
 * applied (a Deployment without spec.replicas shows replicas: 1; pods were defaulted at
 * admission), times as RFC 3339, and apiVersion, kind, metadata (in ObjectMeta's order) first.
 */
export function apiObject(o: KubeObject, info: ResourceInfo, startTime: number): Record<string, unknown> {
  const apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
  const typed = { ...o, apiVersion: o.apiVersion ?? apiVersion, kind: o.kind ?? info.kind } as KubeObject;
  const defaulted = info.resource === 'pods' || info.resource === 'nodes' || info.resource === 'events' ? typed
    : applyDefaults(typed);
  const rendered = render(defaulted, startTime) as Record<string, unknown>;
  return ordered({ ...rendered, metadata: ordered(rendered.metadata as Record<string, unknown>, META_ORDER) },
    TOP_ORDER, LAST);
}

/** kubectl's list wrapper for several objects (-o json / yaml / jsonpath). */
export const apiList = (items: unknown[]): Record<string, unknown> =>
  ({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } });
