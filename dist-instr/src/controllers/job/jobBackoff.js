/** pkg/controller/job/job_controller.go: DefaultJobPodFailureBackOff = 10 s. */
export const DEFAULT_JOB_POD_FAILURE_BACKOFF_MS = 10_000;
/**
 * pkg/controller/job/job_controller.go: MaxJobPodFailureBackOff = 10 minutes. The Job docs say
 * "capped at six minutes"; the code caps at 10 (docs/kubernetes-facts.md), and kubesim follows
 * the code.
 */
export const MAX_JOB_POD_FAILURE_BACKOFF_MS = 600_000;
/**
 * Folds the pods that finished since the last sync into the record (backoff_utils.go,
 * newBackoffRecord). With no new success, every new failure adds one. With a new success, the
 * count restarts at the failures that finished strictly after the last success: a failure at the
 * same instant as a success is not counted, so at a tie the success wins (`!failedTime.After(
 * lastSuccessTime)` ends the count).
 */
export function updateBackoffRecord(rec, finished) {
    const failures = finished.filter((f) => f.failed).map((f) => f.at);
    const successes = finished.filter((f) => !f.failed).map((f) => f.at);
    if (successes.length === 0) {
        if (failures.length === 0)
            return rec;
        return { failuresAfterLastSuccess: rec.failuresAfterLastSuccess + failures.length,
            lastFailureTime: Math.max(...failures) };
    }
    const lastSuccess = Math.max(...successes);
    const after = failures.filter((t) => t > lastSuccess);
    return after.length === 0 ? { failuresAfterLastSuccess: 0 }
        : { failuresAfterLastSuccess: after.length, lastFailureTime: Math.max(...after) };
}
/**
 * How long to wait before creating the next pod: 10 s doubling per failure after the last
 * success, capped at 10 minutes, counted from the last failure (backoff_utils.go,
 * getRemainingTime). 0 when there is no failure to back off from.
 *
 * @example getRemainingTime({ failuresAfterLastSuccess: 3, lastFailureTime: 0 }, 5000) // 35000
 */
export function getRemainingTime(rec, now) {
    if (rec.failuresAfterLastSuccess === 0 || rec.lastFailureTime === undefined)
        return 0;
    const exp = Math.min(rec.failuresAfterLastSuccess - 1, 30);
    const delay = Math.min(DEFAULT_JOB_POD_FAILURE_BACKOFF_MS * 2 ** exp, MAX_JOB_POD_FAILURE_BACKOFF_MS);
    return Math.max(0, rec.lastFailureTime + delay - now);
}
