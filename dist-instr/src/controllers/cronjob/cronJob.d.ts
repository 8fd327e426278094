import type { KubeObject } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import type { JobSpec } from '../job/job.js';
/** pkg/apis/batch/v1/defaults.go: successfulJobsHistoryLimit 3, failedJobsHistoryLimit 1, concurrencyPolicy Allow. */
export declare const DEFAULT_SUCCESSFUL_JOBS_HISTORY_LIMIT = 3;
export declare const DEFAULT_FAILED_JOBS_HISTORY_LIMIT = 1;
export interface CronJobSpec {
    readonly schedule: string;
    readonly timeZone?: string;
    readonly startingDeadlineSeconds?: number;
    readonly concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
    readonly suspend?: boolean;
    readonly successfulJobsHistoryLimit?: number;
    readonly failedJobsHistoryLimit?: number;
    readonly jobTemplate: {
        readonly metadata?: {
            readonly labels?: Record<string, string>;
            readonly annotations?: Record<string, string>;
        };
        readonly spec: JobSpec;
    };
}
export interface ObjectReference {
    readonly apiVersion: string;
    readonly kind: string;
    readonly namespace: string;
    readonly name: string;
    readonly uid: string;
}
export interface CronJobStatus {
    readonly active?: readonly ObjectReference[];
    readonly lastScheduleTime?: Millis;
    readonly lastSuccessfulTime?: Millis;
}
export type CronJob = KubeObject & {
    readonly spec: CronJobSpec;
    readonly status?: CronJobStatus;
};
/** Annotation with the scheduled time on each Job (batch/v1 CronJobScheduledTimestampAnnotation). */
export declare const CRONJOB_SCHEDULED_TIMESTAMP = "batch.kubernetes.io/cronjob-scheduled-timestamp";
/**
 * The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go, syncCronJob): keeps
 * status.active in step with its Jobs, starts the Job of the most recent missed schedule time
 * (honouring suspend, startingDeadlineSeconds and concurrencyPolicy), trims finished Jobs to the
 * history limits, and requeues itself for the next schedule time: no polling.
 */
export declare function makeCronJobController(): ControllerDef;
/**
 * One CronJob's sync. `jobKeys` are the keys of Jobs that may belong to it (the controller's
 * owner index); without it every Job is examined.
 */
export declare function syncCronJob(key: ObjectKey, state: ClusterState, ctx: SyncContext, jobKeys?: Iterable<ObjectKey>): SyncResult | void;
export declare const cronJobController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
