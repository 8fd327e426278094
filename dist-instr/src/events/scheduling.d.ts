import type { Millis, ObjectKey, Uid } from '../api/ids.js';
/** One node's verdict and scores in an explained scheduling attempt. */
export type ExplainedNode = Readonly<{
    node: string;
    /** `Feasible`, or the rejecting filter's reasons joined by `; `. */
    verdict: string;
    plugin?: string;
    /** Score plugin -> [raw, normalised, weighted]. */
    scores?: Readonly<Record<string, readonly [number, number, number]>>;
    total?: number;
}>;
/**
 * What one scheduling attempt saw (recorded only with `kubesim run --explain-scheduling`):
 * each evaluated node's filter verdict and each score plugin's raw and normalised score.
 * Log-only: state does not change.
 */
export type SchedulingAttemptExplained = Readonly<{
    type: 'SchedulingAttemptExplained';
    at: Millis;
    pod: ObjectKey;
    uid: Uid;
    attempt: number;
    profile: string;
    selected?: string;
    evaluated: number;
    totalNodes: number;
    nodes: readonly ExplainedNode[];
    /** Preemption's outcome when no node fitted: the nominated node and the pods evicted there. */
    nominated?: string;
    victims?: readonly string[];
}>;
export type SchedulingEvent = SchedulingAttemptExplained;
export declare const SCHEDULING_EVENT_TYPES: {
    SchedulingAttemptExplained: true;
};
