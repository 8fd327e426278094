import { assertNever } from '../../events/index.js';
import type { Pod } from '../../api/types.js';
import { deletePod } from '../../apiserver/apiserver.js';
import { Priority } from '../../clock/eventQueue.js';
import type { Outbox, Timer } from '../../decider/outbox.js';
import type { Component } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { NodeName, ObjectKey } from '../../api/ids.js';
import { type ClusterState, podUidsOnNode } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { TimelineAction } from '../../scenario/types.js';
import { podCondition, podKey, recordEvent } from '../batchUtils.js';
import { checkEviction, pdbsForPod, type EvictionResult, type PDBStatus } from '../disruption/disruption.js';

/** kubectl drain: a refused eviction (429) is retried after 5 s (staging/src/k8s.io/kubectl/pkg/drain/drain.go). */
export const EVICTION_RETRY_MS = 5_000;
/** Reasons of the events a drain leaves: when it began and when the node was empty. */
export const DRAINING = 'Draining';
export const DRAINED = 'Drained';
/** Annotation of mirror pods (static pods as the API shows them): kubectl drain skips them. */
export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';
/** pkg/registry/core/pod/storage/eviction.go: the DisruptionTarget condition an eviction sets. */
export const EVICTION_BY_EVICTION_API = 'EvictionByEvictionAPI';

/** The drainer's timers: a retry of refused evictions, or a check that the node is empty. */
type DrainDue = Timer & { readonly kind: 'DrainRetryDue' | 'DrainCheckDue'; readonly node: NodeName;
  readonly drain: number };
const drainDue = (kind: DrainDue['kind'], node: NodeName, drain: number): DrainDue => ({ kind, node, drain });

/**
 * The pods `kubectl drain --ignore-daemonsets --delete-emptydir-data --force` evicts: all but DaemonSet and mirror
 * pods.
 */
export function podsToEvict(state: ClusterState, node: string): Pod[] {
  return podUidsOnNode(state, node)
    .map((u) => tget(state.pods, u)).filter((p): p is Pod => p !== undefined)
    .filter((p) => !p.metadata.ownerReferences?.some((o) => o.controller && o.kind === 'DaemonSet')
      && p.metadata.annotations?.[MIRROR_POD_ANNOTATION] === undefined)
    .sort((a, b) => (podKey(a) < podKey(b) ? -1 : 1));
}

/**
 * `kubectl drain` as a timeline action: cordon the node, then evict every pod but DaemonSet
 * and mirror pods through the Eviction API, honouring PodDisruptionBudgets. A refused eviction
 * (429) is retried every 5 s; the node is drained when every evicted pod is gone. The refusal is
 * logged once per pod, not once per retry.
 */
export class Drainer implements Component<DrainDue> {
  readonly name = 'kubectl-drain';
  readonly timerKinds = ['DrainRetryDue', 'DrainCheckDue'] as const;
  /** node -> the drain in progress (a counter, so a stale timer of an earlier drain is dropped). */
  #drains = new Map<NodeName, { id: number; refused: Set<string>; remove?: boolean }>();
  #next = 0;

  act(action: TimelineAction, state: ClusterState, out: Outbox): boolean {
    if (action.kind === 'evict') { this.#evictOne(action, state, out); return true; }
    if (action.kind !== 'drain') return false;
    const n = tget(state.nodes, action.node);
    if (!n) { out.emit({ type: 'Warning', at: out.now, object: `Node/${action.node}`,
      message: 'drain: node not found' }); return true; }
    if (!n.object.spec.unschedulable) out.emit({ type: 'NodeSchedulableChanged', at: out.now, node: action.node,
      unschedulable: true });
    // Logged so a drain's start is a fact (the drain-completes invariant measures from it).
    recordEvent(out, 'nodes', action.node, DRAINING, `draining node/${action.node}`);
    const d = { id: ++this.#next, refused: new Set<string>(), ...(action.remove ? { remove: true } : {}) };
    this.#drains.set(action.node, d);
    this.#evictRound(action.node, d, state, out);
    return true;
  }

  observe(events: readonly ClusterEvent[], _state: ClusterState, out: Outbox): void {
    if (this.#drains.size === 0) return;
    for (const e of events) {
      if (e.type !== 'PodDeleted') continue;
      for (const [node, d] of this.#drains) out.after(0, drainDue('DrainCheckDue', node, d.id),
        Priority.Normal);
      return;
    }
  }

  fire(t: DrainDue, state: ClusterState, out: Outbox): void {
    const d = this.#drains.get(t.node);
    if (!d || d.id !== t.drain) return;
    switch (t.kind) {
      case 'DrainRetryDue': this.#evictRound(t.node, d, state, out); return;
      case 'DrainCheckDue': this.#checkDone(t.node, state, out); return;
      default: assertNever(t.kind);
    }
  }

  #checkDone(node: NodeName, state: ClusterState, out: Outbox): boolean {
    if (podsToEvict(state, node).length > 0) return false;
    const d = this.#drains.get(node);
    this.#drains.delete(node);
    recordEvent(out, 'nodes', node, DRAINED, `node/${node} drained`);
    if (d?.remove) out.emit({ type: 'NodeRemoved', at: out.now, node });
    return true;
  }

  /** One eviction through the Eviction API (an `evict` timeline action): refused ones are logged, not retried. */
  #evictOne(a: Extract<TimelineAction, { kind: 'evict' }>, state: ClusterState, out: Outbox): void {
    const uid = tget(state.podUids, `${a.namespace}/${a.pod}`);
    const pod = uid ? tget(state.pods, uid) : undefined;
    if (!pod) { out.emit({ type: 'Warning', at: out.now, object: `Pod/${a.namespace}/${a.pod}`,
      message: 'evict: pod not found' }); return; }
    const statuses = new Map<ObjectKey, PDBStatus>();
    const r = evict(pod, state, out, statuses, a.gracePeriodSeconds);
    if (!r.allowed) recordEvent(out, 'pods', podKey(pod), 'EvictionRefused',
      `Cannot evict pod ${podKey(pod)}: ${r.message}`, 'Warning');
    for (const [key, status] of statuses) out.emit({ type: 'ObjectStatusUpdated', at: out.now,
      resource: 'poddisruptionbudgets', key, status });
  }

  #evictRound(node: NodeName, d: { id: number; refused: Set<string>; remove?: boolean }, state: ClusterState,
    out: Outbox): void {
    const now = out.now;
    const statuses = new Map<ObjectKey, PDBStatus>();
    let refused = false;
    for (const pod of podsToEvict(state, node)) {
      if (pod.metadata.deletionTimestamp !== undefined) continue; // evicted, waiting for it to go
      const r = evict(pod, state, out, statuses);
      if (r.allowed) continue;
      refused = true;
      if (!d.refused.has(pod.metadata.uid!)) {
        d.refused.add(pod.metadata.uid!);
        recordEvent(out, 'pods', podKey(pod), 'EvictionRefused',
          `error when evicting pods/"${pod.metadata.name}" -n "${pod.metadata.namespace ?? 'default'}" (will retry ` +
            `after 5s): ${r.message}`, 'Warning');
      }
    }
    for (const [key, status] of statuses) out.emit({ type: 'ObjectStatusUpdated', at: now,
      resource: 'poddisruptionbudgets', key, status });
    if (refused) out.after(EVICTION_RETRY_MS, drainDue('DrainRetryDue', node, d.id),
      Priority.Normal);
    else if (podsToEvict(state, node).length === 0) this.#checkDone(node, state, out);
  }
}

/**
 * One pod through the Eviction API's check (checkEviction, with the budgets already used up in
 * this round in `statuses`): on success the DisruptionTarget condition, the Evicting event and
 * the deletion; on refusal nothing is emitted.
 */
export function evict(pod: Pod, state: ClusterState, out: Outbox, statuses: Map<ObjectKey, PDBStatus>,
  gracePeriodSeconds?: number): EvictionResult {
  const now = out.now;
  const pdbs = pdbsForPod(state, pod).map((x) => ({ ...x, ...(statuses.has(x.key) ? { status: statuses.get(x.key)! }
    : {}) }));
  const r = checkEviction(pod, pdbs, now);
  if (!r.allowed) return r;
  const key = podKey(pod);
  if (r.pdb) statuses.set(r.pdb.key, r.pdb.status);
  if (pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed' && pod.spec.nodeName) {
    out.emit({ type: 'PodStatusPatched', at: now, pod: key, uid: pod.metadata.uid!,
      conditions: [podCondition('DisruptionTarget', 'True', now, EVICTION_BY_EVICTION_API,
        'Eviction API: evicting')] });
  }
  recordEvent(out, 'pods', key, 'Evicting', `evicting pod ${key}`);
  deletePod(state, out, pod.metadata.namespace ?? 'default', pod.metadata.name, gracePeriodSeconds);
  return r;
}

export const drainer = { name: 'kubectl-drain', create: () => new Drainer() };
