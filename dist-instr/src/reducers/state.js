import { bootstrapObject, withBootstrap } from '../api/bootstrap.js';
import { emptyTable } from './table.js';
/** The resources of the API kubesim stores outside pods and nodes, by plural name. */
export const OBJECT_RESOURCES = [
    'configmaps', 'deployments', 'replicasets', 'replicationcontrollers', 'statefulsets', 'daemonsets', 'jobs',
    'cronjobs', 'horizontalpodautoscalers', 'persistentvolumeclaims', 'poddisruptionbudgets', 'priorityclasses',
    'namespaces', 'controllerrevisions', 'secrets', 'services', 'resourcequotas', 'limitranges',
];
export function initialState() {
    const objects = {};
    for (const r of OBJECT_RESOURCES)
        objects[r] = emptyTable();
    return {
        time: 0,
        scenario: '',
        seed: 0,
        startTime: 0,
        nodes: emptyTable(),
        nodeNames: [],
        pods: emptyTable(),
        podUids: emptyTable(),
        podsOnNode: emptyTable(),
        podsByOwner: emptyTable(),
        objects,
        objectUids: emptyTable(),
        objectsByOwner: emptyTable(),
        orphanPodCount: 0,
        quotaUsage: emptyTable(),
        resourceVersion: 0,
    };
}
const NO_PODS = Object.freeze([]);
/** The uids of the pods bound to `node`, in binding order (empty for an unknown node). */
export const podUidsOnNode = (s, node) => s.podsOnNode.peek(node) ?? NO_PODS;
/** The stored object of `resource` at `key`, if any. */
export const getObject = (s, resource, key) => s.objects[resource]?.get(key);
/**
 * The objects of `resource` as the API lists them: the stored ones plus what every cluster holds from
 * its start (api/bootstrap.ts) where no stored object has the key. Readers (get, describe, serve) use
 * this; the simulation reads the stored objects only.
 */
export const listClusterObjects = (s, resource) => withBootstrap(resource, listObjects(s, resource), (key) => hasObject(s, resource, key));
/** The object of `resource` at `key` as the API reads it: the stored one, else a bootstrap one. */
export const getClusterObject = (s, resource, key) => getObject(s, resource, key) ?? bootstrapObject(resource, key);
/** Whether an object of `resource` is stored at `key`. */
export const hasObject = (s, resource, key) => s.objects[resource]?.has(key) ?? false;
/** The stored objects of `resource`, in the table's (deterministic, hash) order: sort where order shows. */
export const listObjects = (s, resource) => (s.objects[resource]?.values() ?? []);
/** The stored objects of `resource` with their keys, in the table's order. */
export const objectEntries = (s, resource) => s.objects[resource]?.entries() ?? [];
/** The keys of `resource`, sorted: the order controllers enqueue them at start. */
export const objectKeys = (s, resource) => (s.objects[resource]?.keys() ?? []).sort();
/** How many objects of `resource` are stored. */
export const objectCount = (s, resource) => s.objects[resource]?.size ?? 0;
/** The `resource|key` form of the object indexes. */
export const objectRef = (resource, key) => `${resource}|${key}`;
/** Splits an objectRef into resource and key. */
export function parseObjectRef(ref) {
    const i = ref.indexOf('|');
    return { resource: ref.slice(0, i), key: ref.slice(i + 1) };
}
/** Whether an object with this uid is stored (any resource but pods and nodes). */
export const objectUidExists = (s, uid) => s.objectUids.has(uid);
/** The resource of the stored object with this uid, if any. */
export const resourceOfUid = (s, uid) => {
    const ref = s.objectUids.get(uid);
    return ref === undefined ? undefined : parseObjectRef(ref).resource;
};
/**
 * The stored objects whose ownerReferences name `owner` (or, for owner '', that have no
 * controller), optionally of one resource, sorted by resource then key.
 */
export function dependentsOf(s, owner, resource) {
    const set = s.objectsByOwner.get(owner);
    if (!set)
        return [];
    const out = [];
    for (const ref of Object.keys(set).sort()) {
        const { resource: r, key } = parseObjectRef(ref);
        if (resource !== undefined && r !== resource)
            continue;
        const object = s.objects[r]?.get(key);
        if (object)
            out.push({ resource: r, key, object });
    }
    return out;
}
