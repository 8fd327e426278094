import type { Pod } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import type { Uid } from '../../api/ids.js';
import { controllerOf } from '../../reducers/pods.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import { uidSetHas, uidSetKeys, type UidSet } from '../../reducers/uidSet.js';

interface View<T> {
  /** The podsByOwner set this view last matched: a new set means pods joined or left. */
  set: UidSet | undefined;
  readonly items: Map<Uid, T>;
  readonly dirty: Set<Uid>;
}

/**
 * The pods each owner controls, with a per-pod summary `T` derived once per pod change: an
 * informer index for controllers whose sync walks every pod of a large owner (a DaemonSet has a
 * pod per node). Reading 1,000 pods from the state costs 1,000 table lookups and touches
 * scattered pod objects (about 10 ms a sync at 1,000 nodes, measured); the view refreshes only
 * the pods whose facts arrived since the last read.
 *
 * Kept exact, not approximate: every reducer that changes a pod finds it by the event's `uid`,
 * so each such fact marks that pod dirty here; membership is checked against the podsByOwner
 * set's identity (persistent tables give a new set object whenever a pod joins or leaves).
 */
export class OwnedPodView<T> {
  readonly #views = new Map<Uid, View<T>>();

  constructor(private readonly derive: (p: Pod) => T) {}

  observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void {
    if (this.#views.size === 0) return;
    for (const e of events) {
      const uid = (e as { uid?: unknown }).uid;
      if (typeof uid !== 'string') continue;
      const after = tget(state.pods, uid), before = tget(prev.pods, uid);
      if (after === before) continue;
      // Both owners: an adoption or release moves the pod between views.
      for (const p of [before, after]) {
        const owner = p ? controllerOf(p) : undefined;
        if (owner !== undefined) this.#views.get(owner)?.dirty.add(uid);
      }
    }
  }

  /** The summaries of the pods `owner` controls in `state`, in the podsByOwner index's order when first read. */
  list(state: ClusterState, owner: Uid): T[] {
    const set = tget(state.podsByOwner, owner);
    let v = this.#views.get(owner);
    if (!v) {
      v = { set, items: new Map(), dirty: new Set() };
      for (const uid of uidSetKeys(set)) { const p = tget(state.pods, uid); if (p) v.items.set(uid, this.derive(p)); }
      this.#views.set(owner, v);
      return [...v.items.values()];
    }
    if (v.set !== set) {
      for (const uid of v.items.keys()) if (!uidSetHas(set, uid)) v.items.delete(uid);
      for (const uid of uidSetKeys(set)) if (!v.items.has(uid)) v.dirty.add(uid);
      v.set = set;
    }
    for (const uid of v.dirty) {
      const p = uidSetHas(set, uid) ? tget(state.pods, uid) : undefined;
      if (p) v.items.set(uid, this.derive(p)); else v.items.delete(uid);
    }
    v.dirty.clear();
    return [...v.items.values()];
  }

  /** Drops an owner's view (the owner is gone). */
  forget(owner: Uid): void {
    this.#views.delete(owner);
  }
}
