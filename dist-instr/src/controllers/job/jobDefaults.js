/** pkg/controller/job/job_controller.go MaxPodCreateDeletePerSync: pods created or deleted in one sync. */
export const MAX_POD_CREATE_DELETE_PER_SYNC = 500;
/** pkg/apis/batch/v1/defaults.go: BackoffLimit 6 (failing on the 7th failed pod). */
export const DEFAULT_BACKOFF_LIMIT = 6;
/** pkg/apis/batch/v1/defaults.go: BackoffLimit math.MaxInt32 when backoffLimitPerIndex is set. */
const MAX_INT32 = 2_147_483_647;
/** The resource the Job controller syncs. */
export const RESOURCE = 'jobs';
/** Defaults of pkg/apis/batch/v1/defaults.go: completions and parallelism 1 when both unset. */
export function jobDefaults(spec) {
    const bothUnset = spec.completions === undefined && spec.parallelism === undefined;
    return {
        parallelism: spec.parallelism ?? 1,
        completions: bothUnset ? 1 : spec.completions,
        indexed: spec.completionMode === 'Indexed',
        backoffLimit: spec.backoffLimit ?? (spec.backoffLimitPerIndex !== undefined ? MAX_INT32 : DEFAULT_BACKOFF_LIMIT),
    };
}
export const isJobFinished = (job) => (job.status?.conditions ?? []).some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
