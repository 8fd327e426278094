import { applyDefaults } from '../../api/defaults/index.js';
import { render } from '../toApi.js';
/** metav1.ObjectMeta's field order, as the API server's JSON has it. */
const META_ORDER = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation',
    'creationTimestamp',
    'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers'];
const TOP_ORDER = ['apiVersion', 'kind', 'metadata'];
const LAST = ['spec', 'status'];
const ordered = (o, first, last = []) => {
    const out = {};
    for (const k of first)
        if (k in o)
            out[k] = o[k];
    for (const k of Object.keys(o))
        if (!first.includes(k) && !last.includes(k))
            out[k] = o[k];
    for (const k of last)
        if (k in o)
            out[k] = o[k];
    return out;
};
/**
 * An object as the API server returns it for GET: apiVersion and kind set, the API's defaults
 * applied (a Deployment without spec.replicas shows replicas: 1; pods were defaulted at
 * admission), times as RFC 3339, and apiVersion, kind, metadata (in ObjectMeta's order) first.
 */
export function apiObject(o, info, startTime) {
    const apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
    const typed = { ...o, apiVersion: o.apiVersion ?? apiVersion, kind: o.kind ?? info.kind };
    const defaulted = info.resource === 'pods' || info.resource === 'nodes' || info.resource === 'events' ? typed
        : applyDefaults(typed);
    const rendered = render(defaulted, startTime);
    return ordered({ ...rendered, metadata: ordered(rendered.metadata, META_ORDER) }, TOP_ORDER, LAST);
}
/** kubectl's list wrapper for several objects (-o json / yaml / jsonpath). */
export const apiList = (items) => ({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } });
