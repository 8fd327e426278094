import type { Condition, KubeObject, LabelSelector } from '../../api/types.js';
import { containerCells, templateContainers } from './apps.js';
import { humanDuration, since } from './humanDuration.js';
import { formatLabelSelector, selectorString } from './labels.js';
import { AGE_COLUMN, CONTAINERS_COLUMN, IMAGES_COLUMN, NAME_COLUMN, SELECTOR_COLUMN, col, int, rec, specOf, statusOf,
  type Printer } from './types.js';

const hasCondition = (o: KubeObject, type: string): boolean =>
  ((statusOf(o).conditions as Condition[] | undefined) ?? []).some((c) => c.type === type && c.status === 'True');

/** printJob's STATUS: Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet, else Running. */
export function jobStatus(o: KubeObject): string {
  if (hasCondition(o, 'Complete')) return 'Complete';
  if (hasCondition(o, 'Failed')) return 'Failed';
  if (o.metadata.deletionTimestamp !== undefined) return 'Terminating';
  if (hasCondition(o, 'Suspended')) return 'Suspended';
  if (hasCondition(o, 'FailureTarget')) return 'FailureTarget';
  if (hasCondition(o, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

/** printJob's COMPLETIONS: succeeded/completions, or for a work-queue Job `n/1` (`n/1 of P` when parallel). */
export function jobCompletions(o: KubeObject): string {
  const s = specOf(o), succeeded = int(statusOf(o).succeeded);
  if (typeof s.completions === 'number') return `${succeeded}/${s.completions}`;
  const parallelism = int(s.parallelism);
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** printJob's DURATION: empty before it starts, since startTime while running, completionTime - startTime after. */
export function jobDuration(o: KubeObject, now: number): string {
  const st = statusOf(o);
  if (typeof st.startTime !== 'number') return '';
  return humanDuration((typeof st.completionTime === 'number' ? st.completionTime : now) - st.startTime);
}

export const jobPrinter: Printer = {
  columns: [NAME_COLUMN, col('Status', 'string', 'Status of the job.'),
    col('Completions', 'string', 'The completion status of the job.'),
      col('Duration', 'string', 'Time required to complete the job.'),
    AGE_COLUMN, CONTAINERS_COLUMN, IMAGES_COLUMN, SELECTOR_COLUMN],
  row: (o, ctx) => {
    const s = specOf(o);
    return [o.metadata.name, jobStatus(o), jobCompletions(o), jobDuration(o, ctx.now),
      since(ctx.now, o.metadata.creationTimestamp),
      ...containerCells(templateContainers(s)), selectorString(s.selector as LabelSelector | undefined)];
  },
};

/** printers.go printBoolPtr: "<unset>", "True" or "False". */
const boolPtr = (v: unknown): string => (typeof v === 'boolean' ? (v ? 'True' : 'False') : '<unset>');

const LAST_SCHEDULE_COLUMN = col('Last Schedule', 'string',
  'Information when was the last time the job was successfully scheduled.');

/** printCronJob: schedule, time zone, suspend, active Jobs and the time since the last schedule. */
export const cronJobPrinter: Printer = {
  columns: [NAME_COLUMN, col('Schedule', 'string', 'The schedule in Cron format.'),
    col('Timezone', 'string', 'The time zone name for the given schedule.'),
    col('Suspend', 'boolean', 'This flag tells the controller to suspend subsequent executions.'),
    col('Active', 'integer', 'A list of pointers to currently running jobs.'),
    LAST_SCHEDULE_COLUMN, AGE_COLUMN, CONTAINERS_COLUMN, IMAGES_COLUMN, SELECTOR_COLUMN],
  row: (o, ctx) => {
    const s = specOf(o), st = statusOf(o);
    const jobSpec = rec(rec(s.jobTemplate).spec);
    const last = typeof st.lastScheduleTime === 'number' ? since(ctx.now, st.lastScheduleTime) : '<none>';
    return [o.metadata.name, String(s.schedule ?? ''), typeof s.timeZone === 'string' ? s.timeZone : '<none>',
      boolPtr(s.suspend),
      Array.isArray(st.active) ? st.active.length : 0, last, since(ctx.now, o.metadata.creationTimestamp),
      ...containerCells(templateContainers(jobSpec)), formatLabelSelector(jobSpec.selector as LabelSelector
        | undefined)];
  },
};
