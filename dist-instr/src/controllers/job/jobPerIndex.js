import { getRemainingTime } from './jobBackoff.js';
import { matchPodFailurePolicy } from './jobPodFailurePolicy.js';
/** batch/v1 JobIndexFailureCountAnnotation. */
export const JOB_INDEX_FAILURE_COUNT = 'batch.kubernetes.io/job-index-failure-count';
/** batch/v1 JobIndexIgnoredFailureCountAnnotation: failures an Ignore rule matched. */
export const JOB_INDEX_IGNORED_FAILURE_COUNT = 'batch.kubernetes.io/job-index-ignored-failure-count';
/** batch/v1 JobReasonMaxFailedIndexesExceeded and JobReasonFailedIndexes, with the controller's messages. */
export const MAX_FAILED_INDEXES_EXCEEDED = { reason: 'MaxFailedIndexesExceeded',
    message: 'Job has exceeded the specified maximal number of failed indexes' };
export const FAILED_INDEXES = { reason: 'FailedIndexes', message: 'Job has failed indexes' };
/** parseInt32 of indexed_job_utils.go: an unparsable, negative or over-int32 value reads as 0. */
function annotationCount(pod, key) {
    const v = pod.metadata.annotations?.[key];
    if (v === undefined || !/^[+-]?\d+$/.test(v))
        return 0;
    const n = Number(v);
    return n < 0 || n > 2_147_483_647 ? 0 : n;
}
export const indexFailureCount = (pod) => annotationCount(pod, JOB_INDEX_FAILURE_COUNT);
/** getIndexAbsoluteFailureCount: counted and ignored failures together. */
export const indexAbsoluteFailureCount = (pod) => indexFailureCount(pod) + annotationCount(pod, JOB_INDEX_IGNORED_FAILURE_COUNT);
/**
 * Whether a failed pod fails its index (isIndexFailed): a FailIndex rule matched, or the failure
 * counts (no Ignore rule matched) and the index had already failed backoffLimitPerIndex times.
 */
export function isIndexFailed(policy, backoffLimitPerIndex, pod) {
    const outcome = matchPodFailurePolicy(policy, pod);
    if (outcome?.action === 'FailIndex')
        return true;
    return outcome?.action !== 'Ignore' && indexFailureCount(pod) >= backoffLimitPerIndex;
}
/**
 * The annotations of the pod replacing `replaced` (getNewIndexFailureCounts): the failure count
 * goes up by one, or, when an Ignore rule matched, the ignored count does. A first pod gets 0.
 */
export function replacementAnnotations(policy, replaced) {
    if (!replaced)
        return { [JOB_INDEX_FAILURE_COUNT]: '0' };
    let failures = indexFailureCount(replaced), ignored = annotationCount(replaced, JOB_INDEX_IGNORED_FAILURE_COUNT);
    if (matchPodFailurePolicy(policy, replaced)?.action === 'Ignore')
        ignored++;
    else
        failures++;
    return { [JOB_INDEX_FAILURE_COUNT]: String(failures),
        ...(ignored > 0 ? { [JOB_INDEX_IGNORED_FAILURE_COUNT]: String(ignored) } : {}) };
}
/**
 * For each index still to run, its last failed pod (getPodsWithDelayedDeletionPerIndex): the one
 * with the highest absolute failure count, the later finished at a tie.
 */
export function lastFailedPodPerIndex(failedPods, settled) {
    const out = new Map();
    for (const f of failedPods) {
        if (settled(f.index))
            continue;
        const prev = out.get(f.index);
        if (!prev || (indexAbsoluteFailureCount(prev.pod) <= indexAbsoluteFailureCount(f.pod)
            && f.finishedAt >= prev.finishedAt))
            out.set(f.index, { pod: f.pod, finishedAt: f.finishedAt });
    }
    return out;
}
/**
 * How long an index waits before its next pod (getRemainingTimePerIndex): the Job back-off (10 s
 * doubling, 10 min cap) for the absolute failure count of its last failed pod plus one, counted
 * from that pod's finish.
 */
export function remainingTimePerIndex(last, now) {
    if (!last)
        return 0;
    return getRemainingTime({ failuresAfterLastSuccess: indexAbsoluteFailureCount(last.pod) + 1,
        lastFailureTime: last.finishedAt }, now);
}
