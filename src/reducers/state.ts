import type { KubeObject, Node, Pod } from '../api/types.js';
import type { Millis, NodeName, ObjectKey, Uid } from '../events/ids.js';
import { emptyTable, type Table } from './table.js';

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
  'namespaces', 'controllerrevisions', 'secrets',
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
  /** node name -> uids of the pods bound to it. */
  readonly podsOnNode: Table<Readonly<Record<Uid, true>>>;
  /** controller owner uid -> uids of the pods it owns; key '' (NO_CONTROLLER) holds pods without a controller. */
  readonly podsByOwner: Table<Readonly<Record<Uid, true>>>;
  readonly objects: Readonly<Record<string, Readonly<Record<ObjectKey, KubeObject>>>>;
  /** Counters for object generations and resourceVersions. */
  readonly resourceVersion: number;
}

export function initialState(): ClusterState {
  const objects: Record<string, Record<ObjectKey, KubeObject>> = {};
  for (const r of OBJECT_RESOURCES) objects[r] = {};
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
    resourceVersion: 0,
  };
}
