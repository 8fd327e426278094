/**
 * The namespace controller (pkg/controller/namespace, deletion/namespaced_resources_deleter.go
 * Delete): a namespace being deleted (deletionTimestamp set, phase Terminating) has its content
 * deleted, its deletion conditions written (status_condition_utils.go), and, once nothing is
 * left, its `kubernetes` finalizer removed, upon which the API server removes it.
 */
import type { KubeObject, Pod } from '../../api/types.js';
import { kindInfo } from '../../api/kinds.js';
import type { ObjectKey } from '../../api/ids.js';
import { deletePod } from '../../apiserver/apiserver.js';
import { FINALIZER_KUBERNETES } from '../../apiserver/namespaces.js';
import { listObjects, objectEntries, OBJECT_RESOURCES, type ClusterState } from '../../reducers/state.js';
import { tvalues } from '../../reducers/table.js';
import { getObject } from '../../reducers/state.js';
import { controller, NO_KEYS, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';

/** deletion/namespaced_resources_deleter.go finalizerEstimateSeconds: the wait for objects with finalizers. */
const FINALIZER_ESTIMATE_SECONDS = 15;
/** The API's default terminationGracePeriodSeconds, for the estimate of a pod without one. */
const DEFAULT_GRACE_SECONDS = 30;

interface NamespaceCondition {
  readonly type: string; readonly status: 'True' | 'False'; readonly lastTransitionTime: number;
  readonly reason: string; readonly message: string;
}

/**
 * status_condition_utils.go: the deletion conditions in conditionTypes order, with the reason and
 * message each has when all is well (okayConditions).
 */
const OKAY: readonly [string, string, string][] = [
  ['NamespaceDeletionDiscoveryFailure', 'ResourcesDiscovered', 'All resources successfully discovered'],
  ['NamespaceDeletionGroupVersionParsingFailure', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'],
  ['NamespaceDeletionContentFailure', 'ContentDeleted',
    'All content successfully deleted, may be waiting on finalization'],
  ['NamespaceContentRemaining', 'ContentRemoved', 'All content successfully removed'],
  ['NamespaceFinalizersRemaining', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'],
];

/**
 * The object's API group ('' for core), for the `pods.` / `replicasets.apps` names of the remaining-content message.
 */
function groupOf(o: KubeObject): string {
  const v = o.apiVersion || kindInfo(o.kind)?.apiVersions[0] || 'v1';
  return v.includes('/') ? v.split('/')[0] : '';
}

/** What deleteAllContent leaves: how many objects remain per `resource.group`, per finalizer, and the estimate. */
interface Remaining { byResource: Map<string, number>; byFinalizer: Map<string, number>; estimate: number }

function count(m: Map<string, number>, k: string): void { m.set(k, (m.get(k) ?? 0) + 1); }

/**
 * deleteAllContent: every namespaced object is deleted (deletecollection, dependents not orphaned);
 * pods go through graceful deletion. What is still there afterwards (pods in their grace period,
 * objects held by finalizers) is counted, with the estimate: the longest grace period of the
 * non-terminal pods (estimateGracefulTerminationForPods), or 15 s for finalizers.
 */
function deleteAllContent(ns: string, state: ClusterState, ctx: SyncContext): Remaining {
  const left: Remaining = { byResource: new Map(), byFinalizer: new Map(), estimate: 0 };
  const prefix = `${ns}/`;
  for (const resource of OBJECT_RESOURCES) {
    for (const [key, o] of objectEntries(state, resource)) {
      if (!key.startsWith(prefix)) continue;
      if (o.metadata.deletionTimestamp === undefined) {
        ctx.out.emit({ type: 'ObjectDeleted', at: ctx.now, resource, key,
          ...(o.metadata.uid ? { uid: o.metadata.uid } : {}) });
        continue;
      }
      count(left.byResource, `${resource}.${groupOf(o)}`);
      for (const f of o.metadata.finalizers ?? []) count(left.byFinalizer, f);
      left.estimate = Math.max(left.estimate, FINALIZER_ESTIMATE_SECONDS);
    }
  }
  const pods = tvalues(state.pods).filter((p) => (p.metadata.namespace ?? 'default') === ns)
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  let podEstimate = 0;
  for (const p of pods) {
    if (!terminal(p)) podEstimate = Math.max(podEstimate, p.spec.terminationGracePeriodSeconds
      ?? DEFAULT_GRACE_SECONDS);
    // Removed at once: unbound and finished pods (deletePod's rules); the others stay for their grace period.
    const goesAtOnce = !p.spec.nodeName || terminal(p);
    deletePod(state, ctx.out, ns, p.metadata.name);
    if (!goesAtOnce) count(left.byResource, 'pods.');
  }
  if (left.byResource.has('pods.')) left.estimate = Math.max(left.estimate, podEstimate);
  return left;
}

const terminal = (p: Pod): boolean => p.status.phase === 'Succeeded' || p.status.phase === 'Failed';

/** namespaceConditionUpdater.Update: the five conditions, the remaining ones True, lastTransitionTime kept. */
function conditions(left: Remaining, before: readonly NamespaceCondition[], now: number): NamespaceCondition[] {
  const list = (m: Map<string, number>, fmt: (k: string, n: number) => string): string =>
    [...m].map(([k, n]) => fmt(k, n)).sort().join(', ');
  const bad: Record<string, [string, string]> = {};
  if (left.byResource.size) bad.NamespaceContentRemaining = ['SomeResourcesRemain', 'Some resources are remaining: '
    + list(left.byResource, (k, n) => `${k} has ${n} resource instances`)];
  if (left.byFinalizer.size) bad.NamespaceFinalizersRemaining = ['SomeFinalizersRemain', 'Some content in the '
    + `namespace has finalizers remaining: ${list(left.byFinalizer, (k, n) => `${k} in ${n} resource instances`)}`];
  return OKAY.map(([type, okReason, okMessage]) => {
    const [reason, message] = bad[type] ?? [okReason, okMessage];
    const status = bad[type] ? 'True' : 'False';
    const prev = before.find((c) => c.type === type);
    return { type, status, lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : now,
      reason, message };
  });
}

export function syncNamespace(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const ns = getObject(state, 'namespaces', key);
  if (!ns || ns.metadata.deletionTimestamp === undefined) return;
  const spec = (ns.spec ?? {}) as { finalizers?: readonly string[] };
  const status = (ns.status ?? {}) as { phase?: string; conditions?: readonly NamespaceCondition[] };
  if (!(spec.finalizers ?? []).includes(FINALIZER_KUBERNETES)) {
    if ((spec.finalizers ?? []).length === 0) ctx.out.emit({ type: 'ObjectDeleted', at: ctx.now,
      resource: 'namespaces', key, ...(ns.metadata.uid ? { uid: ns.metadata.uid } : {}) });
    return;
  }
  const left = deleteAllContent(key, state, ctx);
  const next = { ...status, phase: 'Terminating', conditions: conditions(left, status.conditions ?? [], ctx.now) };
  if (JSON.stringify(next) !== JSON.stringify(status)) ctx.out.emit({ type: 'ObjectStatusUpdated', at: ctx.now,
    resource: 'namespaces', key, status: next });
  // namespace_controller.go syncNamespaceFromKey: ResourcesRemainingError -> AddAfter(estimate/2 + 1 s).
  if (left.estimate > 0) return { requeueAfter: (Math.floor(left.estimate / 2) + 1) * 1000 };
  // finalizeNamespace: the token leaves spec.finalizers; with none left the API server deletes the namespace.
  const rest = (spec.finalizers ?? []).filter((f) => f !== FINALIZER_KUBERNETES);
  if (rest.length) ctx.out.emit({ type: 'ObjectApplied', at: ctx.now, resource: 'namespaces', key,
    object: { ...ns, spec: { ...spec, finalizers: rest }, status: next } });
  else ctx.out.emit({ type: 'ObjectDeleted', at: ctx.now, resource: 'namespaces', key,
    ...(ns.metadata.uid ? { uid: ns.metadata.uid } : {}) });
}

export const namespaceControllerDef: ControllerDef = {
  name: 'namespace-controller',
  factTypes: ['ObjectApplied'],
  keysFor: (e) => (e.type === 'ObjectApplied' && e.resource === 'namespaces'
    && e.object.metadata.deletionTimestamp !== undefined ? [e.key] : NO_KEYS),
  sync: syncNamespace,
  initialKeys: (state) => listObjects(state, 'namespaces').filter((n) => n.metadata.deletionTimestamp !== undefined)
    .map((n) => n.metadata.name),
};

export const namespaceController = controller(namespaceControllerDef);
