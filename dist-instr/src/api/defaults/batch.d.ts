/** batch/v1 defaults, after pkg/apis/batch/v1/defaults.go. Pure. */
import type { KubeObject } from '../types.js';
/** SetDefaults_Job: backoffLimit 6 (MaxInt32 with backoffLimitPerIndex). */
export declare const JOB_DEFAULTS: {
    readonly backoffLimit: 6;
    readonly completionMode: "NonIndexed";
    readonly suspend: false;
    readonly manualSelector: false;
};
/** SetDefaults_CronJob. */
export declare const CRONJOB_DEFAULTS: {
    readonly concurrencyPolicy: "Allow";
    readonly suspend: false;
    readonly successfulJobsHistoryLimit: 3;
    readonly failedJobsHistoryLimit: 1;
};
/** Job defaults; the Job's labels default to its template's (SetDefaults_Job). */
export declare function defaultJob<T extends KubeObject>(o: T): T;
/**
 * The selector and template labels the API server generates for a Job without manualSelector
 * (pkg/registry/batch/job/strategy.go generateSelector): controller-uid and job-name, both in
 * the batch.kubernetes.io/ prefix and the legacy unprefixed form.
 */
export declare function generateJobSelector<T extends KubeObject>(o: T, uid: string): T;
export declare function defaultCronJob<T extends KubeObject>(o: T): T;
