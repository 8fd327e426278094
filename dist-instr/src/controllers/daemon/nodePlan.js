import { tget } from '../../reducers/table.js';
import { daemonPod } from './daemonPod.js';
import { nodeShouldRunDaemonPod } from './daemonSetUtil.js';
import { OwnedPodView } from './ownedPodView.js';
import { DaemonSetBook } from './book.js';
const NO_CHANGES = Object.freeze([]);
/**
 * The DaemonSet controller's cache (an informer index): its pods' summaries per DaemonSet, the
 * node objects, and per DaemonSet the shouldRun of every node, recomputed only for nodes that
 * changed since its last sync. Node objects change only through facts that name the node
 * (`node`), which is how observe() learns of them.
 */
export class DaemonSetCache {
    pods = new OwnedPodView(daemonPod);
    /** Each DaemonSet's incremental sync (book.ts). */
    #books = new Map();
    #nodeNames;
    #nodes = [];
    #index = new Map();
    #epoch = 0;
    /** Per DaemonSet: each node's Should, and the nodes whose object changed since its last plan. */
    #plans = new Map();
    observe(events, state, prev) {
        this.pods.observe(events, state, prev);
        // A DaemonSet that is gone takes its entries with it.
        for (const e of events)
            if (e.type === 'ObjectDeleted' && e.resource === 'daemonsets'
                && e.uid) {
                this.pods.forget(e.uid);
                this.#plans.delete(e.uid);
                this.#books.delete(e.uid);
            }
        if (this.#nodeNames === undefined)
            return;
        if (state.nodeNames !== this.#nodeNames) {
            this.#nodeNames = undefined;
            return;
        }
        for (const e of events) {
            const name = e.node;
            if (typeof name !== 'string')
                continue;
            const i = this.#index.get(name);
            if (i === undefined)
                continue;
            const now = tget(state.nodes, name)?.object;
            const was = this.#nodes[i];
            if (!now || now === was)
                continue;
            this.#nodes[i] = now;
            // NodeShouldRunDaemonPod reads the node's name, labels and taints; a pod started there
            // (podIP counter, cached images) gives a new node object with the same ones.
            if (now.metadata.labels === was.metadata.labels && now.spec.taints === was.spec.taints)
                continue;
            for (const p of this.#plans.values())
                p.pending.add(i);
        }
    }
    plan(state, dsUid, specKey, spec, tols) {
        if (this.#nodeNames !== state.nodeNames) {
            this.#nodeNames = state.nodeNames;
            this.#nodes = state.nodeNames.map((n) => tget(state.nodes, n).object);
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
        if (p.pending.size === 0)
            return { should: p.should, fresh: false, changed: NO_CHANGES, index: this.#index };
        const changed = [];
        for (const i of p.pending) {
            const was = p.should[i], now = shouldRunOn(this.#nodes[i], specKey, spec, tols);
            if (now.shouldRun !== was.shouldRun || now.shouldContinueRunning !== was.shouldContinueRunning)
                changed.push(i);
            p.should[i] = now;
        }
        p.pending.clear();
        return { should: p.should, fresh: false, changed, index: this.#index };
    }
    /** The DaemonSet's book, made on first use. */
    book(dsUid) {
        let b = this.#books.get(dsUid);
        if (!b) {
            b = new DaemonSetBook();
            this.#books.set(dsUid, b);
        }
        return b;
    }
}
export function nodePlan(state, ctx, ds, spec, tols) {
    const specKey = (ds.spec ?? ds);
    if (ctx.cache instanceof DaemonSetCache)
        return ctx.cache.plan(state, ds.metadata.uid ?? '', specKey, spec, tols);
    const nodes = state.nodeNames.map((n) => tget(state.nodes, n).object);
    return { should: nodes.map((n) => shouldRunOn(n, specKey, spec, tols)), fresh: true, changed: NO_CHANGES };
}
/** NodeShouldRunDaemonPod per node object and DaemonSet spec object: both are immutable. */
const shouldCache = new WeakMap();
export function shouldRunOn(node, specKey, spec, tols) {
    let m = shouldCache.get(node);
    if (!m) {
        m = new WeakMap();
        shouldCache.set(node, m);
    }
    let r = m.get(specKey);
    if (!r) {
        r = nodeShouldRunDaemonPod(node, spec, tols);
        m.set(specKey, r);
    }
    return r;
}
