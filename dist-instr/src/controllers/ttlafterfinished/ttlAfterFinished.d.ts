import type { ComponentContext } from '../../decider/component.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import type { Job } from '../job/job.js';
/**
 * When a Job finished: completionTime, or the Failed condition's lastTransitionTime (ttlafterfinished_controller.go,
 * jobFinishTime).
 */
export declare function jobFinishTime(job: Job): Millis | undefined;
/**
 * The TTL-after-finished controller (pkg/controller/ttlafterfinished): deletes a finished Job
 * ttlSecondsAfterFinished after it finished, with Foreground propagation so its pods go first
 * (the garbage collector carries out the cascade). One timer per Job, at its expiry.
 */
export declare function syncTTLAfterFinished(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void;
export declare const ttlAfterFinishedDef: ControllerDef;
export declare const ttlAfterFinishedController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
