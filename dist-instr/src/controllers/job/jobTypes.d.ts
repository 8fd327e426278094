/** batch/v1 Job types (k8s.io/api/batch/v1/types.go), the fields kubesim simulates. */
import type { Millis } from '../../api/ids.js';
import type { KubeObject, PodTemplateSpec } from '../../api/types.js';
import type { PodFailurePolicy } from './jobPodFailurePolicy.js';
import type { SuccessPolicy } from './jobSuccessPolicy.js';
/** batch/v1 JobSpec, the fields kubesim simulates. */
export interface JobSpec {
    readonly parallelism?: number;
    readonly completions?: number;
    readonly completionMode?: 'NonIndexed' | 'Indexed';
    readonly backoffLimit?: number;
    readonly activeDeadlineSeconds?: number;
    readonly ttlSecondsAfterFinished?: number;
    readonly suspend?: boolean;
    readonly podFailurePolicy?: PodFailurePolicy;
    readonly backoffLimitPerIndex?: number;
    readonly maxFailedIndexes?: number;
    readonly successPolicy?: SuccessPolicy;
    readonly podReplacementPolicy?: 'TerminatingOrFailed' | 'Failed';
    readonly template: PodTemplateSpec;
}
export interface JobCondition {
    readonly type: 'Complete' | 'Failed' | 'Suspended' | 'FailureTarget' | 'SuccessCriteriaMet';
    readonly status: 'True' | 'False';
    readonly reason?: string;
    readonly message?: string;
    readonly lastProbeTime: Millis;
    readonly lastTransitionTime: Millis;
}
export interface JobStatus {
    readonly conditions?: readonly JobCondition[];
    readonly startTime?: Millis;
    readonly completionTime?: Millis;
    readonly active?: number;
    readonly ready?: number;
    readonly terminating?: number;
    readonly succeeded?: number;
    readonly failed?: number;
    readonly completedIndexes?: string;
    readonly failedIndexes?: string;
    readonly uncountedTerminatedPods?: Record<string, never>;
}
export type Job = KubeObject & {
    readonly spec: JobSpec;
    readonly status?: JobStatus;
};
