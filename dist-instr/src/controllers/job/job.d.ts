import type { Scenario } from '../../scenario/types.js';
import type { ComponentContext } from '../../decider/component.js';
import { ControllerComponent, type ControllerDef } from '../controller.js';
export { jobPodLabels } from './jobPods.js';
export type { Job, JobCondition, JobSpec, JobStatus } from './jobTypes.js';
/** JobSpec fields kubesim reads but does not simulate: a Warning names each once per Job. */
export declare const UNSUPPORTED_JOB_FIELDS: readonly ["managedBy"];
/**
 * The Job controller (pkg/controller/job/job_controller.go): syncJob counts finished pods,
 * decides whether the Job succeeded or failed (backoffLimit, activeDeadlineSeconds,
 * podFailurePolicy), and otherwise keeps `parallelism` pods running (manageJob), NonIndexed or
 * Indexed. Finished pods are counted once (the job-tracking finalizer in Kubernetes; working
 * memory here, rebuilt from the facts it sees).
 */
export declare function makeJobController(): ControllerDef;
/** The Job controller as an engine component; each simulation gets fresh working memory. */
export declare const jobController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
