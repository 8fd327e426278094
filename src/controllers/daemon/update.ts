import type { KubeObject, PodSpec } from '../../api/types.js';
import { admitPod } from '../../apiserver/admission.js';
import { deletePod } from '../../apiserver/apiserver.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext } from '../controller.js';
import { CONTROLLER_REVISION_HASH_LABEL } from '../history/controllerRevision.js';
import { newControllerRef, recordEvent, scaledValue, slowStartBatch,
  SLOW_START_INITIAL_BATCH_SIZE } from '../controllerUtils.js';
import { BURST_REPLICAS } from '../replicaset/replicaSet.js';
import { available, type DaemonPod } from './daemonPod.js';
import { daemonPodTolerations, replaceNodeNameAffinity, type DaemonSetSpec } from './daemonSetUtil.js';
import { BOTH_NEW_AVAILABLE, BOTH_NEW_UNAVAILABLE, NEW_AVAILABLE, NEW_UNAVAILABLE, NO_LIVE_POD, NOT_OK, OLD_AVAILABLE,
  OLD_UNAVAILABLE, SHOULD_NOT_RUN } from './nodeVerdict.js';

/** extensions DaemonSetTemplateGenerationKey: the deprecated pod label with the template generation. */
export const POD_TEMPLATE_GENERATION_LABEL = 'pod-template-generation';

/**
 * daemon_controller.go syncNodes: deletes the listed pods and creates one pod per node in
 * slow-start batches (at most BurstReplicas), each pinned to its node by node affinity. Returns
 * whether a pod was deleted or created: the expectations it sets are then not yet satisfied.
 */
export function syncNodes(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  toDelete: readonly DaemonPod[], nodesNeeding: readonly string[], hash: string): boolean {
  const seen = new Set<string>();
  let created = 0;
  for (const { pod: p } of toDelete) {
    if (seen.has(p.metadata.name)) continue;
    seen.add(p.metadata.name);
    deletePod(state, ctx.out, p.metadata.namespace ?? 'default', p.metadata.name);
    recordEvent(ctx.out, 'daemonsets', ds, 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
  }
  if (nodesNeeding.length === 0) return seen.size > 0;
  const create = nodesNeeding.slice(0, BURST_REPLICAS);
  const t = spec.template;
  const ref = newControllerRef(ds);
  // What every pod of this sync shares; admitPod copies the labels into each pod.
  const metadata = { namespace: ds.metadata.namespace ?? 'default', generateName: `${ds.metadata.name}-`,
    labels: { ...(t.metadata?.labels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash,
      [POD_TEMPLATE_GENERATION_LABEL]: String(ds.metadata.generation ?? 1) },
    ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}) };
  const podSpec = daemonPodSpec(t.spec);
  const taken = new Set<string>();
  slowStartBatch(create.length, SLOW_START_INITIAL_BATCH_SIZE, (i) => {
    const r = admitPod({ metadata, spec: podSpec }, state, ctx.now, ctx.rng,
      { ownerReferences: [ref], affinity: replaceNodeNameAffinity(t.spec.affinity, create[i]), taken });
    if ('error' in r) {
      recordEvent(ctx.out, 'daemonsets', ds, 'FailedCreate', `Error creating: ${r.error}`, 'Warning');
      return r.error;
    }
    ctx.out.emit(r);
    created++;
    recordEvent(ctx.out, 'daemonsets', ds, 'SuccessfulCreate', `Created pod: ${r.object.metadata.name}`);
    return undefined;
  });
  return seen.size + created > 0;
}

/**
 * The pod spec every pod of a template shares, before its node affinity (admitPod's `affinity`
 * sets that per pod): the template with the daemon tolerations and an `affinity` key where
 * ReplaceDaemonSetPodNodeNameNodeAffinity puts it. One object per template object, so admission
 * defaults the template once (its cache is keyed by the spec object), not once per node.
 * daemonPodSpec.test.ts compares every pod with the spec built per pod.
 */
const daemonPodSpecs = new WeakMap<PodSpec, PodSpec>();
export function daemonPodSpec(t: PodSpec): PodSpec {
  let s = daemonPodSpecs.get(t);
  if (s === undefined) {
    s = { ...t, tolerations: daemonPodTolerations(t), affinity: replaceNodeNameAffinity(t.affinity, '') };
    daemonPodSpecs.set(t, s);
  }
  return s;
}

/** How rollingUpdate sees the DaemonSet's nodes: the book's counts and node lists, or a walk's (scan). */
export interface RollingView {
  /** updateDaemonSetStatus's desiredNumberScheduled. */
  readonly desired: number;
  /** Nodes of one kind (nodeVerdict.ts). */
  count(kind: number): number;
  /** The first `limit` nodes of any of `kinds`, in node order (then strays by name), with their old pods. */
  nodes(kinds: readonly number[], limit: number): readonly RollingNode[];
  /** Whether a node not in the cluster (a stray) has an old pod and no new one. */
  readonly strayOldOnly: boolean;
}
export interface RollingNode { readonly name: string; readonly oldPod: DaemonPod | undefined }

const both = (kinds: readonly number[]): number[] => [...kinds, ...kinds.map((k) => k + SHOULD_NOT_RUN)];
/** The kinds the path without surge counts as unavailable: !ok, no live pod, old and new, and unavailable ones. */
const UNAVAILABLE = both([NOT_OK, NO_LIVE_POD, NEW_UNAVAILABLE, OLD_UNAVAILABLE, BOTH_NEW_UNAVAILABLE,
  BOTH_NEW_AVAILABLE]);
const sum = (v: RollingView, kinds: readonly number[]): number => kinds.reduce((n, k) => n + v.count(k), 0);

/**
 * update.go rollingUpdate (kubernetes/kubernetes pkg/controller/daemon/update.go), run by
 * updateDaemonSet only when manage created and deleted nothing (its expectations are satisfied).
 * Go walks nodeToDaemonPods in map order; kubesim walks nodes in order. The walk takes an old
 * available pod (node) only while its count is below the bound, and the count only grows: so
 * the result is every such node up to `bound - final count`, which the counts per kind give.
 *
 * Without surge: every node whose pods are not one old and/or one new (!ok), with no live pod,
 * with an old and a new pod, or with an unavailable new pod counts as unavailable, and so does
 * each unavailable old pod, which is deleted anyway; then old available pods are deleted while
 * fewer than maxUnavailable are unavailable. With surge: a new pod is started beside an old
 * unavailable one, and beside at most maxSurge - numSurge old available ones (numSurge: nodes
 * !ok, or whose new pod is not available yet); an old pod goes once its new one is available; on
 * a node that should not run the pod an unavailable old pod goes at once and an available one
 * only while more pods are available than desired. maxUnavailable and maxSurge round up; both 0
 * means maxUnavailable 1.
 */
export function rollingUpdate(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  v: RollingView, hash: string): void {
  let maxUnavailable = scaledValue(spec.updateStrategy.rollingUpdate?.maxUnavailable, v.desired, true, 1);
  const maxSurge = scaledValue(spec.updateStrategy.rollingUpdate?.maxSurge, v.desired, true, 0);
  if (maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  const oldPods = (nodes: readonly RollingNode[]) => nodes.map((n) => n.oldPod!);
  const names = (nodes: readonly RollingNode[]) => nodes.map((n) => n.name);
  if (maxSurge === 0) {
    const remaining = Math.max(0, maxUnavailable - sum(v, UNAVAILABLE));
    syncNodes(state, ctx, ds, spec, [...oldPods(v.nodes(both([OLD_UNAVAILABLE]), Infinity)),
      ...oldPods(v.nodes(both([OLD_AVAILABLE]), remaining))], [], hash);
    return;
  }
  // update.go: nodeLister.Get of a node that is gone is an error that ends the sync before syncNodes.
  if (v.strayOldOnly) return;
  const numSurge = sum(v, both([NOT_OK, BOTH_NEW_UNAVAILABLE]));
  const toDelete = oldPods(v.nodes([OLD_UNAVAILABLE + SHOULD_NOT_RUN, ...both([BOTH_NEW_AVAILABLE])], Infinity));
  const shouldNotRun = v.nodes([OLD_AVAILABLE + SHOULD_NOT_RUN], Infinity);
  if (shouldNotRun.length > 0) {
    // numAvailable: nodes whose old pod (or, without one, new pod) is available.
    const now = ctx.now, mrs = spec.minReadySeconds;
    let numAvailable = sum(v, both([OLD_AVAILABLE, NEW_AVAILABLE]));
    for (const n of v.nodes(both([BOTH_NEW_UNAVAILABLE, BOTH_NEW_AVAILABLE]), Infinity)) {
      if (available(n.oldPod!, mrs, now)) numAvailable++;
    }
    toDelete.push(...oldPods(shouldNotRun.slice(0, Math.max(0, numAvailable - v.desired))));
  }
  syncNodes(state, ctx, ds, spec, toDelete, [...names(v.nodes([OLD_UNAVAILABLE], Infinity)),
    ...names(v.nodes([OLD_AVAILABLE], Math.max(0, maxSurge - numSurge)))], hash);
}
