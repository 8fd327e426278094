import type { Outbox, Timer } from '../decider/outbox.js';
import type { Millis } from '../api/ids.js';
/**
 * Kubelet work batched per instant: all items due at one virtual time share one engine timer,
 * so they run in one fire and their facts land in one immer produce (at 150,000 pods, one timer
 * and one produce per tiny step would dominate). Items run in the order they were scheduled;
 * work scheduled for the instant being drained joins the same drain.
 */
export declare class WorkQueue<W> {
    #private;
    schedule(at: Millis, w: W, out: Outbox, timer: (at: Millis) => Timer): void;
    drain(at: Millis, run: (w: W) => void): void;
    get size(): number;
}
