import type { ClusterEvent } from '../events/index.js';
/** Order statistics of scheduling delays, in seconds. */
export interface DelayStats {
    readonly count: number;
    readonly mean: number;
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
}
/** How the run placed a timed trace's pods, beside how the production cluster did. */
export interface TimedTraceSummary {
    readonly pods: number;
    readonly scheduled: number;
    /** Deleted at their trace deletion time without ever being scheduled. */
    readonly pendingUntilDeleted: number;
    /** Still Pending when the run stopped. */
    readonly pendingAtEnd: number;
    /** Pods the trace itself never scheduled (no scheduled_time, pod_phase Pending). */
    readonly tracePending: number;
    /** Placed by the production cluster but never by kubesim, and the reverse. */
    readonly pendingHereOnly: number;
    readonly pendingInTraceOnly: number;
    /** Creation to PodScheduled in the run, and creation to scheduled_time in the trace. */
    readonly delay: DelayStats;
    readonly traceDelay: DelayStats;
}
export declare function delayStats(values: readonly number[]): DelayStats;
/**
 * Follows the facts of a timed trace replay (pods carrying the trace's creation-time annotation)
 * and compares their scheduling with the trace's own: feed it every fact (`observe`), then read
 * `summary()`. Scheduling delay is creation to PodScheduled, in seconds.
 */
export declare class TimedTraceReport {
    #private;
    observe(e: ClusterEvent): void;
    summary(): TimedTraceSummary;
}
/** The summary as the lines `kubesim run` prints after a timed trace. */
export declare function formatTimedSummary(s: TimedTraceSummary): string;
