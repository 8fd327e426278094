import { ControllerComponent, NO_KEYS } from '../controller.js';
import { getObject, objectKeys } from '../../reducers/state.js';
/**
 * When a Job finished: completionTime, or the Failed condition's lastTransitionTime (ttlafterfinished_controller.go,
 * jobFinishTime).
 */
export function jobFinishTime(job) {
    const c = job.status?.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
    if (!c)
        return undefined;
    return c.type === 'Complete' ? job.status?.completionTime ?? c.lastTransitionTime : c.lastTransitionTime;
}
/**
 * The TTL-after-finished controller (pkg/controller/ttlafterfinished): deletes a finished Job
 * ttlSecondsAfterFinished after it finished, with Foreground propagation so its pods go first
 * (the garbage collector carries out the cascade). One timer per Job, at its expiry.
 */
export function syncTTLAfterFinished(key, state, ctx) {
    const job = getObject(state, 'jobs', key);
    if (!job || job.metadata.deletionTimestamp !== undefined || job.spec.ttlSecondsAfterFinished === undefined)
        return;
    const finished = jobFinishTime(job);
    if (finished === undefined)
        return;
    const expireAt = finished + job.spec.ttlSecondsAfterFinished * 1000;
    if (ctx.now < expireAt)
        return { requeueAfter: expireAt - ctx.now };
    ctx.out.emit({ type: 'ObjectTerminating', at: ctx.now, resource: 'jobs', key, propagationPolicy: 'Foreground' });
}
export const ttlAfterFinishedDef = {
    name: 'ttl-after-finished-controller',
    keysFor: (e) => ((e.type === 'ObjectApplied' || e.type === 'ObjectStatusUpdated')
        && e.resource === 'jobs' ? [e.key] : NO_KEYS),
    sync: syncTTLAfterFinished,
    initialKeys: (state) => objectKeys(state, 'jobs'),
};
export const ttlAfterFinishedController = {
    name: ttlAfterFinishedDef.name,
    create: (s, ctx) => new ControllerComponent(ttlAfterFinishedDef, s, ctx.rng),
};
