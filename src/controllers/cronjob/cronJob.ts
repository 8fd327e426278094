import type { KubeObject } from '../../api/types.js';
import { stampObject } from '../../apiserver/apply.js';
import { admitObjectCreate } from '../../apiserver/admitObject.js';
import { namespaceTerminating } from '../../apiserver/namespaces.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import { type Millis, type ObjectKey, NO_UID } from '../../api/ids.js';
import { rfc3339 } from '../../api/time.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { controllerRef, recordEvent, updateStatus } from '../batchUtils.js';
import {
  getJobName, mostRecentScheduleTime, NEXT_SCHEDULE_DELTA_MS, parseSchedule, rfc3339InZone, TOO_MANY_MISSED_TIMES,
} from './cronJobSchedule.js';
import type { Job, JobSpec } from '../job/job.js';
import { getObject, objectEntries, objectKeys } from '../../reducers/state.js';

/** pkg/apis/batch/v1/defaults.go: successfulJobsHistoryLimit 3, failedJobsHistoryLimit 1, concurrencyPolicy Allow. */
export const DEFAULT_SUCCESSFUL_JOBS_HISTORY_LIMIT = 3;
export const DEFAULT_FAILED_JOBS_HISTORY_LIMIT = 1;

export interface CronJobSpec {
  readonly schedule: string;
  readonly timeZone?: string;
  readonly startingDeadlineSeconds?: number;
  readonly concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
  readonly suspend?: boolean;
  readonly successfulJobsHistoryLimit?: number;
  readonly failedJobsHistoryLimit?: number;
  readonly jobTemplate: { readonly metadata?: { readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string> }; readonly spec: JobSpec };
}
export interface ObjectReference { readonly apiVersion: string; readonly kind: string; readonly namespace: string;
  readonly name: string; readonly uid: string }
export interface CronJobStatus { readonly active?: readonly ObjectReference[]; readonly lastScheduleTime?: Millis;
  readonly lastSuccessfulTime?: Millis }
export type CronJob = KubeObject & { readonly spec: CronJobSpec; readonly status?: CronJobStatus };

const RESOURCE = 'cronjobs';
/** Annotation with the scheduled time on each Job (batch/v1 CronJobScheduledTimestampAnnotation). */
export const CRONJOB_SCHEDULED_TIMESTAMP = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

const jobFinished = (job: Job): 'Complete' | 'Failed' | undefined =>
  job.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed')
    && c.status === 'True')?.type as 'Complete' | 'Failed' | undefined;

/**
 * The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go, syncCronJob): keeps
 * status.active in step with its Jobs, starts the Job of the most recent missed schedule time
 * (honouring suspend, startingDeadlineSeconds and concurrencyPolicy), trims finished Jobs to the
 * history limits, and requeues itself for the next schedule time: no polling.
 */
export function makeCronJobController(): ControllerDef {
  const jobOwner = new Map<ObjectKey, ObjectKey>(); // job key -> cronjob key
  const jobsOf = new Map<ObjectKey, Set<ObjectKey>>(); // cronjob key -> its job keys (an owner index)
  const forget = (jobKey: ObjectKey): ObjectKey | undefined => {
    const k = jobOwner.get(jobKey);
    if (k) { jobOwner.delete(jobKey); jobsOf.get(k)?.delete(jobKey); }
    return k;
  };

  const keysFor = (e: ClusterEvent, state: ClusterState): readonly ObjectKey[] => {
    if (e.type !== 'ObjectApplied' && e.type !== 'ObjectStatusUpdated' && e.type !== 'ObjectDeleted') return NO_KEYS;
    if (e.resource === RESOURCE) return e.type === 'ObjectStatusUpdated' ? NO_KEYS : [e.key];
    if (e.resource !== 'jobs') return NO_KEYS;
    if (e.type === 'ObjectDeleted') { const k = forget(e.key); return k ? [k] : NO_KEYS; }
    const job = getObject(state, 'jobs', e.key);
    const ref = job?.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'CronJob');
    if (!ref) return NO_KEYS;
    const k = `${job!.metadata.namespace ?? 'default'}/${ref.name}`;
    if (jobOwner.get(e.key) !== k) {
      jobOwner.set(e.key, k);
      let set = jobsOf.get(k);
      if (!set) { set = new Set(); jobsOf.set(k, set); }
      set.add(e.key);
    }
    // Only a Job's finishing matters to its CronJob.
    return e.type === 'ObjectApplied' || jobFinished(job as Job) ? [k] : NO_KEYS;
  };

  return {
    name: 'cronjob-controller',
    factTypes: ['ObjectApplied', 'ObjectStatusUpdated', 'ObjectDeleted'],
    keysFor,
    sync: (key, state, ctx) => syncCronJob(key, state, ctx, jobsOf.get(key) ?? []),
    initialKeys: (state) => objectKeys(state, RESOURCE),
  };
}

/**
 * One CronJob's sync. `jobKeys` are the keys of Jobs that may belong to it (the controller's
 * owner index); without it every Job is examined.
 */
export function syncCronJob(key: ObjectKey, state: ClusterState, ctx: SyncContext,
  jobKeys?: Iterable<ObjectKey>): SyncResult | void {
  const cj = getObject(state, RESOURCE, key) as CronJob | undefined;
  if (!cj || !cj.metadata.uid || cj.metadata.deletionTimestamp !== undefined) return;
  const out = ctx.out, now = ctx.now, epoch = state.startTime;
  const ns = cj.metadata.namespace ?? 'default';
  const jobs: { key: ObjectKey; job: Job }[] = [];
  const owned = (k: ObjectKey, j: KubeObject | undefined): void => {
    if (j?.metadata.ownerReferences?.some((o) => o.controller && o.uid === cj.metadata.uid)) jobs.push({ key: k,
      job: j as Job });
  };
  if (jobKeys) for (const k of [...jobKeys].sort()) owned(k, getObject(state, 'jobs', k));
  else for (const [k, j] of objectEntries(state, 'jobs')) owned(k, j);
  const prev = cj.status ?? {};
  let active = [...(prev.active ?? [])];
  let lastSuccessfulTime = prev.lastSuccessfulTime;
  let lastScheduleTime = prev.lastScheduleTime;

  // Reconcile status.active with the Jobs that exist (cronjob_controllerv2.go: SawCompletedJob, MissingJob).
  for (const { job } of jobs) {
    const inActive = active.some((a) => a.uid === job.metadata.uid);
    const fin = jobFinished(job);
    if (fin && inActive) {
      active = active.filter((a) => a.uid !== job.metadata.uid);
      recordEvent(out, RESOURCE, key, 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${fin}`);
      if (fin === 'Complete' && job.status?.completionTime !== undefined
        && (lastSuccessfulTime === undefined || job.status.completionTime > lastSuccessfulTime)) lastSuccessfulTime =
          job.status.completionTime;
    } else if (!fin && !inActive) {
      active.push(jobRef(job));
    }
  }
  for (const a of [...active]) {
    if (!jobs.some(({ job }) => job.metadata.uid === a.uid)) {
      active = active.filter((x) => x.uid !== a.uid);
      recordEvent(out, RESOURCE, key, 'MissingJob', `Active job went missing: ${a.name}`, 'Warning');
    }
  }

  const writeStatus = (): void => {
    const status: CronJobStatus = {
      ...(active.length ? { active } : {}),
      ...(lastScheduleTime !== undefined ? { lastScheduleTime } : {}),
      ...(lastSuccessfulTime !== undefined ? { lastSuccessfulTime } : {}),
    };
    updateStatus(out, RESOURCE, key, cj, status);
  };

  // History limits (cleanupFinishedJobs): delete the oldest finished Jobs beyond the limits.
  const finished = jobs.filter(({ job }) => jobFinished(job));
  const trim = (kind: 'Complete' | 'Failed', limit: number): void => {
    const list = finished.filter(({ job }) => jobFinished(job) === kind)
      .sort((a, b) => (a.job.status?.startTime ?? a.job.metadata.creationTimestamp ?? 0) - (
        b.job.status?.startTime ?? b.job.metadata.creationTimestamp ?? 0) || (a.key < b.key ? -1 : 1));
    for (const { key: jk, job } of list.slice(0, Math.max(0, list.length - limit))) {
      out.emit({ type: 'ObjectDeleted', at: now, resource: 'jobs', key: jk });
      recordEvent(out, RESOURCE, key, 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
    }
  };
  trim('Complete', cj.spec.successfulJobsHistoryLimit ?? DEFAULT_SUCCESSFUL_JOBS_HISTORY_LIMIT);
  trim('Failed', cj.spec.failedJobsHistoryLimit ?? DEFAULT_FAILED_JOBS_HISTORY_LIMIT);

  if (cj.spec.suspend) { writeStatus(); return; }
  const sched = scheduleOf(cj.spec);
  if ('error' in sched) {
    recordEvent(out, RESOURCE, key, 'UnparseableSchedule',
      `unparseable schedule: ${JSON.stringify(cj.spec.schedule)} : ${sched.error}`, 'Warning');
    writeStatus();
    return;
  }
  const wallNow = epoch + now;

  // The window of start times to consider (mostRecentScheduleTime): since the last schedule, or
  // creation, but no further back than startingDeadlineSeconds.
  let earliest = epoch + (lastScheduleTime ?? cj.metadata.creationTimestamp ?? 0);
  const sds = cj.spec.startingDeadlineSeconds;
  if (sds !== undefined) earliest = Math.max(earliest, wallNow - sds * 1000);
  const { time: scheduled, missed, next } = mostRecentScheduleTime(sched, earliest, wallNow);
  const requeue = (): SyncResult => ({ requeueAfter: next + NEXT_SCHEDULE_DELTA_MS - wallNow });
  if (scheduled === undefined) { writeStatus(); return requeue(); }
  if (missed > TOO_MANY_MISSED_TIMES) {
    recordEvent(out, RESOURCE, key, 'TooManyMissedTimes',
      `too many missed start times: ${missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew`,
        'Warning');
  }
  if (sds !== undefined && scheduled + sds * 1000 < wallNow) {
    recordEvent(out, RESOURCE, key, 'MissSchedule', `Missed scheduled time to start a job: ${rfc3339(0, scheduled)}`,
      'Warning');
    writeStatus();
    return requeue();
  }
  const jobName = getJobName(cj.metadata.name, scheduled);
  const jobKey = `${ns}/${jobName}`;
  if (getObject(state, 'jobs', jobKey)) { writeStatus(); return requeue(); } // already started (or still there)

  const policy = cj.spec.concurrencyPolicy ?? 'Allow';
  if (policy === 'Forbid' && active.length > 0) {
    // The missed run stays due: it starts when the running Job finishes (if still within the deadline).
    recordEvent(out, RESOURCE, key, 'JobAlreadyActive',
      'Not starting job because prior execution is running and concurrency policy is Forbid');
    writeStatus();
    return requeue();
  }
  if (policy === 'Replace') {
    for (const a of active) {
      const jk = `${a.namespace}/${a.name}`;
      if (!getObject(state, 'jobs', jk)) continue;
      out.emit({ type: 'ObjectDeleted', at: now, resource: 'jobs', key: jk });
      recordEvent(out, RESOURCE, key, 'SuccessfulDelete', `Deleted job ${a.name}`);
    }
    active = [];
  }
  const t = cj.spec.jobTemplate;
  const job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobName,
      namespace: ns,
      ...(t.metadata?.labels ? { labels: { ...t.metadata.labels } } : {}),
      annotations: { ...(t.metadata?.annotations ?? {}), [CRONJOB_SCHEDULED_TIMESTAMP]: rfc3339InZone(scheduled,
        cj.spec.timeZone) },
      ownerReferences: [controllerRef(cj)],
    },
    spec: t.spec,
  } as KubeObject;
  // cronjob_controllerv2.go syncCronJob: a refused create (a quota on count/jobs.batch, a terminating
  // namespace) is a FailedCreate event and the sync's error; kubesim retries at the next schedule.
  const refusal = admitObjectCreate(state, 'jobs', 'batch', ns, jobName);
  if (refusal) {
    // A namespace being terminated is no event (the NamespaceTerminatingCause case).
    if (!namespaceTerminating(state, ns)) recordEvent(out, RESOURCE, key, 'FailedCreate',
      `Error creating job: ${refusal}`, 'Warning');
    writeStatus();
    return requeue();
  }
  const stamped = stampObject(job, undefined, ns, now, ctx.rng) as Job;
  out.emit({ type: 'ObjectApplied', at: now, resource: 'jobs', key: jobKey, object: stamped });
  recordEvent(out, RESOURCE, key, 'SuccessfulCreate', `Created job ${jobName}`);
  active.push(jobRef(stamped));
  lastScheduleTime = scheduled - epoch;
  writeStatus();
  return requeue();
}

/** parseSchedule per spec object (immutable in the state): its cache key was a new string at every sync. */
const schedules = new WeakMap<CronJobSpec, ReturnType<typeof parseSchedule>>();
function scheduleOf(spec: CronJobSpec): ReturnType<typeof parseSchedule> {
  let s = schedules.get(spec);
  if (s === undefined) { s = parseSchedule(spec.schedule, spec.timeZone); schedules.set(spec, s); }
  return s;
}

const jobRef = (job: Job): ObjectReference => ({ apiVersion: 'batch/v1', kind: 'Job',
  namespace: job.metadata.namespace ?? 'default', name: job.metadata.name, uid: job.metadata.uid ?? NO_UID });

export const cronJobController = {
  name: 'cronjob-controller',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makeCronJobController(), s, ctx.rng,
    ctx.options),
};
