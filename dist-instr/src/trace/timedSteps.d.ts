import type { Pod } from '../api/types.js';
import { type Millis } from '../api/ids.js';
import type { TimelineEntry } from '../scenario/types.js';
/** A pod a trace creates at `createAt` and deletes at `deleteAt` (absent: it stays to the end). */
export interface TimedPod {
    readonly pod: Pod;
    readonly createAt: Millis;
    readonly deleteAt?: Millis;
    /** `file:line` of the row it came from. */
    readonly source: string;
}
/**
 * The timed replay of a trace: each pod is applied at its creation time and deleted at its
 * deletion time. Pods arrive in creation order (a file read row by row); the deletions waiting
 * for their time sit in a heap, so memory follows the pods alive at once, not the trace's
 * length. At one instant, deletions come before creations (what leaves at t frees room for
 * what arrives at t), except a pod's own deletion, which always follows its creation.
 */
export declare function timedSteps(pods: Iterable<TimedPod>): Generator<TimelineEntry>;
/** Trace seconds to virtual milliseconds. */
export declare const seconds: (s: number) => Millis;
