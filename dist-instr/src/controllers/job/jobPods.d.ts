import type { Millis, ObjectKey } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext } from '../controller.js';
import type { Job } from './jobTypes.js';
/** Labels the API server puts on a Job's pod template (pkg/apis/batch/types.go, JobNameLabel, ControllerUidLabel). */
export declare function jobPodLabels(job: Job): Record<string, string>;
/** Creates one pod from the Job's template (NonIndexed: `<job>-xxxxx`; Indexed: `<job>-<index>-xxxxx`). */
export declare function createJobPod(job: Job, key: ObjectKey, state: ClusterState, ctx: SyncContext, index?: number, extraAnnotations?: Readonly<Record<string, string>>): boolean;
/** The completion index a Job's pod carries (annotation, else label; indexed_job_utils.go getCompletionIndex). */
export declare const completionIndex: (pod: Pod) => number | undefined;
/** When a finished pod finished: its last container termination, else its last condition change. */
export declare function finishTime(pod: Pod, now: Millis): Millis;
