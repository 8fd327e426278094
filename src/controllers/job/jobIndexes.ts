/**
 * Completion indexes of an Indexed Job as the API writes them in status.completedIndexes:
 * sorted intervals joined by commas, `first-last` for a run, `n` for a single index
 * (pkg/controller/job/indexed_job_utils.go, succeededIndexesToString).
 *
 * @example formatCompletedIndexes([0, 1, 2, 4]) // "0-2,4"
 */
export function formatCompletedIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The indexes in `0..completions-1` that are neither succeeded nor active, lowest first (firstPendingIndexes). */
export function firstPendingIndexes(completions: number, succeeded: ReadonlySet<number>, active: ReadonlySet<number>,
  count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!succeeded.has(i) && !active.has(i)) out.push(i);
  return out;
}

/** Label and annotation carrying a pod's completion index (batch/v1 JobCompletionIndexAnnotation). */
export const JOB_COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';
