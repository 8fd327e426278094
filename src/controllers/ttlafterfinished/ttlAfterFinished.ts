import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, NO_KEYS, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import type { Job } from '../job/job.js';
import { getObject, objectKeys } from '../../reducers/state.js';

/**
 * When a Job finished: completionTime, or the Failed condition's lastTransitionTime (ttlafterfinished_controller.go,
 * jobFinishTime).
 */
export function jobFinishTime(job: Job): Millis | undefined {
  const c = job.status?.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  if (!c) return undefined;
  return c.type === 'Complete' ? job.status?.completionTime ?? c.lastTransitionTime : c.lastTransitionTime;
}

/**
 * The TTL-after-finished controller (pkg/controller/ttlafterfinished): deletes a finished Job
 * ttlSecondsAfterFinished after it finished, with Foreground propagation so its pods go first
 * (the garbage collector carries out the cascade). One timer per Job, at its expiry.
 */
export function syncTTLAfterFinished(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const job = getObject(state, 'jobs', key) as Job | undefined;
  if (!job || job.metadata.deletionTimestamp !== undefined || job.spec.ttlSecondsAfterFinished === undefined) return;
  const finished = jobFinishTime(job);
  if (finished === undefined) return;
  const expireAt = finished + job.spec.ttlSecondsAfterFinished * 1000;
  if (ctx.now < expireAt) return { requeueAfter: expireAt - ctx.now };
  ctx.out.emit({ type: 'ObjectTerminating', at: ctx.now, resource: 'jobs', key, propagationPolicy: 'Foreground' });
}

export const ttlAfterFinishedDef: ControllerDef = {
  name: 'ttl-after-finished-controller',
  factTypes: ['ObjectApplied', 'ObjectStatusUpdated'],
  keysFor: (e: ClusterEvent) => ((e.type === 'ObjectApplied' || e.type === 'ObjectStatusUpdated')
    && e.resource === 'jobs' ? [e.key] : NO_KEYS),
  sync: syncTTLAfterFinished,
  initialKeys: (state) => objectKeys(state, 'jobs'),
};

export const ttlAfterFinishedController = {
  name: ttlAfterFinishedDef.name,
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(ttlAfterFinishedDef, s, ctx.rng, ctx.options),
};
