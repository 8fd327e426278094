import { objRef, objectsOf, objectsOwnedBy, spec, status } from './helpers.js';
import { batchInvariant } from './types.js';
/** A Job is finished when it has a Complete or Failed condition True (IsJobFinished, pkg/controller/job/utils.go). */
const isFinished = (job) => (status(job).conditions ?? []).some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
/** A CronJob with concurrencyPolicy: Forbid never has two unfinished Jobs at once. */
export const cronJobForbid = batchInvariant('cronjob-forbid', 'a CronJob with concurrencyPolicy Forbid has at most one unfinished Job', (ctx, report) => {
    if (!ctx.batch.some((e) => e.type === 'ObjectApplied' && e.resource === 'jobs'))
        return;
    for (const cj of objectsOf(ctx.state, 'cronjobs')) {
        if (spec(cj).concurrencyPolicy !== 'Forbid')
            continue;
        const running = objectsOwnedBy(ctx.state, 'jobs', cj.metadata.uid ?? '').filter((j) => !isFinished(j)
            && j.metadata.deletionTimestamp === undefined);
        if (running.length > 1)
            report(`${objRef(cj)} (concurrencyPolicy: Forbid) has ${running.length} unfinished Jobs`, [objRef(cj), ...running.map(objRef)]);
    }
});
