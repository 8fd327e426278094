import type { LabelSelector } from '../../api/types.js';
import { type Uid, NO_UID } from '../../api/ids.js';
import { byCreationD, isUpdated, matchesSelector, type DaemonPod } from './daemonPod.js';
import { examineNode, NO_PODS, ROLLING_KINDS, STATUS_BITS, staysActive, type ManageInputs,
  type NodeVerdict, type Should } from './nodeVerdict.js';

/** What the book was last reset for: a change of any of these makes every node's verdict stale. */
interface Basis {
  readonly specKey: object;
  readonly index: ReadonlyMap<string, number>;
  readonly m: ManageInputs;
}

/**
 * One DaemonSet's sync kept between syncs, node by node (daemon_controller.go recomputes
 * podsShouldBeOnNode for every node at every sync; its decisions are a pure function of each
 * node's Should and daemon pods, so only the nodes whose inputs changed are examined again):
 * the claimed pods by target node, each node's verdict (nodeVerdict.ts), and the sums
 * updateDaemonSetStatus and rollingUpdate read. Nodes whose verdict acts (a pod to create or
 * delete) or depends on the clock stay active and are examined at every sync, as the scan did.
 */
export class DaemonSetBook {
  #basis: Basis | undefined;
  #selector: LabelSelector | undefined;
  #claimsValid = false;
  /** The claimed pods on each target node, by creation (controller.PodsByCreationTimestamp). */
  readonly byNode = new Map<string, DaemonPod[]>();
  readonly #claimed = new Map<Uid, DaemonPod>();
  /** Owned pods that stopped matching the selector: released at every sync until the release lands. */
  readonly nonMatching = new Map<Uid, DaemonPod>();
  /** Target nodes with claimed pods that are not nodes (any more). */
  readonly strays = new Set<string>();
  readonly #hashes = new Map<string, number>();
  /** Claimed pods not terminating and not of the update revision (rollingUpdate has work). */
  oldLive = 0;
  readonly #dirty = new Set<string>();
  #all = true;
  #status = new Uint8Array(0);
  #rolling = new Uint8Array(0);
  #oldPod: (DaemonPod | undefined)[] = [];
  readonly counts = new Array<number>(STATUS_BITS.length).fill(0);
  readonly rollingCount = new Array<number>(ROLLING_KINDS).fill(0);
  /** No node below lo[k] has rolling kind k. */
  readonly #lo = new Array<number>(ROLLING_KINDS).fill(0);
  readonly #active = new Map<number, NodeVerdict>();

  /** Whether the claims were made for this selector; false means `resetClaims`. */
  claimsFor(selector: LabelSelector | undefined): boolean {
    return this.#claimsValid && this.#selector === selector;
  }

  /** Drops everything: the next sync starts over from the owned pods. */
  invalidate(): void {
    this.#claimsValid = false;
    this.#basis = undefined;
  }

  /** Whether `d` (this version of the pod) is claimed. */
  claims(d: DaemonPod): boolean {
    return this.#claimed.get(d.pod.metadata.uid ?? NO_UID) === d;
  }

  /** A pod the owner's view no longer holds (or holds in a newer version). */
  remove(d: DaemonPod): void {
    const uid = d.pod.metadata.uid ?? NO_UID;
    if (this.nonMatching.get(uid) === d) { this.nonMatching.delete(uid); return; }
    if (this.#claimed.get(uid) !== d) return;
    this.#claimed.delete(uid);
    this.#count(d, -1);
    if (d.node === undefined) return;
    const list = this.byNode.get(d.node)!;
    list.splice(list.indexOf(d), 1);
    if (list.length === 0) this.byNode.delete(d.node);
    this.#dirty.add(d.node);
  }

  /** A pod the owner's view holds (new, or a newer version of one removed just before). */
  add(d: DaemonPod, selector: LabelSelector | undefined): void {
    const uid = d.pod.metadata.uid ?? NO_UID;
    if (!matchesSelector(d, selector)) { this.nonMatching.set(uid, d); return; }
    this.#claimed.set(uid, d);
    this.#count(d, 1);
    if (d.node === undefined) return;
    const list = this.byNode.get(d.node);
    if (!list) this.byNode.set(d.node, [d]);
    else {
      let i = list.length;
      while (i > 0 && byCreationD(list[i - 1], d) > 0) i--;
      list.splice(i, 0, d);
    }
    this.#dirty.add(d.node);
  }

  #count(d: DaemonPod, by: 1 | -1): void {
    if (d.hash !== undefined) this.#hashes.set(d.hash, (this.#hashes.get(d.hash) ?? 0) + by);
    if (this.#basis && !d.terminating && !isUpdated(d, this.#basis.m.hash)) this.oldLive += by;
  }

  /** The revision hashes some claimed pod carries. */
  *liveHashes(): IterableIterator<string> {
    for (const [h, n] of this.#hashes) if (n > 0) yield h;
  }

  /** Claims again from `owned` (in the view's order); every node's verdict is then stale. */
  resetClaims(owned: Iterable<DaemonPod>, selector: LabelSelector | undefined): void {
    this.#selector = selector;
    this.#claimsValid = true;
    this.#basis = undefined;
    this.byNode.clear(); this.#claimed.clear(); this.nonMatching.clear(); this.#hashes.clear(); this.#dirty.clear();
    this.oldLive = 0;
    for (const d of owned) this.add(d, selector);
  }

  /** Whether the node verdicts hold for these sync-wide inputs (else `resetNodes`). */
  holds(specKey: object, index: ReadonlyMap<string, number>, m: ManageInputs): boolean {
    const b = this.#basis;
    return b !== undefined && b.specKey === specKey && b.index === index && b.m.hash === m.hash
      && b.m.manage === m.manage && b.m.surge === m.surge && b.m.minReadySeconds === m.minReadySeconds;
  }

  /** Every node to be examined at this sync, for new sync-wide inputs. */
  resetNodes(basis: Basis): void {
    this.#basis = basis;
    this.#dirty.clear(); this.#active.clear();
    this.oldLive = 0;
    for (const d of this.#claimed.values()) if (!d.terminating && !isUpdated(d, basis.m.hash)) this.oldLive++;
    const n = basis.index.size;
    this.#status = new Uint8Array(n); this.#rolling = new Uint8Array(n); this.#oldPod = new Array(n).fill(undefined);
    this.counts.fill(0); this.rollingCount.fill(0); this.rollingCount[NO_PODS] = n; this.#lo.fill(0);
    this.#all = true;
  }

  /** Nodes whose Should changed since the last sync (the node plan's changes). */
  nodesChanged(names: readonly string[], changed: readonly number[]): void {
    for (const i of changed) this.#dirty.add(names[i]);
  }

  /**
   * Examines every node whose pods or Should changed and every active node; returns the active
   * nodes (ascending) and the earliest time a node's first pod becomes available.
   */
  examine(names: readonly string[], should: readonly Should[], m: ManageInputs): { active: number[];
    nextAvailable: number } {
    const index = this.#basis!.index;
    let order: number[];
    if (this.#all) { order = Array.from(names, (_, i) => i); this.#all = false; }
    else {
      const at = new Set<number>(this.#active.keys());
      for (const name of this.#dirty) {
        const i = index.get(name);
        if (i !== undefined) at.add(i);
        else if (this.byNode.has(name)) this.strays.add(name); else this.strays.delete(name);
      }
      order = [...at].sort((a, b) => a - b);
    }
    if (order.length === names.length) {
      this.strays.clear();
      for (const name of this.byNode.keys()) if (!index.has(name)) this.strays.add(name);
    }
    this.#dirty.clear();
    const active: number[] = [];
    let nextAvailable = Infinity;
    for (const i of order) {
      const v = examineNode(should[i], this.byNode.get(names[i]), m);
      this.#setStatus(i, v.status);
      this.#setRolling(i, v.rolling);
      this.#oldPod[i] = v.oldPod;
      if (staysActive(v)) { this.#active.set(i, v); active.push(i); } else this.#active.delete(i);
      if (v.availableAt < nextAvailable) nextAvailable = v.availableAt;
    }
    return { active, nextAvailable };
  }

  verdict(i: number): NodeVerdict {
    return this.#active.get(i)!;
  }

  oldPodOn(i: number): DaemonPod {
    return this.#oldPod[i]!;
  }

  #setStatus(i: number, s: number): void {
    const was = this.#status[i];
    if (was === s) return;
    for (let b = 0; b < STATUS_BITS.length; b++) this.counts[b] += ((s & STATUS_BITS[b]) ? 1 : 0)
      - ((was & STATUS_BITS[b]) ? 1 : 0);
    this.#status[i] = s;
  }

  #setRolling(i: number, k: number): void {
    const was = this.#rolling[i];
    if (was === k) return;
    this.rollingCount[was]--; this.rollingCount[k]++;
    this.#rolling[i] = k;
    if (i < this.#lo[k]) this.#lo[k] = i;
  }

  /** The first `limit` nodes (ascending) of rolling kind k. */
  nodesOfKind(k: number, limit: number): number[] {
    const want = Math.min(limit, this.rollingCount[k]), out: number[] = [];
    const rolling = this.#rolling;
    for (let i = this.#lo[k]; out.length < want && i < rolling.length; i++) {
      if (rolling[i] !== k) continue;
      if (out.length === 0) this.#lo[k] = i;
      out.push(i);
    }
    return out;
  }
}
