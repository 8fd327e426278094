import type { ClusterEventKind, PodInfo } from './framework.js';
/** internal/queue/scheduling_queue.go: DefaultPodInitialBackoffDuration (1 s), DefaultPodMaxBackoffDuration (10 s). */
export declare const DEFAULT_POD_INITIAL_BACKOFF_MS = 1000;
export declare const DEFAULT_POD_MAX_BACKOFF_MS = 10000;
/** DefaultPodMaxInUnschedulablePodsDuration (5 min), checked by flushUnschedulablePodsLeftover every 30 s. */
export declare const DEFAULT_POD_MAX_IN_UNSCHEDULABLE_MS: number;
export declare const UNSCHEDULABLE_FLUSH_PERIOD_MS = 30000;
/** framework.QueuedPodInfo. */
export interface QueuedPodInfo {
    readonly info: PodInfo;
    /** When the pod entered its current queue: the PrioritySort tie-break. */
    timestamp: number;
    /** Scheduling attempts so far (backoff doubles per attempt). */
    attempts: number;
    /** Plugins that rejected it at its last attempt: only their events move it back. */
    rejectors: ReadonlySet<string>;
    /** Insertion number: the final tie-break, so the order never depends on anything else. */
    seq: number;
}
/**
 * kube-scheduler's PriorityQueue: activeQ (a heap in PrioritySort order), backoffQ (pods waiting
 * out their backoff) and unschedulablePods (waiting for a cluster event that may help, or the
 * 5-minute flush). Times are virtual ms; the owner schedules a pass at `nextWake()`.
 */
export declare class SchedulingQueue {
    #private;
    readonly initialBackoffMs: number;
    readonly maxBackoffMs: number;
    readonly maxInUnschedulableMs: number;
    constructor(initialBackoffMs?: number, maxBackoffMs?: number, maxInUnschedulableMs?: number);
    get activeCount(): number;
    get backoffCount(): number;
    get unschedulableCount(): number;
    has(uid: string): boolean;
    /** A new pending pod (Add). */
    add(info: PodInfo, now: number): void;
    /** The next pod to schedule, or undefined. */
    pop(): QueuedPodInfo | undefined;
    /** calculateBackoffDuration: initial * 2^(attempts-1), capped at max. */
    backoffDuration(attempts: number): number;
    backoffExpiry(q: QueuedPodInfo): number;
    /** AddUnschedulableIfNotPresent after a failed attempt. */
    addUnschedulable(q: QueuedPodInfo, rejectors: ReadonlySet<string>, now: number): void;
    /** Drops a pod that was deleted or bound elsewhere. */
    delete(uid: string): void;
    /** Replaces the pod object a queued entry holds (labels, nominatedNodeName changed). */
    update(uid: string, pod: PodInfo['pod']): void;
    /**
     * MoveAllToActiveOrBackoffQueue for one cluster event: unschedulable pods rejected by a plugin
     * that registered this event move to backoffQ (still backing off) or activeQ. Returns how many moved.
     */
    moveOnEvent(event: ClusterEventKind, pluginEvents: ReadonlyMap<string, readonly ClusterEventKind[] | undefined>, now: number): number;
    /** flushBackoffQCompleted: pods whose backoff has ended go to activeQ. */
    flushBackoffCompleted(now: number): void;
    /** flushUnschedulablePodsLeftover: pods unschedulable for longer than 5 minutes are retried. */
    flushUnschedulableLeftover(now: number): void;
    /**
     * The next virtual time something in the queue becomes due: a backoff ending, or the first
     * 30-second flush tick at which a pod has waited more than 5 minutes.
     */
    nextWake(): number;
}
