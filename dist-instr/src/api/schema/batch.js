/** batch/v1 schemas (k8s.io/api/batch/v1/types.go). */
import { podTemplateSpec } from './core.js';
import { labelSelector, objectMeta, topLevel } from './meta.js';
import { bool, int, int64, list, obj, str, unmodeled } from './schema.js';
const podFailurePolicy = obj({
    rules: list(obj({
        action: str,
        onExitCodes: obj({ containerName: str, operator: str, values: list(int) }),
        onPodConditions: list(obj({ type: str, status: str })),
    })),
});
export const jobSpec = obj({
    parallelism: int, completions: int, activeDeadlineSeconds: int64, podFailurePolicy,
    successPolicy: obj({ rules: list(obj({ succeededIndexes: str, succeededCount: int })) }),
    backoffLimit: int, backoffLimitPerIndex: int, maxFailedIndexes: int,
    selector: labelSelector, manualSelector: bool, template: podTemplateSpec, ttlSecondsAfterFinished: int,
    completionMode: str, suspend: bool, podReplacementPolicy: unmodeled(str), managedBy: unmodeled(str),
});
export const job = topLevel({ spec: jobSpec });
export const cronJob = topLevel({
    spec: obj({
        schedule: str, timeZone: str, startingDeadlineSeconds: int64, concurrencyPolicy: str, suspend: bool,
        jobTemplate: obj({ metadata: objectMeta, spec: jobSpec }),
        successfulJobsHistoryLimit: int, failedJobsHistoryLimit: int,
    }),
});
export const BATCH_SCHEMAS = { Job: job, CronJob: cronJob };
