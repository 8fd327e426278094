/** internal/queue/scheduling_queue.go: DefaultPodInitialBackoffDuration (1 s), DefaultPodMaxBackoffDuration (10 s). */
export const DEFAULT_POD_INITIAL_BACKOFF_MS = 1_000;
export const DEFAULT_POD_MAX_BACKOFF_MS = 10_000;
/** DefaultPodMaxInUnschedulablePodsDuration (5 min), checked by flushUnschedulablePodsLeftover every 30 s. */
export const DEFAULT_POD_MAX_IN_UNSCHEDULABLE_MS = 5 * 60_000;
export const UNSCHEDULABLE_FLUSH_PERIOD_MS = 30_000;
/** A pod not yet tried has no rejectors: one shared empty set (a Set per pending pod before). */
const NO_REJECTORS = new Set();
/** PrioritySort Less: higher priority first, then earlier timestamp, then insertion. */
const less = (a, b) => a.info.priority !== b.info.priority ? a.info.priority > b.info.priority : a.timestamp !== b.timestamp
    ? a.timestamp < b.timestamp : a.seq < b.seq;
/**
 * kube-scheduler's PriorityQueue: activeQ (a heap in PrioritySort order), backoffQ (pods waiting
 * out their backoff) and unschedulablePods (waiting for a cluster event that may help, or the
 * 5-minute flush). Times are virtual ms; the owner schedules a pass at `nextWake()`.
 */
export class SchedulingQueue {
    initialBackoffMs;
    maxBackoffMs;
    maxInUnschedulableMs;
    #active = [];
    #backoff = new Map();
    #unschedulable = new Map();
    #inActive = new Set();
    #seq = 0;
    constructor(initialBackoffMs = DEFAULT_POD_INITIAL_BACKOFF_MS, maxBackoffMs = DEFAULT_POD_MAX_BACKOFF_MS, maxInUnschedulableMs = DEFAULT_POD_MAX_IN_UNSCHEDULABLE_MS) {
        this.initialBackoffMs = initialBackoffMs;
        this.maxBackoffMs = maxBackoffMs;
        this.maxInUnschedulableMs = maxInUnschedulableMs;
    }
    get activeCount() { return this.#active.length; }
    get backoffCount() { return this.#backoff.size; }
    get unschedulableCount() { return this.#unschedulable.size; }
    has(uid) {
        return this.#inActive.has(uid) || this.#backoff.has(uid) || this.#unschedulable.has(uid);
    }
    /** A new pending pod (Add). */
    add(info, now) {
        if (this.has(info.uid))
            return;
        this.#push({ info, timestamp: now, attempts: 0, rejectors: NO_REJECTORS, seq: this.#seq++ });
    }
    #push(q) {
        this.#inActive.add(q.info.uid);
        const h = this.#active;
        h.push(q);
        let i = h.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!less(h[i], h[p]))
                break;
            const t = h[i];
            h[i] = h[p];
            h[p] = t;
            i = p;
        }
    }
    /** The next pod to schedule, or undefined. */
    pop() {
        const h = this.#active;
        if (h.length === 0)
            return undefined;
        const top = h[0];
        const last = h.pop();
        if (h.length > 0) {
            h[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let m = i;
                if (l < h.length && less(h[l], h[m]))
                    m = l;
                if (r < h.length && less(h[r], h[m]))
                    m = r;
                if (m === i)
                    break;
                const t = h[i];
                h[i] = h[m];
                h[m] = t;
                i = m;
            }
        }
        this.#inActive.delete(top.info.uid);
        top.attempts++;
        return top;
    }
    /** calculateBackoffDuration: initial * 2^(attempts-1), capped at max. */
    backoffDuration(attempts) {
        let d = this.initialBackoffMs;
        for (let i = 1; i < attempts; i++) {
            d *= 2;
            if (d > this.maxBackoffMs)
                return this.maxBackoffMs;
        }
        return d;
    }
    backoffExpiry(q) {
        return q.timestamp + this.backoffDuration(q.attempts);
    }
    /** AddUnschedulableIfNotPresent after a failed attempt. */
    addUnschedulable(q, rejectors, now) {
        q.timestamp = now;
        q.rejectors = rejectors;
        this.#unschedulable.set(q.info.uid, q);
    }
    /** Drops a pod that was deleted or bound elsewhere. */
    delete(uid) {
        this.#backoff.delete(uid);
        this.#unschedulable.delete(uid);
        if (this.#inActive.delete(uid)) {
            const i = this.#active.findIndex((q) => q.info.uid === uid);
            const rest = this.#active.filter((_, j) => j !== i);
            this.#active = [];
            for (const q of rest)
                this.#push(q);
        }
    }
    /** Replaces the pod object a queued entry holds (labels, nominatedNodeName changed). */
    update(uid, pod) {
        const q = this.#backoff.get(uid) ?? this.#unschedulable.get(uid) ?? this.#active.find((x) => x.info.uid === uid);
        if (q)
            q.info.pod = pod;
    }
    #requeue(q, now) {
        this.#unschedulable.delete(q.info.uid);
        if (this.backoffExpiry(q) > now)
            this.#backoff.set(q.info.uid, q);
        else
            this.#push(q);
    }
    /**
     * MoveAllToActiveOrBackoffQueue for one cluster event: unschedulable pods rejected by a plugin
     * that registered this event move to backoffQ (still backing off) or activeQ. Returns how many moved.
     */
    moveOnEvent(event, pluginEvents, now) {
        let moved = 0;
        for (const q of [...this.#unschedulable.values()]) {
            let hit = q.rejectors.size === 0;
            for (const r of q.rejectors) {
                const evs = pluginEvents.get(r);
                if (!evs || evs.includes(event)) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                this.#requeue(q, now);
                moved++;
            }
        }
        return moved;
    }
    /** flushBackoffQCompleted: pods whose backoff has ended go to activeQ. */
    flushBackoffCompleted(now) {
        for (const q of [...this.#backoff.values()]) {
            if (this.backoffExpiry(q) <= now) {
                this.#backoff.delete(q.info.uid);
                this.#push(q);
            }
        }
    }
    /** flushUnschedulablePodsLeftover: pods unschedulable for longer than 5 minutes are retried. */
    flushUnschedulableLeftover(now) {
        for (const q of [...this.#unschedulable.values()])
            if (now - q.timestamp > this.maxInUnschedulableMs)
                this.#requeue(q, now);
    }
    /**
     * The next virtual time something in the queue becomes due: a backoff ending, or the first
     * 30-second flush tick at which a pod has waited more than 5 minutes.
     */
    nextWake() {
        let t = Infinity;
        for (const q of this.#backoff.values())
            t = Math.min(t, this.backoffExpiry(q));
        for (const q of this.#unschedulable.values()) {
            const due = q.timestamp + this.maxInUnschedulableMs + 1;
            t = Math.min(t, Math.ceil(due / UNSCHEDULABLE_FLUSH_PERIOD_MS) * UNSCHEDULABLE_FLUSH_PERIOD_MS);
        }
        return t;
    }
}
