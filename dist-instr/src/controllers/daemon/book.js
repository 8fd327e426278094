import { byCreationD, isUpdated, matchesSelector } from './daemonPod.js';
import { examineNode, NOT_WANTED, ROLLING_KINDS, STATUS_BITS, staysActive } from './nodeVerdict.js';
/**
 * One DaemonSet's sync kept between syncs, node by node (daemon_controller.go recomputes
 * podsShouldBeOnNode for every node at every sync; its decisions are a pure function of each
 * node's Should and daemon pods, so only the nodes whose inputs changed are examined again):
 * the claimed pods by target node, each node's verdict (nodeVerdict.ts), and the sums
 * updateDaemonSetStatus and rollingUpdate read. Nodes whose verdict acts (a pod to create or
 * delete) or depends on the clock stay active and are examined at every sync, as the scan did.
 */
export class DaemonSetBook {
    #basis;
    #selector;
    #claimsValid = false;
    /** The claimed pods on each target node, by creation (controller.PodsByCreationTimestamp). */
    byNode = new Map();
    #claimed = new Map();
    /** Owned pods that stopped matching the selector: released at every sync until the release lands. */
    nonMatching = new Map();
    /** Target nodes with claimed pods that are not nodes (any more). */
    strays = new Set();
    #hashes = new Map();
    /** Claimed pods not terminating and not of the update revision (rollingUpdate has work). */
    oldLive = 0;
    #dirty = new Set();
    #all = true;
    #status = new Uint8Array(0);
    #rolling = new Uint8Array(0);
    #oldPod = [];
    counts = new Array(STATUS_BITS.length).fill(0);
    rollingCount = new Array(ROLLING_KINDS).fill(0);
    /** No node below lo[k] has rolling kind k. */
    #lo = new Array(ROLLING_KINDS).fill(0);
    #active = new Map();
    /** Whether the claims were made for this selector; false means `resetClaims`. */
    claimsFor(selector) {
        return this.#claimsValid && this.#selector === selector;
    }
    /** Drops everything: the next sync starts over from the owned pods. */
    invalidate() {
        this.#claimsValid = false;
        this.#basis = undefined;
    }
    /** Whether `d` (this version of the pod) is claimed. */
    claims(d) {
        return this.#claimed.get(d.pod.metadata.uid ?? '') === d;
    }
    /** A pod the owner's view no longer holds (or holds in a newer version). */
    remove(d) {
        const uid = d.pod.metadata.uid ?? '';
        if (this.nonMatching.get(uid) === d) {
            this.nonMatching.delete(uid);
            return;
        }
        if (this.#claimed.get(uid) !== d)
            return;
        this.#claimed.delete(uid);
        this.#count(d, -1);
        if (d.node === undefined)
            return;
        const list = this.byNode.get(d.node);
        list.splice(list.indexOf(d), 1);
        if (list.length === 0)
            this.byNode.delete(d.node);
        this.#dirty.add(d.node);
    }
    /** A pod the owner's view holds (new, or a newer version of one removed just before). */
    add(d, selector) {
        const uid = d.pod.metadata.uid ?? '';
        if (!matchesSelector(d, selector)) {
            this.nonMatching.set(uid, d);
            return;
        }
        this.#claimed.set(uid, d);
        this.#count(d, 1);
        if (d.node === undefined)
            return;
        const list = this.byNode.get(d.node);
        if (!list)
            this.byNode.set(d.node, [d]);
        else {
            let i = list.length;
            while (i > 0 && byCreationD(list[i - 1], d) > 0)
                i--;
            list.splice(i, 0, d);
        }
        this.#dirty.add(d.node);
    }
    #count(d, by) {
        if (d.hash !== undefined)
            this.#hashes.set(d.hash, (this.#hashes.get(d.hash) ?? 0) + by);
        if (this.#basis && !d.terminating && !isUpdated(d, this.#basis.m.hash))
            this.oldLive += by;
    }
    /** The revision hashes some claimed pod carries. */
    *liveHashes() {
        for (const [h, n] of this.#hashes)
            if (n > 0)
                yield h;
    }
    /** Claims again from `owned` (in the view's order); every node's verdict is then stale. */
    resetClaims(owned, selector) {
        this.#selector = selector;
        this.#claimsValid = true;
        this.#basis = undefined;
        this.byNode.clear();
        this.#claimed.clear();
        this.nonMatching.clear();
        this.#hashes.clear();
        this.#dirty.clear();
        this.oldLive = 0;
        for (const d of owned)
            this.add(d, selector);
    }
    /** Whether the node verdicts hold for these sync-wide inputs (else `resetNodes`). */
    holds(specKey, index, m) {
        const b = this.#basis;
        return b !== undefined && b.specKey === specKey && b.index === index && b.m.hash === m.hash
            && b.m.manage === m.manage && b.m.surge === m.surge && b.m.minReadySeconds === m.minReadySeconds;
    }
    /** Every node to be examined at this sync, for new sync-wide inputs. */
    resetNodes(basis) {
        this.#basis = basis;
        this.#dirty.clear();
        this.#active.clear();
        this.oldLive = 0;
        for (const d of this.#claimed.values())
            if (!d.terminating && !isUpdated(d, basis.m.hash))
                this.oldLive++;
        const n = basis.index.size;
        this.#status = new Uint8Array(n);
        this.#rolling = new Uint8Array(n);
        this.#oldPod = new Array(n).fill(undefined);
        this.counts.fill(0);
        this.rollingCount.fill(0);
        this.rollingCount[NOT_WANTED] = n;
        this.#lo.fill(0);
        this.#all = true;
    }
    /** Nodes whose Should changed since the last sync (the node plan's changes). */
    nodesChanged(names, changed) {
        for (const i of changed)
            this.#dirty.add(names[i]);
    }
    /**
     * Examines every node whose pods or Should changed and every active node; returns the active
     * nodes (ascending) and the earliest time a node's first pod becomes available.
     */
    examine(names, should, m) {
        const index = this.#basis.index;
        let order;
        if (this.#all) {
            order = Array.from(names, (_, i) => i);
            this.#all = false;
        }
        else {
            const at = new Set(this.#active.keys());
            for (const name of this.#dirty) {
                const i = index.get(name);
                if (i !== undefined)
                    at.add(i);
                else if (this.byNode.has(name))
                    this.strays.add(name);
                else
                    this.strays.delete(name);
            }
            order = [...at].sort((a, b) => a - b);
        }
        if (order.length === names.length) {
            this.strays.clear();
            for (const name of this.byNode.keys())
                if (!index.has(name))
                    this.strays.add(name);
        }
        this.#dirty.clear();
        const active = [];
        let nextAvailable = Infinity;
        for (const i of order) {
            const v = examineNode(should[i], this.byNode.get(names[i]), m);
            this.#setStatus(i, v.status);
            this.#setRolling(i, v.rolling);
            this.#oldPod[i] = v.oldPod;
            if (staysActive(v)) {
                this.#active.set(i, v);
                active.push(i);
            }
            else
                this.#active.delete(i);
            if (v.availableAt < nextAvailable)
                nextAvailable = v.availableAt;
        }
        return { active, nextAvailable };
    }
    verdict(i) {
        return this.#active.get(i);
    }
    oldPodOn(i) {
        return this.#oldPod[i];
    }
    #setStatus(i, s) {
        const was = this.#status[i];
        if (was === s)
            return;
        for (let b = 0; b < STATUS_BITS.length; b++)
            this.counts[b] += ((s & STATUS_BITS[b]) ? 1 : 0)
                - ((was & STATUS_BITS[b]) ? 1 : 0);
        this.#status[i] = s;
    }
    #setRolling(i, k) {
        const was = this.#rolling[i];
        if (was === k)
            return;
        this.rollingCount[was]--;
        this.rollingCount[k]++;
        this.#rolling[i] = k;
        if (i < this.#lo[k])
            this.#lo[k] = i;
    }
    /** The first `limit` nodes (ascending) of rolling kind k. */
    nodesOfKind(k, limit) {
        const want = Math.min(limit, this.rollingCount[k]), out = [];
        const rolling = this.#rolling;
        for (let i = this.#lo[k]; out.length < want && i < rolling.length; i++) {
            if (rolling[i] !== k)
                continue;
            if (out.length === 0)
                this.#lo[k] = i;
            out.push(i);
        }
        return out;
    }
}
