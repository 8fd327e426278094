import type { JobSpec, Job } from './jobTypes.js';
/** pkg/controller/job/job_controller.go MaxPodCreateDeletePerSync: pods created or deleted in one sync. */
export declare const MAX_POD_CREATE_DELETE_PER_SYNC = 500;
/** pkg/apis/batch/v1/defaults.go: BackoffLimit 6 (failing on the 7th failed pod). */
export declare const DEFAULT_BACKOFF_LIMIT = 6;
/** The resource the Job controller syncs. */
export declare const RESOURCE = "jobs";
/** Defaults of pkg/apis/batch/v1/defaults.go: completions and parallelism 1 when both unset. */
export declare function jobDefaults(spec: JobSpec): {
    parallelism: number;
    completions: number | undefined;
    indexed: boolean;
    backoffLimit: number;
};
export declare const isJobFinished: (job: Job) => boolean;
