import type { KubeObject, Pod } from '../api/types.js';
import type { ClusterState, NodeState } from '../reducers/state.js';
import { getObject, objectKeys } from '../reducers/state.js';
import { tget, tvalues } from '../reducers/table.js';
import { uidSetKeys } from '../reducers/uidSet.js';
import { NO_UID } from '../api/ids.js';

/*
 * What a chaos action may aim at, at one instant: every list is in name order, so "the pick-th
 * candidate" means the same object on every run of the same scenario.
 */

type Selector = Readonly<Record<string, string>> | undefined;
const matches = (sel: Selector, labels: Readonly<Record<string, string>> | undefined): boolean =>
  Object.entries(sel ?? {}).every(([k, v]) => labels?.[k] === v);
const byName = <T>(key: (x: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Annotation of mirror pods (static pods as the API shows them). */
const MIRROR = 'kubernetes.io/config.mirror';

/** Pods Running at this instant on a reachable node, not being deleted, matching the selector. */
export function runningPods(state: ClusterState, sel: Selector, namespace?: string): Pod[] {
  return tvalues(state.pods)
    .filter((p) => p.status.phase === 'Running' && p.metadata.deletionTimestamp === undefined && !!p.spec.nodeName &&
      tget(state.nodes, p.spec.nodeName)?.lost !== true && (namespace === undefined
        || p.metadata.namespace === namespace) &&
      matches(sel, p.metadata.labels))
    .sort(byName((p) => `${p.metadata.namespace}/${p.metadata.name}`));
}

export const isMirrorPod = (p: Pod): boolean => p.metadata.annotations?.[MIRROR] !== undefined;

/**
 * The probe a probeFail fault breaks in a pod's first app container: its liveness probe. The
 * kubelet restarts the container, which heals it; a failed readiness probe alone would keep the
 * pod unready for ever, a broken application rather than a hazard of the manifests.
 */
export function faultableProbe(p: Pod): 'liveness' | undefined {
  return p.spec.containers[0]?.livenessProbe ? 'liveness' : undefined;
}

const nodeReady = (n: NodeState): boolean =>
  !n.lost && (n.object.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** Reachable, Ready nodes in name order. */
export function readyNodes(state: ClusterState): NodeState[] {
  return state.nodeNames.map((n) => tget(state.nodes, n)).filter((n): n is NodeState => !!n
    && nodeReady(n)).sort(byName((n) => n.object.metadata.name));
}

/**
 * Nodes a node fault may take: Ready, schedulable, matching the selector, and never the last
 * Ready schedulable node (a cluster with no node left cannot run anything, which says nothing
 * about the user's manifests).
 */
export function disruptableNodes(state: ClusterState, sel: Selector): NodeState[] {
  const ready = readyNodes(state).filter((n) => !n.object.spec.unschedulable);
  if (ready.length < 2) return [];
  return ready.filter((n) => matches(sel, n.object.metadata.labels));
}

/** Zones (values of `label` on disruptable nodes), each with its nodes, leaving a Ready node outside. */
export function disruptableZones(state: ClusterState, sel: Selector, label: string): { zone: string;
  nodes: string[] }[] {
  const ready = readyNodes(state).filter((n) => !n.object.spec.unschedulable);
  const zones = new Map<string, string[]>();
  for (const n of ready) {
    const z = n.object.metadata.labels?.[label];
    if (z !== undefined && matches(sel, n.object.metadata.labels)) zones.set(z,
      [...(zones.get(z) ?? []), n.object.metadata.name]);
  }
  return [...zones].filter(([, nodes]) => nodes.length < ready.length).sort(byName(([z]) => z)).map(([zone, nodes]) =>
    ({ zone, nodes }));
}

export const WORKLOAD_RESOURCES = ['deployments', 'statefulsets', 'daemonsets'] as const;

/**
 * Workloads of these resources whose pod template labels match the selector, not being deleted, in resource then name
 * order.
 */
export function workloads(state: ClusterState, resources: readonly string[], sel: Selector,
  namespace?: string): { resource: string; object: KubeObject }[] {
  const out: { resource: string; object: KubeObject }[] = [];
  for (const resource of resources) {
    for (const key of [...objectKeys(state, resource)].sort()) {
      const o = getObject(state, resource, key)!;
      const template = (o.spec as { template?: { metadata?: { labels?: Record<string, string> } } }
        | undefined)?.template;
      if (o.metadata.deletionTimestamp !== undefined || (namespace !== undefined
        && o.metadata.namespace !== namespace)) continue;
      if (matches(sel, template?.metadata?.labels)) out.push({ resource, object: o });
    }
  }
  return out;
}

/** Whether a workload has a revision to go back to (an older ReplicaSet or ControllerRevision). */
export function hasPreviousRevision(state: ClusterState, resource: string, o: KubeObject): boolean {
  const owned = resource === 'deployments' ? 'replicasets' : 'controllerrevisions';
  let n = 0;
  for (const key of objectKeys(state, owned)) {
    if (getObject(state, owned, key)!.metadata.ownerReferences?.some((r) => r.controller
      && r.uid === o.metadata.uid)) n++;
    if (n > 1) return true;
  }
  return false;
}

/** Workloads an HPA scales: an operator's scale would be undone by the autoscaler, so scale leaves them alone. */
export function autoscaled(state: ClusterState): Set<string> {
  const out = new Set<string>();
  for (const key of objectKeys(state, 'horizontalpodautoscalers')) {
    const h = getObject(state, 'horizontalpodautoscalers', key)!;
    const ref = (h.spec as { scaleTargetRef?: { kind?: string; name?: string } }).scaleTargetRef;
    if (ref?.kind && ref.name) out.add(`${ref.kind}/${h.metadata.namespace ?? 'default'}/${ref.name}`);
  }
  return out;
}

/**
 * Why the cluster has not settled from an earlier disruption, or undefined when it has: a node
 * lost or not Ready, or a workload with fewer ready pods than it wants (a pod the scheduler
 * found no room for does not count: that is the cluster's steady state, not a disruption).
 * Faults wait for a settled cluster, one disruption at a time, as a chaos experiment's
 * steady-state hypothesis asks; otherwise any workload falls to enough overlapping faults.
 */
export function unsettled(state: ClusterState): string | undefined {
  for (const name of state.nodeNames) {
    const n = tget(state.nodes, name);
    if (n && !nodeReady(n)) return `node ${name} is ${n.lost ? 'lost' : 'not Ready'}`;
  }
  for (const { resource, object: o } of workloads(state, WORKLOAD_RESOURCES, undefined)) {
    const st = (o.status ?? {}) as Record<string, number | undefined>;
    const want = resource === 'daemonsets' ? st.desiredNumberScheduled ?? 0
      : (o.spec as { replicas?: number }).replicas ?? 1;
    // The pods themselves, not the workload's status: a controller writes readyReplicas a sync
    // later, and a fault in between would land on a cluster that only looks settled.
    const pods = ownedPods(state, resource, o);
    const ready = pods.filter((p) => p.metadata.deletionTimestamp === undefined && p.status.phase === 'Running'
      && p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')
      && onReadyNode(state, p)).length;
    const rolling = rollingOut(resource, o, want, pods);
    if (rolling) return `${o.kind}/${o.metadata.name} is ${rolling}`;
    if (ready >= want) continue;
    if (pods.some(unschedulable)) continue;
    return `${o.kind}/${o.metadata.name} has ${ready} of ${want} pods ready`;
  }
  return undefined;
}

/**
 * Whether a workload is still rolling out or scaling, in words: its controller has not seen its
 * latest spec, some replicas run the old template, or it has more pods than it wants. A rollout
 * spends the disruption budget itself (maxUnavailable), so it is a disruption under way.
 */
function rollingOut(resource: string, o: KubeObject, want: number, pods: readonly Pod[]): string | undefined {
  const st = (o.status ?? {}) as Record<string, number | undefined>;
  if ((st.observedGeneration ?? 0) < (o.metadata.generation ?? 0)) return 'rolling out (spec not observed yet)';
  const updated = resource === 'daemonsets' ? st.updatedNumberScheduled : st.updatedReplicas;
  if (updated !== undefined && updated < want) return `rolling out (${updated} of ${want} updated)`;
  const active = pods.filter((p) => p.metadata.deletionTimestamp === undefined && p.status.phase !== 'Succeeded'
    && p.status.phase !== 'Failed').length;
  return resource !== 'daemonsets' && active > want ? `scaling (${active} pods for ${want} replicas)` : undefined;
}

/** A pod whose node is gone (removed) or not Ready is not serving, whatever its last status says. */
const onReadyNode = (state: ClusterState, p: Pod): boolean => {
  const n = p.spec.nodeName === undefined ? undefined : tget(state.nodes, p.spec.nodeName);
  return n !== undefined && nodeReady(n);
};

const unschedulable = (p: Pod): boolean =>
  !p.spec.nodeName && p.status.conditions.some((c) => c.type === 'PodScheduled' && c.status === 'False'
    && c.reason === 'Unschedulable');

/** A workload's pods (through its ReplicaSets for a Deployment). */
export function ownedPods(state: ClusterState, resource: string, o: KubeObject): Pod[] {
  const owners = resource === 'deployments'
    ? objectKeys(state, 'replicasets').map((k) => getObject(state, 'replicasets', k)!)
      .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === o.metadata.uid)).map((rs) =>
        rs.metadata.uid ?? NO_UID)
    : [o.metadata.uid ?? NO_UID];
  return owners.flatMap((u) => uidSetKeys(tget(state.podsByOwner, u)).map((p) => tget(state.pods, p)).filter(
    (p): p is Pod => !!p));
}
