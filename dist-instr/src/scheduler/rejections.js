import { reasonsOf } from './status.js';
/**
 * The nodes one attempt rejected and the status each got, in the order the filters met them:
 * two arrays reused by every attempt (attempts never nest), instead of a Map from node name to
 * status built per attempt.
 *
 * Why: a GPU task in the ATC'23 experiment is rejected by most of 1,213 nodes, 10,000 times per
 * run, and the Map's inserts (hashing each node name) were the largest self time of the
 * experiment's profile, for a Map that only a failed attempt with a PostFilter reads (the
 * FailedScheduling message needs only how many nodes gave each reason).
 */
export class Rejections {
    #nodes = [];
    #statuses = [];
    #count = 0;
    /** Counts attempts, so a view of an earlier attempt can tell it is stale. */
    #attempt = 0;
    /** Starts a new attempt; returns its number. */
    begin() {
        this.#count = 0;
        return ++this.#attempt;
    }
    add(node, status) {
        const k = this.#count++;
        // Overwrite in place rather than empty and push: V8 would shrink and regrow the backing store.
        if (k < this.#nodes.length) {
            this.#nodes[k] = node;
            this.#statuses[k] = status;
        }
        else {
            this.#nodes.push(node);
            this.#statuses.push(status);
        }
    }
    get count() {
        return this.#count;
    }
    /** The attempt's statuses by node name (kube-scheduler's NodeToStatusMap), for PostFilter and callers. */
    toMap(attempt) {
        if (attempt !== this.#attempt)
            throw new Error('scheduling attempt results read after the next attempt');
        const m = new Map();
        for (let k = 0; k < this.#count; k++)
            m.set(this.#nodes[k].name, this.#statuses[k]);
        return m;
    }
    /**
     * Adds the plugin of every rejection to `rejectors`, in the order of the rejections (a run of
     * one shared status adds once): the plugins that may make the pod schedulable again.
     */
    pluginsInto(rejectors) {
        let last;
        for (let k = 0; k < this.#count; k++) {
            const st = this.#statuses[k];
            if (st === last)
                continue;
            last = st;
            if ('plugin' in st)
                rejectors.add(st.plugin);
        }
    }
    /**
     * Each distinct status with how many nodes gave it: runs of one status (frozen verdicts are
     * shared values) are counted without a lookup.
     */
    counted() {
        const byStatus = new Map();
        for (let k = 0; k < this.#count;) {
            const st = this.#statuses[k];
            let run = 1;
            while (k + run < this.#count && this.#statuses[k + run] === st)
                run++;
            byStatus.set(st, (byStatus.get(st) ?? 0) + run);
            k += run;
        }
        return [...byStatus].map(([st, n]) => [reasonsOf(st), n]);
    }
}
