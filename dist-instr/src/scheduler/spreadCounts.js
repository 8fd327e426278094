/** Views kept before the least recently used half is dropped: a cache, so its size never changes a result. */
const MAX_VIEWS = 1024;
/**
 * PodTopologySpread's per-node counts of the pods a selector matches, held incrementally: every
 * pod a rollout schedules would otherwise walk all the pods of its ReplicaSet (and a Deployment's
 * pods are all matched by its Service), a cost quadratic in the workload's size. A view is made
 * the first time a selector is asked for, from the label index, then updated by each pod the
 * cache adds, removes, relabels or marks terminating. Each view is filed under one of its
 * anchors (a label pair every matching pod carries), so a pod touches only the views its own
 * labels can satisfy.
 */
export class SpreadCounts {
    #views = new Map();
    #byAnchor = new Map();
    #uses = 0;
    /**
     * The counts for `key` (the namespace and selector, canonical), made from `seed` (the assigned
     * pods carrying `anchor`) on first use.
     */
    counts(key, namespace, matches, anchor, seed) {
        let v = this.#views.get(key);
        if (!v) {
            if (this.#views.size >= MAX_VIEWS)
                this.#evict();
            v = { key, anchor, namespace, matches, onNode: new Map(), lastUse: 0 };
            for (const p of seed)
                if (counted(p) && matches(p.pod.metadata.labels))
                    bump(v.onNode, p.nodeName, 1);
            this.#views.set(key, v);
            let set = this.#byAnchor.get(anchor);
            if (!set)
                this.#byAnchor.set(anchor, set = new Set());
            set.add(v);
        }
        v.lastUse = ++this.#uses;
        return v.onNode;
    }
    /**
     * A pod joins (1) or leaves (-1) the counted set under `labels`; `anchorKey` names the label
     * index key of a namespace, label key and value.
     */
    update(p, labels, sign, anchorKey) {
        if (this.#views.size === 0 || !counted(p))
            return;
        for (const k in labels) {
            const set = this.#byAnchor.get(anchorKey(p.namespace, k, labels[k]));
            if (!set)
                continue;
            for (const v of set)
                if (v.namespace === p.namespace && v.matches(labels))
                    bump(v.onNode, p.nodeName, sign);
        }
    }
    #evict() {
        const byAge = [...this.#views.values()].sort((a, b) => a.lastUse - b.lastUse);
        for (const v of byAge.slice(0, byAge.length >> 1)) {
            this.#views.delete(v.key);
            const set = this.#byAnchor.get(v.anchor);
            set.delete(v);
            if (set.size === 0)
                this.#byAnchor.delete(v.anchor);
        }
    }
}
const counted = (p) => !p.terminating && p.nodeName !== undefined;
function bump(m, node, by) {
    const n = (m.get(node) ?? 0) + by;
    if (n === 0)
        m.delete(node);
    else
        m.set(node, n);
}
