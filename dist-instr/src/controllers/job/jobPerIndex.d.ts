/**
 * backoffLimitPerIndex for Indexed Jobs (pkg/controller/job/indexed_job_utils.go): each index
 * counts its own failures in an annotation carried from a failed pod to its replacement, backs
 * off on its own, and is marked failed (status.failedIndexes) once its failures exceed the limit
 * or a podFailurePolicy FailIndex rule matched.
 */
import type { Millis } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import { type PodFailurePolicy } from './jobPodFailurePolicy.js';
/** batch/v1 JobIndexFailureCountAnnotation. */
export declare const JOB_INDEX_FAILURE_COUNT = "batch.kubernetes.io/job-index-failure-count";
/** batch/v1 JobIndexIgnoredFailureCountAnnotation: failures an Ignore rule matched. */
export declare const JOB_INDEX_IGNORED_FAILURE_COUNT = "batch.kubernetes.io/job-index-ignored-failure-count";
/** batch/v1 JobReasonMaxFailedIndexesExceeded and JobReasonFailedIndexes, with the controller's messages. */
export declare const MAX_FAILED_INDEXES_EXCEEDED: {
    readonly reason: "MaxFailedIndexesExceeded";
    readonly message: "Job has exceeded the specified maximal number of failed indexes";
};
export declare const FAILED_INDEXES: {
    readonly reason: "FailedIndexes";
    readonly message: "Job has failed indexes";
};
export declare const indexFailureCount: (pod: Pod) => number;
/** getIndexAbsoluteFailureCount: counted and ignored failures together. */
export declare const indexAbsoluteFailureCount: (pod: Pod) => number;
/**
 * Whether a failed pod fails its index (isIndexFailed): a FailIndex rule matched, or the failure
 * counts (no Ignore rule matched) and the index had already failed backoffLimitPerIndex times.
 */
export declare function isIndexFailed(policy: PodFailurePolicy | undefined, backoffLimitPerIndex: number, pod: Pod): boolean;
/**
 * The annotations of the pod replacing `replaced` (getNewIndexFailureCounts): the failure count
 * goes up by one, or, when an Ignore rule matched, the ignored count does. A first pod gets 0.
 */
export declare function replacementAnnotations(policy: PodFailurePolicy | undefined, replaced: Pod | undefined): Record<string, string>;
/**
 * For each index still to run, its last failed pod (getPodsWithDelayedDeletionPerIndex): the one
 * with the highest absolute failure count, the later finished at a tie.
 */
export declare function lastFailedPodPerIndex(failedPods: readonly {
    pod: Pod;
    index: number;
    finishedAt: Millis;
}[], settled: (index: number) => boolean): Map<number, {
    pod: Pod;
    finishedAt: Millis;
}>;
/**
 * How long an index waits before its next pod (getRemainingTimePerIndex): the Job back-off (10 s
 * doubling, 10 min cap) for the absolute failure count of its last failed pod plus one, counted
 * from that pod's finish.
 */
export declare function remainingTimePerIndex(last: {
    pod: Pod;
    finishedAt: Millis;
} | undefined, now: Millis): Millis;
