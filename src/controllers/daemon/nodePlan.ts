import type { KubeObject, Node, Toleration } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { ControllerCache, SyncContext } from '../controller.js';
import { daemonPod, type DaemonPod } from './daemonPod.js';
import { nodeShouldRunDaemonPod, type DaemonSetSpec } from './daemonSetUtil.js';
import { OwnedPodView } from './ownedPodView.js';
import type { Should } from './nodeVerdict.js';
import { DaemonSetBook } from './book.js';
import { NO_UID } from '../../api/ids.js';

export type { Should } from './nodeVerdict.js';

/**
 * The nodes (creation order) and, parallel to them, whether a DaemonSet should run on each;
 * from the cache also the indexes of the nodes whose Should changed since this DaemonSet's
 * last plan (`changed`, meaningful unless `fresh`) and the name -> index map.
 */
export interface NodePlan {
  readonly should: readonly Should[];
  readonly fresh: boolean;
  readonly changed: readonly number[];
  readonly index?: ReadonlyMap<string, number>;
}

const NO_CHANGES: readonly number[] = Object.freeze([]);

/**
 * The DaemonSet controller's cache (an informer index): its pods' summaries per DaemonSet, the
 * node objects, and per DaemonSet the shouldRun of every node, recomputed only for nodes that
 * changed since its last sync. Node objects change only through facts that name the node
 * (`node`), which is how observe() learns of them.
 */
export class DaemonSetCache implements ControllerCache {
  readonly pods = new OwnedPodView<DaemonPod>(daemonPod);
  /** Each DaemonSet's incremental sync (book.ts). */
  readonly #books = new Map<string, DaemonSetBook>();
  #nodeNames: readonly string[] | undefined;
  #nodes: Node[] = [];
  #index = new Map<string, number>();
  #epoch = 0;
  /** Per DaemonSet: each node's Should, and the nodes whose object changed since its last plan. */
  readonly #plans = new Map<string, { specKey: object; epoch: number; pending: Set<number>; should: Should[] }>();

  observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void {
    this.pods.observe(events, state, prev);
    // A DaemonSet that is gone takes its entries with it.
    for (const e of events) if (e.type === 'ObjectDeleted' && e.resource === 'daemonsets'
      && e.uid) { this.pods.forget(e.uid); this.#plans.delete(e.uid); this.#books.delete(e.uid); }
    if (this.#nodeNames === undefined) return;
    if (state.nodeNames !== this.#nodeNames) { this.#nodeNames = undefined; return; }
    for (const e of events) {
      const name = (e as { node?: unknown }).node;
      if (typeof name !== 'string') continue;
      const i = this.#index.get(name);
      if (i === undefined) continue;
      const now = tget(state.nodes, name)?.object;
      const was = this.#nodes[i];
      if (!now || now === was) continue;
      this.#nodes[i] = now;
      // NodeShouldRunDaemonPod reads the node's name, labels and taints; a pod started there
      // (podIP counter, cached images) gives a new node object with the same ones.
      if (now.metadata.labels === was.metadata.labels && now.spec.taints === was.spec.taints) continue;
      for (const p of this.#plans.values()) p.pending.add(i);
    }
  }

  plan(state: ClusterState, dsUid: string, specKey: object, spec: DaemonSetSpec,
    tols: readonly Toleration[]): NodePlan {
    if (this.#nodeNames !== state.nodeNames) {
      this.#nodeNames = state.nodeNames;
      this.#nodes = state.nodeNames.map((n) => tget(state.nodes, n)!.object);
      this.#index = new Map(state.nodeNames.map((n, i) => [n, i]));
      this.#epoch++;
    }
    let p = this.#plans.get(dsUid);
    if (!p || p.specKey !== specKey || p.epoch !== this.#epoch) {
      p = { specKey, epoch: this.#epoch, pending: new Set(),
        should: this.#nodes.map((n) => shouldRunOn(n, specKey, spec, tols)) };
      this.#plans.set(dsUid, p);
      return { should: p.should, fresh: true, changed: NO_CHANGES, index: this.#index };
    }
    if (p.pending.size === 0) return { should: p.should, fresh: false, changed: NO_CHANGES, index: this.#index };
    const changed: number[] = [];
    for (const i of p.pending) {
      const was = p.should[i], now = shouldRunOn(this.#nodes[i], specKey, spec, tols);
      if (now.shouldRun !== was.shouldRun || now.shouldContinueRunning !== was.shouldContinueRunning) changed.push(i);
      p.should[i] = now;
    }
    p.pending.clear();
    return { should: p.should, fresh: false, changed, index: this.#index };
  }

  /** The DaemonSet's book, made on first use. */
  book(dsUid: string): DaemonSetBook {
    let b = this.#books.get(dsUid);
    if (!b) { b = new DaemonSetBook(); this.#books.set(dsUid, b); }
    return b;
  }
}

export function nodePlan(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  tols: readonly Toleration[]): NodePlan {
  const specKey = (ds.spec ?? ds) as object;
  if (ctx.cache instanceof DaemonSetCache) return ctx.cache.plan(state, ds.metadata.uid ?? NO_UID, specKey, spec, tols);
  const nodes = state.nodeNames.map((n) => tget(state.nodes, n)!.object);
  return { should: nodes.map((n) => shouldRunOn(n, specKey, spec, tols)), fresh: true, changed: NO_CHANGES };
}

/** NodeShouldRunDaemonPod per node object and DaemonSet spec object: both are immutable. */
const shouldCache = new WeakMap<Node, WeakMap<object, Should>>();
export function shouldRunOn(node: Node, specKey: object, spec: DaemonSetSpec, tols: readonly Toleration[]): Should {
  let m = shouldCache.get(node);
  if (!m) { m = new WeakMap(); shouldCache.set(node, m); }
  let r = m.get(specKey);
  if (!r) { r = nodeShouldRunDaemonPod(node, spec, tols); m.set(specKey, r); }
  return r;
}

