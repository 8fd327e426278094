/**
 * Completion indexes of an Indexed Job as the API writes them in status.completedIndexes:
 * sorted intervals joined by commas, `first-last` for a run of three or more, `a,b` for a run of
 * two, `n` for a single index (pkg/controller/job/indexed_job_utils.go, orderedIntervals.String:
 * "if v.Last == v.First+1 { builder.WriteRune(',') }").
 *
 * @example formatCompletedIndexes([0, 1, 2, 4, 6, 7]) // "0-2,4,6,7"
 */
export declare function formatCompletedIndexes(indexes: Iterable<number>): string;
/** The indexes in `0..completions-1` that are neither succeeded nor active, lowest first (firstPendingIndexes). */
export declare function firstPendingIndexes(completions: number, succeeded: ReadonlySet<number>, active: ReadonlySet<number>, count: number): number[];
/** Label and annotation carrying a pod's completion index (batch/v1 JobCompletionIndexAnnotation). */
export declare const JOB_COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";
/**
 * The indexes below `completions` an index list names (`"0-2,4"`), as the Job controller reads a
 * successPolicy rule or status: a malformed interval is skipped, an interval starting at or past
 * `completions` ends the list, one ending past it is cut (indexed_job_utils.go, parseIndexesFromString).
 */
export declare function parseIndexes(text: string, completions: number): Set<number>;
