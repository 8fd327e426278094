import type { KubeObject, Node, Toleration } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { ControllerCache, SyncContext } from '../controller.js';
import { daemonPod, type DaemonPod } from './daemonPod.js';
import { nodeShouldRunDaemonPod, type DaemonSetSpec } from './daemonSetUtil.js';
import { OwnedPodView } from './ownedPodView.js';

export type Should = { shouldRun: boolean; shouldContinueRunning: boolean };

/** The nodes (creation order) and, parallel to them, whether a DaemonSet should run on each. */
export interface NodePlan { readonly should: readonly Should[] }

/**
 * The DaemonSet controller's cache (an informer index): its pods' summaries per DaemonSet, the
 * node objects, and per DaemonSet the shouldRun of every node, recomputed only for nodes that
 * changed since its last sync. Node objects change only through facts that name the node
 * (`node`), which is how observe() learns of them.
 */
export class DaemonSetCache implements ControllerCache {
  readonly pods = new OwnedPodView<DaemonPod>(daemonPod);
  #nodeNames: readonly string[] | undefined;
  #nodes: Node[] = [];
  #index = new Map<string, number>();
  /** Indexes of nodes whose object changed, in order; each plan remembers how far it has read. */
  #changes: number[] = [];
  #epoch = 0;
  readonly #plans = new Map<string, { specKey: object; epoch: number; seen: number; should: Should[] }>();

  observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void {
    this.pods.observe(events, state, prev);
    // A DaemonSet that is gone takes its entries with it.
    for (const e of events) if (e.type === 'ObjectDeleted' && e.resource === 'daemonsets'
      && e.uid) { this.pods.forget(e.uid); this.#plans.delete(e.uid); }
    if (this.#nodeNames === undefined) return;
    if (state.nodeNames !== this.#nodeNames) { this.#nodeNames = undefined; return; }
    for (const e of events) {
      const name = (e as { node?: unknown }).node;
      if (typeof name !== 'string') continue;
      const i = this.#index.get(name);
      if (i === undefined) continue;
      const now = tget(state.nodes, name)?.object;
      if (now && now !== this.#nodes[i]) { this.#nodes[i] = now; this.#changes.push(i); }
    }
    if (this.#changes.length > 4 * this.#nodes.length + 1024) this.#nodeNames = undefined; // cheaper to start over
  }

  plan(state: ClusterState, dsUid: string, specKey: object, spec: DaemonSetSpec,
    tols: readonly Toleration[]): NodePlan {
    if (this.#nodeNames !== state.nodeNames) {
      this.#nodeNames = state.nodeNames;
      this.#nodes = state.nodeNames.map((n) => tget(state.nodes, n)!.object);
      this.#index = new Map(state.nodeNames.map((n, i) => [n, i]));
      this.#changes = [];
      this.#epoch++;
    }
    let p = this.#plans.get(dsUid);
    if (!p || p.specKey !== specKey || p.epoch !== this.#epoch) {
      p = { specKey, epoch: this.#epoch, seen: this.#changes.length,
        should: this.#nodes.map((n) => shouldRunOn(n, specKey, spec, tols)) };
      this.#plans.set(dsUid, p);
    } else {
      for (let k = p.seen; k < this.#changes.length; k++) { const i = this.#changes[k];
        p.should[i] = shouldRunOn(this.#nodes[i], specKey, spec, tols); }
      p.seen = this.#changes.length;
    }
    return { should: p.should };
  }
}

export function nodePlan(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec,
  tols: readonly Toleration[]): NodePlan {
  const specKey = (ds.spec ?? ds) as object;
  if (ctx.cache instanceof DaemonSetCache) return ctx.cache.plan(state, ds.metadata.uid ?? '', specKey, spec, tols);
  const nodes = state.nodeNames.map((n) => tget(state.nodes, n)!.object);
  return { should: nodes.map((n) => shouldRunOn(n, specKey, spec, tols)) };
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

