import type { ClusterEvent } from '../../events/index.js';
import { type Curves } from './curves.js';
import { type PodColumns, type RowChange } from './podTrack.js';
export interface ReportMeta {
    readonly scenario: string;
    readonly seed: number;
    readonly startTime: number;
    readonly hash: string;
}
/** Marks on the timeline: restarts, OOM kills, probe failures, evictions (pods); lost / recovered (nodes). */
export type Mark = [number, number, string];
/** One row of the event table: last seen, type, reason, object, message, count. */
export type EventRow = [number, string, string, string, string, number];
export interface ReportData {
    readonly meta: ReportMeta & {
        readonly end: number;
        readonly facts: number;
    };
    readonly summary: Record<string, number | string>;
    readonly nodes: string[];
    readonly nodeMarks: Mark[];
    readonly pods: PodColumns & {
        readonly ended: number[];
    };
    readonly podMarks: Mark[];
    readonly changes: RowChange[];
    readonly strings: string[];
    readonly curves: Curves;
    /** The event table: [last seen, type, reason, object, message, count], Warnings first when capped. */
    readonly events: EventRow[];
    readonly eventsTotal: number;
    /** The failed `expect:` entries, when they were judged. */
    readonly failedExpectations?: readonly FailedExpectation[];
}
/** A failed `expect:` entry as `kubesim check` reports it: which entry, what was expected, what was seen, when. */
export interface FailedExpectation {
    readonly label: string;
    readonly expected: string;
    readonly seen: string;
    readonly at: number;
}
export interface ReportOptions {
    /** Curve samples over the run (default 300). */
    readonly samples?: number;
    /** Most event rows kept (default 20,000): beyond it Normal events are dropped first. */
    readonly maxEvents?: number;
    /** The `expect:` entries that failed, when the caller judged them (`kubesim check --report`). */
    readonly failedExpectations?: readonly FailedExpectation[];
}
/**
 * Everything the HTML report shows, from the log alone: the facts are replayed once (one
 * produce per instant, as `replay` does) and each pod's printed `get pods -o wide` row is kept
 * when it changes, with running totals sampled at fixed instants for the curves.
 */
export declare function buildReportData(facts: readonly ClusterEvent[], meta: ReportMeta, opts?: ReportOptions): ReportData;
