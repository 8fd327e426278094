import type { KubeObject, Pod } from '../api/types.js';
import type { Uid } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget, tvalues } from '../reducers/table.js';
import { uidSetKeys } from '../reducers/uidSet.js';
import type { ClusterEvent } from '../events/index.js';
import { getObject, objectKeys } from '../reducers/state.js';

/** The pods whose controller owner has this uid (the podsByOwner index), in uid order. */
export function podsOwnedBy(state: ClusterState, owner: Uid): Pod[] {
  return uidSetKeys(tget(state.podsByOwner, owner)).sort().map((u) => tget(state.pods, u)).filter((p): p is Pod =>
    p !== undefined);
}

/** Objects of a resource in key order. */
export const objectsOf = (state: ClusterState, resource: string): KubeObject[] =>
  objectKeys(state, resource).map((k) => getObject(state, resource, k)!);

/** Objects of `resource` whose controller owner has this uid. */
export const objectsOwnedBy = (state: ClusterState, resource: string, owner: Uid): KubeObject[] =>
  objectsOf(state, resource).filter((o) => o.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner));

/** controller.IsPodActive: not terminal and not being deleted (pkg/controller/controller_utils.go). */
export const isPodActive = (p: Pod): boolean =>
  p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && p.metadata.deletionTimestamp === undefined;

/** podutil.IsPodReady: the Ready condition is True. */
export const isPodReady = (p: Pod): boolean => p.status.conditions?.some((c) => c.type === 'Ready'
  && c.status === 'True') ?? false;

export const podRef = (p: Pod): string => `Pod/${p.metadata.namespace}/${p.metadata.name}`;
export const objRef = (o: KubeObject): string =>
  `${o.kind}/${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

export const allPods = (state: ClusterState): Pod[] => tvalues(state.pods);

/** The uids of pods a batch touches, in first-mention order. */
export function podUidsIn(batch: readonly ClusterEvent[]): Uid[] {
  const seen = new Set<Uid>();
  for (const e of batch) if ('uid' in e && typeof e.uid === 'string' && 'pod' in e) seen.add(e.uid as Uid);
  return [...seen];
}

/** Each pod a batch touched that existed before and after it: [uid, before, after]. */
export function changedPods(ctx: { batch: readonly ClusterEvent[]; previous: ClusterState; state: ClusterState }): [
  string, Pod, Pod][] {
  const out: [string, Pod, Pod][] = [];
  for (const uid of podUidsIn(ctx.batch)) {
    const before = tget(ctx.previous.pods, uid), after = tget(ctx.state.pods, uid);
    if (before && after) out.push([uid, before, after]);
  }
  return out;
}

/**
 * The last time anything disturbed the cluster or this object (a timeline fault or node change, a
 * spec change of the object): convergence is only judged `settle` ms after it.
 */
export function lastDisturbance(history: readonly ClusterEvent[], key?: { resource: string; key: string }): number {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i];
    switch (e.type) {
      case 'NodeLost': case 'NodeRecovered': case 'NodeAdded': case 'NodeRemoved': case 'NodeSchedulableChanged':
        case 'OOMKilled':
      // The control plane's own reactions to a fault disturb too: a node turning NotReady, its
      // taints, and the evictions when tolerations run out.
      case 'NodeConditionChanged': case 'NodeTainted': case 'NodeUntainted': case 'PodTerminating':
        return e.at;
      case 'ContainerExited': case 'ProbeFailed':
        return e.at;
      case 'ObjectApplied':
        if (!key || (e.resource === key.resource && e.key === key.key)) return e.at;
        break;
      default:
        break;
    }
  }
  return 0;
}

/**
 * A pod still counted by its controller on a node that is lost: nothing replaces it until the
 * taint-eviction controller evicts it (after its unreachable toleration, 300 s by default), as in
 * Kubernetes. Convergence is not judged for its owner meanwhile.
 */
export function onLostNode(state: ClusterState, pod: Pod): boolean {
  if (!pod.spec.nodeName || !isPodActive(pod)) return false;
  return tget(state.nodes, pod.spec.nodeName)?.lost === true;
}

/**
 * Whether the set cannot finish scaling, as in stateful_set_control.go: a pod on a lost node
 * (even Terminating) is never confirmed gone, and the controller never makes a second pod of its
 * ordinal; with OrderedReady, any pod that is not Running and Ready blocks creation and deletion
 * of the others ("waiting for Pod ... to be Running and Ready"). The end state is not judged then.
 */
export function statefulSetBlocked(state: ClusterState, sts: KubeObject, pods: readonly Pod[]): boolean {
  const ordered = spec(sts).podManagementPolicy !== 'Parallel';
  return pods.some((p) => (p.spec.nodeName !== undefined && tget(state.nodes, p.spec.nodeName)?.lost === true) ||
    (ordered && !(p.status.phase === 'Running' && isPodReady(p) && p.metadata.deletionTimestamp === undefined)));
}

export const num = (v: unknown, dflt: number): number => (typeof v === 'number' ? v : dflt);
export const spec = (o: KubeObject): Record<string, unknown> => (o.spec ?? {}) as Record<string, unknown>;
export const status = (o: KubeObject): Record<string, unknown> => (o.status ?? {}) as Record<string, unknown>;
