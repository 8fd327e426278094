/**
 * backoffLimitPerIndex for Indexed Jobs (pkg/controller/job/indexed_job_utils.go): each index
 * counts its own failures in an annotation carried from a failed pod to its replacement, backs
 * off on its own, and is marked failed (status.failedIndexes) once its failures exceed the limit
 * or a podFailurePolicy FailIndex rule matched.
 */
import type { Millis } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import { getRemainingTime } from './jobBackoff.js';
import { matchPodFailurePolicy, type PodFailurePolicy } from './jobPodFailurePolicy.js';

/** batch/v1 JobIndexFailureCountAnnotation. */
export const JOB_INDEX_FAILURE_COUNT = 'batch.kubernetes.io/job-index-failure-count';
/** batch/v1 JobIndexIgnoredFailureCountAnnotation: failures an Ignore rule matched. */
export const JOB_INDEX_IGNORED_FAILURE_COUNT = 'batch.kubernetes.io/job-index-ignored-failure-count';

/** batch/v1 JobReasonMaxFailedIndexesExceeded and JobReasonFailedIndexes, with the controller's messages. */
export const MAX_FAILED_INDEXES_EXCEEDED = { reason: 'MaxFailedIndexesExceeded',
  message: 'Job has exceeded the specified maximal number of failed indexes' } as const;
export const FAILED_INDEXES = { reason: 'FailedIndexes', message: 'Job has failed indexes' } as const;

/** parseInt32 of indexed_job_utils.go: an unparsable, negative or over-int32 value reads as 0. */
function annotationCount(pod: Pod, key: string): number {
  const v = pod.metadata.annotations?.[key];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return 0;
  const n = Number(v);
  return n < 0 || n > 2_147_483_647 ? 0 : n;
}
export const indexFailureCount = (pod: Pod): number => annotationCount(pod, JOB_INDEX_FAILURE_COUNT);
/** getIndexAbsoluteFailureCount: counted and ignored failures together. */
export const indexAbsoluteFailureCount = (pod: Pod): number =>
  indexFailureCount(pod) + annotationCount(pod, JOB_INDEX_IGNORED_FAILURE_COUNT);

/**
 * Whether a failed pod fails its index (isIndexFailed): a FailIndex rule matched, or the failure
 * counts (no Ignore rule matched) and the index had already failed backoffLimitPerIndex times.
 */
export function isIndexFailed(policy: PodFailurePolicy | undefined, backoffLimitPerIndex: number, pod: Pod): boolean {
  const outcome = matchPodFailurePolicy(policy, pod);
  if (outcome?.action === 'FailIndex') return true;
  return outcome?.action !== 'Ignore' && indexFailureCount(pod) >= backoffLimitPerIndex;
}

/**
 * The annotations of the pod replacing `replaced` (getNewIndexFailureCounts): the failure count
 * goes up by one, or, when an Ignore rule matched, the ignored count does. A first pod gets 0.
 */
export function replacementAnnotations(policy: PodFailurePolicy | undefined, replaced: Pod | undefined):
  Record<string, string> {
  if (!replaced) return { [JOB_INDEX_FAILURE_COUNT]: '0' };
  let failures = indexFailureCount(replaced), ignored = annotationCount(replaced, JOB_INDEX_IGNORED_FAILURE_COUNT);
  if (matchPodFailurePolicy(policy, replaced)?.action === 'Ignore') ignored++; else failures++;
  return { [JOB_INDEX_FAILURE_COUNT]: String(failures),
    ...(ignored > 0 ? { [JOB_INDEX_IGNORED_FAILURE_COUNT]: String(ignored) } : {}) };
}

/**
 * For each index still to run, its last failed pod (getPodsWithDelayedDeletionPerIndex): the one
 * with the highest absolute failure count, the later finished at a tie.
 */
export function lastFailedPodPerIndex(failedPods: readonly { pod: Pod; index: number; finishedAt: Millis }[],
  settled: (index: number) => boolean): Map<number, { pod: Pod; finishedAt: Millis }> {
  const out = new Map<number, { pod: Pod; finishedAt: Millis }>();
  for (const f of failedPods) {
    if (settled(f.index)) continue;
    const prev = out.get(f.index);
    if (!prev || (indexAbsoluteFailureCount(prev.pod) <= indexAbsoluteFailureCount(f.pod)
      && f.finishedAt >= prev.finishedAt)) out.set(f.index, { pod: f.pod, finishedAt: f.finishedAt });
  }
  return out;
}

/**
 * How long an index waits before its next pod (getRemainingTimePerIndex): the Job back-off (10 s
 * doubling, 10 min cap) for the absolute failure count of its last failed pod plus one, counted
 * from that pod's finish.
 */
export function remainingTimePerIndex(last: { pod: Pod; finishedAt: Millis } | undefined, now: Millis): Millis {
  if (!last) return 0;
  return getRemainingTime({ failuresAfterLastSuccess: indexAbsoluteFailureCount(last.pod) + 1,
    lastFailureTime: last.finishedAt }, now);
}
