import type { Millis } from '../../api/ids.js';
/** pkg/controller/job/job_controller.go: DefaultJobPodFailureBackOff = 10 s. */
export declare const DEFAULT_JOB_POD_FAILURE_BACKOFF_MS = 10000;
/**
 * pkg/controller/job/job_controller.go: MaxJobPodFailureBackOff = 10 minutes. The Job docs say
 * "capped at six minutes"; the code caps at 10 (docs/kubernetes-facts.md), and kubesim follows
 * the code.
 */
export declare const MAX_JOB_POD_FAILURE_BACKOFF_MS = 600000;
/** What the Job controller remembers of a Job's failures (backoff_utils.go, backoffRecord). */
export interface BackoffRecord {
    readonly failuresAfterLastSuccess: number;
    readonly lastFailureTime?: Millis;
}
/**
 * Folds the pods that finished since the last sync into the record (backoff_utils.go,
 * newBackoffRecord). With no new success, every new failure adds one. With a new success, the
 * count restarts at the failures that finished strictly after the last success: a failure at the
 * same instant as a success is not counted, so at a tie the success wins (`!failedTime.After(
 * lastSuccessTime)` ends the count).
 */
export declare function updateBackoffRecord(rec: BackoffRecord, finished: readonly {
    readonly at: Millis;
    readonly failed: boolean;
}[]): BackoffRecord;
/**
 * How long to wait before creating the next pod: 10 s doubling per failure after the last
 * success, capped at 10 minutes, counted from the last failure (backoff_utils.go,
 * getRemainingTime). 0 when there is no failure to back off from.
 *
 * @example getRemainingTime({ failuresAfterLastSuccess: 3, lastFailureTime: 0 }, 5000) // 35000
 */
export declare function getRemainingTime(rec: BackoffRecord, now: Millis): Millis;
