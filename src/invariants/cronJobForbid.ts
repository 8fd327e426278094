import type { KubeObject } from '../api/types.js';
import { objRef, objectsOf, objectsOwnedBy, spec, status } from './helpers.js';
import { batchInvariant, type Invariant } from './types.js';
import { NO_UID } from '../api/ids.js';

/** A Job is finished when it has a Complete or Failed condition True (IsJobFinished, pkg/controller/job/utils.go). */
const isFinished = (job: KubeObject): boolean =>
  ((status(job).conditions ?? []) as { type: string; status: string }[]).some((c) =>
    (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');

/** A CronJob with concurrencyPolicy: Forbid never has two unfinished Jobs at once. */
export const cronJobForbid: Invariant = batchInvariant('cronjob-forbid',
  'a CronJob with concurrencyPolicy Forbid has at most one unfinished Job', (ctx, report) => {
  if (!ctx.batch.some((e) => e.type === 'ObjectApplied' && e.resource === 'jobs')) return;
  for (const cj of objectsOf(ctx.state, 'cronjobs')) {
    if (spec(cj).concurrencyPolicy !== 'Forbid') continue;
    const running = objectsOwnedBy(ctx.state, 'jobs', cj.metadata.uid ?? NO_UID).filter((j) => !isFinished(j)
      && j.metadata.deletionTimestamp === undefined);
    if (running.length > 1) report(`${objRef(cj)} (concurrencyPolicy: Forbid) has ${running.length} unfinished Jobs`,
        [objRef(cj), ...running.map(objRef)]);
  }
});
