import type { NamespaceUsage } from '../api/quota.js';
import { bootstrapObject, bootstrapObjects, withBootstrap, type ClusterNamespaces } from '../api/bootstrap.js';
import type { KubeObject, Node, Pod } from '../api/types.js';
import { keyOf, type Millis, type NodeName, type ObjectKey, type Uid } from '../api/ids.js';
import { emptyTable, type Table } from './table.js';
import type { UidSet } from './uidSet.js';

/** What the control plane knows of a node, plus what only the simulation knows (`lost`). */
export interface NodeState {
  readonly object: Node;
  /** The machine is down or cut off: its kubelet neither acts nor reports. */
  readonly lost: boolean;
  /** Virtual time the kubelet last reported (lease renewal), for the node lifecycle controller. */
  readonly lastHeartbeat: Millis;
  /** Next host number to hand out from the node's pod CIDR (the pause container's IP). */
  readonly nextPodIP: number;
  /** Ordinal of the node in creation order: picks its pod CIDR, 10.244.<ordinal>.0/24. */
  readonly ordinal: number;
}

/** The resources of the API kubesim stores outside pods and nodes, by plural name. */
export const OBJECT_RESOURCES = [
  'configmaps', 'deployments', 'replicasets', 'replicationcontrollers', 'statefulsets', 'daemonsets', 'jobs',
  'cronjobs', 'horizontalpodautoscalers', 'persistentvolumeclaims', 'poddisruptionbudgets', 'priorityclasses',
  'namespaces', 'controllerrevisions', 'secrets', 'services', 'resourcequotas', 'limitranges',
] as const;
export type ObjectResource = (typeof OBJECT_RESOURCES)[number];

/**
 * The whole cluster at one virtual instant. Large collections are Tables (a 64 x 64 trie of
 * small buckets) so an immer write copies a few small objects; see table.ts.
 */
export interface ClusterState {
  readonly time: Millis;
  readonly scenario: string;
  readonly seed: number;
  readonly startTime: number;
  readonly nodes: Table<NodeState>;
  /** Node names in creation order: the scheduler's and the output's iteration order. */
  readonly nodeNames: readonly NodeName[];
  readonly pods: Table<Pod>;
  /** `namespace/name` -> uid of the live pod of that name. */
  readonly podUids: Table<Uid>;
  /**
   * node name -> uids of the pods bound to it, in binding order. Arrays, not uid records: a bind
   * copies its node's entry once per batch, and spreading a 30-key dictionary-mode record was 3%
   * of pipeline.large (a slice of 30 strings is a memcpy). Read with podUidsOnNode.
   */
  readonly podsOnNode: Table<readonly Uid[]>;
  /** controller owner uid -> uids of the pods it owns; key '' (NO_CONTROLLER) holds pods without a controller. */
  readonly podsByOwner: Table<UidSet>;
  /**
   * Every other stored object, per resource, keyed `namespace/name` (or `name` when cluster
   * scoped). Tables too: a status write used to copy the whole record of its resource (about
   * 70 us for 300 Jobs), which dominated the controllers' day. Read them with getObject,
   * listObjects and objectKeys.
   */
  readonly objects: Readonly<Record<string, Table<KubeObject>>>;
  /** uid -> `resource|key` of every stored object (the garbage collector asks whether an owner exists). */
  readonly objectUids: Table<string>;
  /**
   * owner uid -> {`resource|key`: true} of the stored objects whose ownerReferences name it; key
   * '' (NO_CONTROLLER) holds the objects without a controller (candidates for adoption).
   */
  readonly objectsByOwner: Table<Readonly<Record<string, true>>>;
  /** How many pods have no controller: controllers skip looking for orphans to adopt when none. */
  readonly orphanPodCount: number;
  /**
   * namespace -> what its live pods and stored objects use, for ResourceQuota (reducers/quotaUsage.ts);
   * only namespaces that have had a quota.
   */
  readonly quotaUsage: Table<NamespaceUsage>;
  /** Counters for object generations and resourceVersions. */
  readonly resourceVersion: number;
}

export function initialState(): ClusterState {
  const objects: Record<string, Table<KubeObject>> = {};
  for (const r of OBJECT_RESOURCES) objects[r] = emptyTable();
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

const NO_PODS: readonly Uid[] = Object.freeze([]);

/** The uids of the pods bound to `node`, in binding order (empty for an unknown node). */
export const podUidsOnNode = (s: ClusterState, node: string): readonly Uid[] => s.podsOnNode.peek(node) ?? NO_PODS;

/** The stored object of `resource` at `key`, if any. */
export const getObject = <T extends KubeObject = KubeObject>(s: ClusterState, resource: string, key: ObjectKey): T
  | undefined =>
  s.objects[resource]?.get(key) as T | undefined;

/**
 * The objects of `resource` as the API lists them: the stored ones plus what every cluster holds from
 * its start (api/bootstrap.ts) where no stored object has the key. Readers (get, describe, serve) use
 * this; the simulation reads the stored objects only.
 */
export const listClusterObjects = (s: ClusterState, resource: string): KubeObject[] =>
  withBootstrap(resource, listObjects(s, resource), (key) => hasObject(s, resource, key), clusterNamespaces(s));

/**
 * How many of the objects every cluster holds by itself (api/bootstrap.ts: kube-root-ca.crt, the
 * default ServiceAccount, the kubernetes Service) `namespace` holds of `resource` and no stored
 * object replaces: quota counts them like any object, for they are real objects there (the object
 * count evaluator lists the namespace's objects: apiserver/pkg/quota/v1/generic/evaluator.go
 * NewObjectCountEvaluator, CalculateUsageStats).
 */
export const bootstrapCountIn = (s: ClusterState, resource: string, namespace: string): number =>
  bootstrapObjects(resource, clusterNamespaces(s)).filter((o) => o.metadata.namespace === namespace
    && !hasObject(s, resource, keyOf(o))).length;

/** The namespaces as the API lists them, for the objects every namespace holds (api/namespaceBootstrap.ts). */
const clusterNamespaces = (s: ClusterState): ClusterNamespaces => ({
  list: () => listClusterObjects(s, 'namespaces'),
  get: (name) => getClusterObject(s, 'namespaces', name),
});

/** The object of `resource` at `key` as the API reads it: the stored one, else a bootstrap one. */
export const getClusterObject = (s: ClusterState, resource: string, key: ObjectKey): KubeObject | undefined =>
  getObject(s, resource, key) ?? bootstrapObject(resource, key, clusterNamespaces(s));

/** Whether an object of `resource` is stored at `key`. */
export const hasObject = (s: ClusterState, resource: string, key: ObjectKey): boolean =>
  s.objects[resource]?.has(key) ?? false;

/** The stored objects of `resource`, in the table's (deterministic, hash) order: sort where order shows. */
export const listObjects = <T extends KubeObject = KubeObject>(s: ClusterState, resource: string): T[] =>
  (s.objects[resource]?.values() ?? []) as T[];

/** The stored objects of `resource` with their keys, in the table's order. */
export const objectEntries = (s: ClusterState, resource: string): [ObjectKey, KubeObject][] =>
  s.objects[resource]?.entries() ?? [];

/** The keys of `resource`, sorted: the order controllers enqueue them at start. */
export const objectKeys = (s: ClusterState, resource: string): ObjectKey[] =>
  (s.objects[resource]?.keys() ?? []).sort();

/** How many objects of `resource` are stored. */
export const objectCount = (s: ClusterState, resource: string): number => s.objects[resource]?.size ?? 0;

/** The `resource|key` form of the object indexes. */
export const objectRef = (resource: string, key: ObjectKey): string => `${resource}|${key}`;

/** Splits an objectRef into resource and key. */
export function parseObjectRef(ref: string): { resource: string; key: ObjectKey } {
  const i = ref.indexOf('|');
  return { resource: ref.slice(0, i), key: ref.slice(i + 1) };
}

/** Whether an object with this uid is stored (any resource but pods and nodes). */
export const objectUidExists = (s: ClusterState, uid: Uid): boolean => s.objectUids.has(uid);

/** The resource of the stored object with this uid, if any. */
export const resourceOfUid = (s: ClusterState, uid: Uid): string | undefined => {
  const ref = s.objectUids.get(uid);
  return ref === undefined ? undefined : parseObjectRef(ref).resource;
};

/**
 * The stored objects whose ownerReferences name `owner` (or, for owner '', that have no
 * controller), optionally of one resource, sorted by resource then key.
 */
export function dependentsOf(s: ClusterState, owner: Uid, resource?: string): { resource: string; key: ObjectKey;
  object: KubeObject }[] {
  const set = s.objectsByOwner.get(owner);
  if (!set) return [];
  const out: { resource: string; key: ObjectKey; object: KubeObject }[] = [];
  for (const ref of Object.keys(set).sort()) {
    const { resource: r, key } = parseObjectRef(ref);
    if (resource !== undefined && r !== resource) continue;
    const object = s.objects[r]?.get(key);
    if (object) out.push({ resource: r, key, object });
  }
  return out;
}
