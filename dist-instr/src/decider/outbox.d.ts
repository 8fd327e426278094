import type { Millis } from '../api/ids.js';
import type { Priority } from '../clock/eventQueue.js';
/**
 * Something that will happen at a future virtual time unless something intervenes. Timers are
 * not facts: they never enter the log, and their discriminant is `kind`, not `type`. Each timer
 * carries what its owner needs to check, when it fires, that it is still valid (a pod uid, a
 * restart count, a generation): a stale timer is dropped (lazy invalidation).
 */
export interface Timer {
    readonly kind: string;
}
/** Where a decider puts what it decided: facts to record now, timers to fire later. */
export interface Outbox {
    readonly now: Millis;
    emit(event: import('../events/index.js').ClusterEvent): void;
    /** Fires `timer` at absolute virtual time `at` (>= now). */
    at(at: Millis, timer: Timer, priority?: Priority): void;
    /** Fires `timer` after `delay` ms (>= 0). */
    after(delay: Millis, timer: Timer, priority?: Priority): void;
}
