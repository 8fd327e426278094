import type { ClusterEvent } from '../events/index.js';
/**
 * Whether a log's facts describe a history that could have happened, beyond its hash chain (a
 * chain can be recomputed after an edit): the header's fields are sound, the first fact starts
 * the run, no fact is after `until`, a node is added once and named facts refer to nodes and
 * pods that exist at that moment (a pod binds to an existing node; a pod is created once).
 * Returns the index of the first impossible fact (-1 for the header) and why, or undefined.
 */
/** The header fields the checks read (LogHeader, without importing log.ts, which calls this). */
export interface HistoryHeader {
    readonly scenario: string;
    readonly seed: number;
    readonly startTime: number;
    readonly until: number;
}
export declare function impossibleHistory(header: HistoryHeader, events: readonly ClusterEvent[]): {
    index: number;
    message: string;
} | undefined;
