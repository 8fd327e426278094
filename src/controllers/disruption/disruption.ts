import { labelSelectorMatches } from '../../api/labelSelector.js';
import type { Condition, KubeObject, LabelSelector, Pod } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import { type Millis, type ObjectKey, NO_UID } from '../../api/ids.js';
import { isPodReady } from '../../reducers/podStatus.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget, tvalues } from '../../reducers/table.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { setCondition, updateStatus } from '../batchUtils.js';
import { getObject, objectEntries, objectKeys, objectCount } from '../../reducers/state.js';

/** pkg/controller/disruption/disruption.go: DeletionTimeout, how long an evicted pod counts as disrupted. */
export const DISRUPTED_POD_TIMEOUT_MS = 120_000;
const RESOURCE = 'poddisruptionbudgets';

export interface PDBSpec {
  readonly selector?: LabelSelector;
  readonly minAvailable?: number | string;
  readonly maxUnavailable?: number | string;
  readonly unhealthyPodEvictionPolicy?: 'IfHealthyBudget' | 'AlwaysAllow';
}
export interface PDBStatus {
  readonly observedGeneration?: number;
  readonly disruptedPods?: Readonly<Record<string, Millis>>;
  readonly disruptionsAllowed: number;
  readonly currentHealthy: number;
  readonly desiredHealthy: number;
  readonly expectedPods: number;
  readonly conditions?: readonly Condition[];
}
export type PodDisruptionBudget = KubeObject & { readonly spec: PDBSpec; readonly status?: PDBStatus };

/** intstr.GetScaledValueFromIntOrPercent: an int, or a percentage of `total` rounded up or down. */
export function scaledValue(v: number | string, total: number, roundUp: boolean): number | { error: string } {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return { error: `invalid value for IntOrString: invalid value "${v}"` };
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** The PDBs of a pod's namespace whose selector matches it, sorted by name. */
export function pdbsForPod(state: ClusterState, pod: Pod): { key: ObjectKey; pdb: PodDisruptionBudget }[] {
  const ns = pod.metadata.namespace ?? 'default';
  return objectEntries(state, RESOURCE)
    .filter(([k, p]) => k.startsWith(`${ns}/`) && labelSelectorMatches((p as PodDisruptionBudget).spec.selector,
      pod.metadata.labels))
    .map(([key, pdb]) => ({ key, pdb: pdb as PodDisruptionBudget }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The scale of the controller owning a pod (disruption.go finders: RS -> its Deployment, RC, StatefulSet). */
function controllerScale(state: ClusterState, pod: Pod): { uid: string; scale: number } | undefined {
  const ref = pod.metadata.ownerReferences?.find((o) => o.controller);
  if (!ref) return undefined;
  const ns = pod.metadata.namespace ?? 'default';
  const resource = { ReplicaSet: 'replicasets', ReplicationController: 'replicationcontrollers',
    StatefulSet: 'statefulsets' }[ref.kind];
  if (!resource) return undefined;
  const obj = getObject(state, resource, `${ns}/${ref.name}`);
  if (!obj || obj.metadata.uid !== ref.uid) return undefined;
  if (ref.kind === 'ReplicaSet') {
    const dref = obj.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'Deployment');
    const dep = dref ? getObject(state, 'deployments', `${ns}/${dref.name}`) : undefined;
    if (dep) return { uid: dep.metadata.uid ?? NO_UID, scale: (dep.spec as { replicas?: number }).replicas ?? 1 };
  }
  return { uid: obj.metadata.uid ?? NO_UID, scale: (obj.spec as { replicas?: number }).replicas ?? 1 };
}

/**
 * disruption.go getExpectedPodCount: minAvailable as a number counts the matching pods;
 * percentages and maxUnavailable count the scale of the pods' controllers (an error when a pod
 * has none). Percentages round up.
 */
export function getExpectedPodCount(state: ClusterState, pdb: PodDisruptionBudget,
  pods: readonly Pod[]): { expectedCount: number; desiredHealthy: number } | { error: string } {
  const { minAvailable, maxUnavailable } = pdb.spec;
  if (maxUnavailable === undefined && typeof minAvailable === 'number') return { expectedCount: pods.length,
    desiredHealthy: minAvailable };
  const seen = new Map<string, number>();
  for (const p of pods) {
    const c = controllerScale(state, p);
    if (!c) return { error: `found no controllers for pod "${p.metadata.name}"` };
    seen.set(c.uid, c.scale);
  }
  let expectedCount = 0;
  for (const s of seen.values()) expectedCount += s;
  if (maxUnavailable !== undefined) {
    const mu = scaledValue(maxUnavailable, expectedCount, true);
    if (typeof mu !== 'number') return mu;
    return { expectedCount, desiredHealthy: Math.max(0, expectedCount - mu) };
  }
  const ma = scaledValue(minAvailable ?? 1, expectedCount, true);
  if (typeof ma !== 'number') return ma;
  return { expectedCount, desiredHealthy: ma };
}

/** countHealthyPods: ready, not being deleted, not recently evicted. */
export const isHealthy = (pod: Pod, disrupted: Readonly<Record<string, Millis>>): boolean =>
  pod.metadata.deletionTimestamp === undefined && disrupted[pod.metadata.name] === undefined && isPodReady(pod);

/**
 * The disruption controller (pkg/controller/disruption, trySync / updatePdbStatus): a PDB's
 * expectedPods, desiredHealthy, currentHealthy, disruptionsAllowed and its DisruptionAllowed
 * condition, recomputed whenever a matching pod or the PDB changes.
 */
export function syncPDB(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const pdb = getObject(state, RESOURCE, key) as PodDisruptionBudget | undefined;
  if (!pdb) return;
  const now = ctx.now;
  const ns = pdb.metadata.namespace ?? 'default';
  const pods = tvalues(state.pods).filter((p) => (p.metadata.namespace ?? 'default') === ns
    && labelSelectorMatches(pdb.spec.selector, p.metadata.labels))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  // buildDisruptedPodMap: keep evicted pods that still exist, are not yet deleting and are recent.
  const disruptedPods: Record<string, Millis> = {};
  let recheck: Millis | undefined;
  for (const [name, at] of Object.entries(pdb.status?.disruptedPods ?? {})) {
    const p = pods.find((x) => x.metadata.name === name);
    if (!p || p.metadata.deletionTimestamp !== undefined || at + DISRUPTED_POD_TIMEOUT_MS <= now) continue;
    disruptedPods[name] = at;
    recheck = Math.min(recheck ?? Infinity, at + DISRUPTED_POD_TIMEOUT_MS - now);
  }
  const expected = getExpectedPodCount(state, pdb, pods);
  const currentHealthy = pods.filter((p) => isHealthy(p, disruptedPods)).length;
  let conditions = [...(pdb.status?.conditions ?? [])];
  const gen = pdb.metadata.generation ?? 1;
  let status: PDBStatus;
  if ('error' in expected) {
    conditions = setCondition(conditions, { type: 'DisruptionAllowed', status: 'False', reason: 'SyncFailed',
      message: expected.error, observedGeneration: gen, lastTransitionTime: now });
    status = { observedGeneration: gen, disruptedPods, disruptionsAllowed: 0, currentHealthy, desiredHealthy: 0,
      expectedPods: 0, conditions };
  } else {
    let allowed = currentHealthy - expected.desiredHealthy;
    if (expected.expectedCount <= 0 || allowed <= 0) allowed = 0;
    conditions = setCondition(conditions, allowed > 0
      ? { type: 'DisruptionAllowed', status: 'True', reason: 'SufficientPods', message: '', observedGeneration: gen,
        lastTransitionTime: now }
      : { type: 'DisruptionAllowed', status: 'False', reason: 'InsufficientPods', message: '', observedGeneration: gen,
        lastTransitionTime: now });
    status = { observedGeneration: gen, disruptedPods, disruptionsAllowed: allowed, currentHealthy,
      desiredHealthy: expected.desiredHealthy, expectedPods: expected.expectedCount, conditions };
  }
  updateStatus(ctx.out, RESOURCE, key, pdb, status);
  return recheck === undefined ? undefined : { requeueAfter: recheck };
}

export type EvictionResult =
  | { readonly allowed: true; readonly pdb?: { readonly key: ObjectKey; readonly status: PDBStatus } }
  | { readonly allowed: false; readonly code: 429 | 500; readonly message: string };

/**
 * The Eviction API's check (pkg/registry/core/pod/storage/eviction.go), as a pure function: a
 * pod that is finished, pending or already deleting, or that no PDB covers, may go; more than
 * one PDB is a 500; otherwise the PDB must allow a disruption, which the eviction then uses up
 * (disruptionsAllowed - 1, the pod recorded in disruptedPods). An unhealthy pod may go while
 * the budget is met (unhealthyPodEvictionPolicy IfHealthyBudget) or always (AlwaysAllow).
 */
export function checkEviction(pod: Pod, pdbs: readonly { key: ObjectKey; pdb: PodDisruptionBudget;
  status?: PDBStatus }[], now: Millis): EvictionResult {
  const phase = pod.status.phase;
  if (phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending'
    || pod.metadata.deletionTimestamp !== undefined) return { allowed: true };
  if (pdbs.length === 0) return { allowed: true };
  if (pdbs.length > 1) return { allowed: false, code: 500,
    message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.' };
  const { key, pdb } = pdbs[0];
  const status = pdbs[0].status ?? pdb.status;
  if (!status) return { allowed: false, code: 429,
    message: "Cannot evict pod as it would violate the pod's disruption budget." };
  if (!isPodReady(pod)) {
    const policy = pdb.spec.unhealthyPodEvictionPolicy ?? 'IfHealthyBudget';
    if (policy === 'AlwaysAllow' || status.currentHealthy >= status.desiredHealthy) return { allowed: true };
  }
  if (status.disruptionsAllowed <= 0) return { allowed: false, code: 429,
    message: "Cannot evict pod as it would violate the pod's disruption budget." };
  return { allowed: true, pdb: { key, status: { ...status, disruptionsAllowed: status.disruptionsAllowed - 1,
    disruptedPods: { ...(status.disruptedPods ?? {}), [pod.metadata.name]: now } } } };
}

const POD_EVENTS = new Set<ClusterEvent['type']>(['PodCreated', 'PodDeleted', 'PodTerminating', 'PodStatusPatched',
  'PodMetadataChanged', 'ContainerStarted', 'ContainerExited', 'ProbeSucceeded', 'ProbeFailed', 'OOMKilled',
    'PodScheduled']);

export const disruptionDef: ControllerDef = {
  name: 'disruption-controller',
  factTypes: ['ObjectApplied', 'ObjectDeleted', ...POD_EVENTS],
  keysFor(e: ClusterEvent, state: ClusterState): readonly ObjectKey[] {
    if (objectCount(state, RESOURCE) === 0) return NO_KEYS;
    const keys = objectKeys(state, RESOURCE);
    if ((e.type === 'ObjectApplied' || e.type === 'ObjectDeleted') && e.resource === RESOURCE) return [e.key];
    let ns: string | undefined;
    if (e.type === 'ObjectApplied' && (e.resource === 'deployments' || e.resource === 'replicasets'
      || e.resource === 'statefulsets' || e.resource === 'replicationcontrollers')) ns = e.key.split('/')[0];
    else if (POD_EVENTS.has(e.type)) ns = (e as { pod: string }).pod.split('/')[0];
    if (ns === undefined) return NO_KEYS;
    // Readiness changes only matter for pods some PDB selects; a deleted pod is gone, so check them all.
    const uid = (e as { uid?: string }).uid;
    const pod = uid ? tget(state.pods, uid) : undefined;
    return keys.filter((k) => k.startsWith(`${ns}/`) && (!pod
      || labelSelectorMatches(getObject<PodDisruptionBudget>(state, RESOURCE, k)!.spec.selector, pod.metadata.labels)));
  },
  sync: syncPDB,
  initialKeys: (state) => objectKeys(state, RESOURCE),
};

export const disruptionController = {
  name: disruptionDef.name,
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(disruptionDef, s, ctx.rng, ctx.options),
};
