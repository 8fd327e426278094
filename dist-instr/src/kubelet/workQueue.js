/**
 * Kubelet work batched per instant: all items due at one virtual time share one engine timer,
 * so they run in one fire and their facts land in one immer produce (at 150,000 pods, one timer
 * and one produce per tiny step would dominate). Items run in the order they were scheduled;
 * work scheduled for the instant being drained joins the same drain.
 */
export class WorkQueue {
    #buckets = new Map();
    schedule(at, w, out, timer) {
        let b = this.#buckets.get(at);
        if (!b) {
            b = [];
            this.#buckets.set(at, b);
            out.at(at, timer(at));
        }
        b.push(w);
    }
    drain(at, run) {
        const b = this.#buckets.get(at);
        if (!b)
            return;
        for (let i = 0; i < b.length; i++)
            run(b[i]);
        this.#buckets.delete(at);
    }
    get size() {
        let n = 0;
        for (const b of this.#buckets.values())
            n += b.length;
        return n;
    }
}
