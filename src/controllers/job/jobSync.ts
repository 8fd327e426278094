import { deletePod } from '../../apiserver/apiserver.js';
import type { Pod } from '../../api/types.js';
import { splitKey, type Millis, type ObjectKey, type Uid } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext, SyncResult } from '../controller.js';
import { findCondition, isPodActive, isTerminal, podKey, recordEvent, setCondition, updateStatus } from
  '../batchUtils.js';
import { slowStartBatch, SLOW_START_INITIAL_BATCH_SIZE } from '../controllerUtils.js';
import { getRemainingTime, updateBackoffRecord } from './jobBackoff.js';
import { jobDefaults, MAX_POD_CREATE_DELETE_PER_SYNC, RESOURCE } from './jobDefaults.js';
import { formatCompletedIndexes } from './jobIndexes.js';
import { planIndexes } from './jobIndexPlan.js';
import type { JobMemory } from './jobMemory.js';
import { FAILED_INDEXES, isIndexFailed, MAX_FAILED_INDEXES_EXCEEDED } from './jobPerIndex.js';
import { completionIndex, createJobPod, finishTime } from './jobPods.js';
import { closeFinished, podsToSync } from './jobPodSet.js';
import { matchPodFailurePolicy } from './jobPodFailurePolicy.js';
import { matchSuccessPolicy, REASON_SUCCESS_POLICY } from './jobSuccessPolicy.js';
import type { Job, JobCondition, JobStatus } from './jobTypes.js';

/**
 * OnFailure pods: restarts of active pods count against backoffLimit (job_controller.go, pastBackoffLimitOnFailure).
 */
function pastBackoffLimitOnFailure(job: Job, pods: readonly Pod[], backoffLimit: number): boolean {
  if (job.spec.template.spec.restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const p of pods) {
    if (p.status.phase !== 'Running' && p.status.phase !== 'Pending') continue;
    for (const st of [...(p.status.initContainerStatuses ?? []),
      ...(p.status.containerStatuses ?? [])]) restarts += st.restartCount;
  }
  return backoffLimit === 0 ? restarts > 0 : restarts >= backoffLimit;
}

export function syncJob(job: Job, key: ObjectKey, state: ClusterState, ctx: SyncContext, mem: JobMemory,
  jobOf: Map<Uid, Uid> = new Map()): SyncResult | void {
  const now = ctx.now, out = ctx.out;
  const { parallelism, completions, indexed, backoffLimit } = jobDefaults(job.spec);
  const perIndex = indexed && completions !== undefined ? job.spec.backoffLimitPerIndex : undefined;
  const prev: JobStatus = job.status ?? {};
  const pods = podsToSync(state, job.metadata.uid!, mem, perIndex !== undefined, jobOf);
  const present = new Set(pods.map((p) => p.metadata.uid!));

  // 1. Count newly finished pods (and pods that vanished before finishing: failures).
  let succeeded = prev.succeeded ?? 0, failed = prev.failed ?? 0;
  const finished: { at: Millis; failed: boolean }[] = [];
  for (const p of pods) {
    const uid = p.metadata.uid!;
    if (!mem.counted.has(uid) && !mem.tracked.has(uid)) mem.tracked.set(uid, { key: podKey(p) });
    if (!isTerminal(p) || mem.counted.has(uid)) continue;
    mem.counted.add(uid);
    mem.tracked.delete(uid);
    if (p.status.phase === 'Succeeded') {
      const idx = completionIndex(p);
      if (indexed) {
        if (idx !== undefined && completions !== undefined && idx < completions
          && !mem.succeededIndexes.has(idx)) { mem.succeededIndexes.add(idx); succeeded++; }
      } else succeeded++;
      finished.push({ at: finishTime(p, now), failed: false });
      continue;
    }
    const outcome = matchPodFailurePolicy(job.spec.podFailurePolicy, p);
    const idx = completionIndex(p);
    // indexed_job_utils.go calculateFailedIndexes: the index fails with this pod (FailIndex, or over the limit).
    if (perIndex !== undefined && idx !== undefined && idx < completions!
      && isIndexFailed(job.spec.podFailurePolicy, perIndex, p)) mem.failedIndexes.add(idx);
    if (outcome?.action === 'Ignore') continue;
    failed++;
    finished.push({ at: finishTime(p, now), failed: true });
    if (outcome?.action === 'FailJob' && mem.failJobMessage === undefined) mem.failJobMessage = outcome.message;
  }
  for (const [uid] of [...mem.tracked]) {
    if (present.has(uid)) continue;
    mem.tracked.delete(uid);
    if (mem.expectedRemovals.delete(uid)) continue;
    mem.counted.add(uid);
    failed++;
    finished.push({ at: now, failed: true });
  }
  mem.backoff = updateBackoffRecord(mem.backoff, finished);
  closeFinished(pods, mem);

  const active = pods.filter(isPodActive);
  const terminating = pods.filter((p) => !isTerminal(p) && p.metadata.deletionTimestamp !== undefined);
  const ready = active.filter((p) => p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')).length;

  let conditions = [...(prev.conditions ?? [])];
  let startTime = prev.startTime;
  const cond = (type: JobCondition['type'], status: JobCondition['status'], reason: string, message: string): void => {
    conditions = setCondition(conditions, { type, status, reason, message, lastProbeTime: now,
      lastTransitionTime: now });
  };
  const deleteActive = (): void => {
    for (const p of active) {
      mem.expectedRemovals.add(p.metadata.uid!);
      const { namespace, name } = splitKey(podKey(p));
      deletePod(state, out, namespace, name);
      recordEvent(out, RESOURCE, key, 'SuccessfulDelete', `Deleted pod: ${name}`);
    }
  };
  let requeueAfter: Millis | undefined;

  // 2. Suspend / resume (job_controller.go: the JobSuspended condition and the startTime reset).
  const suspended = job.spec.suspend === true;
  const suspendCond = findCondition(conditions, 'Suspended');
  if (suspended) {
    if (active.length > 0) deleteActive();
    if (suspendCond?.status !== 'True') {
      cond('Suspended', 'True', 'JobSuspended', 'Job suspended');
      recordEvent(out, RESOURCE, key, 'Suspended', 'Job suspended');
    }
  } else {
    if (suspendCond?.status === 'True') {
      cond('Suspended', 'False', 'JobResumed', 'Job resumed');
      recordEvent(out, RESOURCE, key, 'Resumed', 'Job resumed');
      startTime = now;
    }
    if (startTime === undefined) startTime = now;
  }

  // 3. Finished? FailureTarget / SuccessCriteriaMet first; Failed / Complete once no pod is left running.
  let failureTarget = findCondition(conditions, 'FailureTarget');
  let successMet = findCondition(conditions, 'SuccessCriteriaMet');
  if (!failureTarget && !successMet && !suspended) {
    const deadline = job.spec.activeDeadlineSeconds !== undefined && startTime !== undefined
      ? startTime + job.spec.activeDeadlineSeconds * 1000 : undefined;
    let failure: { reason: string; message: string } | undefined;
    if (mem.failJobMessage !== undefined) failure = { reason: 'PodFailurePolicy', message: mem.failJobMessage };
    else if (failed > backoffLimit || pastBackoffLimitOnFailure(job, pods, backoffLimit)) failure =
      { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
    else if (deadline !== undefined && now >= deadline) failure =
      { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
    else if (deadline !== undefined) requeueAfter = deadline - now;
    // job_controller.go syncJob, Indexed Jobs with backoffLimitPerIndex: too many failed indexes, or
    // every index settled with at least one failed; then the successPolicy.
    if (!failure && perIndex !== undefined) {
      const nFailed = mem.failedIndexes.size;
      if (job.spec.maxFailedIndexes !== undefined && nFailed > job.spec.maxFailedIndexes) {
        failure = MAX_FAILED_INDEXES_EXCEEDED;
      } else if (nFailed > 0 && nFailed + mem.succeededIndexes.size >= completions!) failure = FAILED_INDEXES;
    }
    const policyMet = !failure && indexed && completions !== undefined
      ? matchSuccessPolicy(job.spec.successPolicy, completions, mem.succeededIndexes) : undefined;
    const complete = !failure && (indexed
      ? completions !== undefined && mem.succeededIndexes.size >= completions
      : completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0);
    if (failure) {
      cond('FailureTarget', 'True', failure.reason, failure.message);
      failureTarget = findCondition(conditions, 'FailureTarget');
    } else if (policyMet !== undefined) {
      cond('SuccessCriteriaMet', 'True', REASON_SUCCESS_POLICY, policyMet);
      successMet = findCondition(conditions, 'SuccessCriteriaMet');
    } else if (complete) {
      cond('SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods');
      successMet = findCondition(conditions, 'SuccessCriteriaMet');
    }
  }
  let stillActive = active.length;
  if (failureTarget || successMet) {
    // job_controller.go trackJobStatusAndRemoveFinalizers: "When the job is considered finished,
    // every non-terminated pod is considered failed": the pods deleted because the Job failed
    // count in status.failed (for an Indexed Job, those with a valid index).
    if (failureTarget) {
      for (const p of active) {
        const uid = p.metadata.uid!, idx = completionIndex(p);
        const validIndex = !indexed || (idx !== undefined && completions !== undefined && idx < completions);
        if (mem.counted.has(uid) || !validIndex) continue;
        mem.counted.add(uid);
        mem.tracked.delete(uid);
        failed++;
      }
    }
    if (active.length > 0) { deleteActive(); stillActive = 0; }
    if (terminating.length === 0 && active.length === 0) {
      if (failureTarget) {
        cond('Failed', 'True', failureTarget.reason ?? '', failureTarget.message ?? '');
        recordEvent(out, RESOURCE, key, failureTarget.reason ?? 'Failed', failureTarget.message ?? '', 'Warning');
      } else {
        // trackJobStatusAndRemoveFinalizers: Complete carries SuccessCriteriaMet's reason and message.
        cond('Complete', 'True', successMet?.reason ?? 'CompletionsReached',
          successMet?.message ?? 'Reached expected number of succeeded pods');
        recordEvent(out, RESOURCE, key, 'Completed', 'Job completed');
      }
    }
  } else if (!suspended) {
    // 4. manageJob: keep wantActive pods running. podReplacementPolicy Failed (the default when a
    // podFailurePolicy is set: pkg/apis/batch/v1/defaults.go) waits for terminating pods to finish.
    const replaceOnlyFailed = (job.spec.podReplacementPolicy
      ?? (job.spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed')) === 'Failed';
    const occupying = active.length + (replaceOnlyFailed ? terminating.length : 0);
    let wantActive = parallelism;
    if (indexed) wantActive = Math.min(parallelism, (completions ?? 0) - mem.succeededIndexes.size);
    else if (completions !== undefined) wantActive = Math.min(parallelism, completions - succeeded);
    else if (succeeded > 0) wantActive = active.length;
    wantActive = Math.max(0, wantActive);
    if (active.length > wantActive) {
      // Delete the newest first (controller.ActivePods ordering: not-ready and younger pods go first).
      const victims = [...active].sort((a, b) => (b.metadata.creationTimestamp ?? 0) - (
        a.metadata.creationTimestamp ?? 0)).slice(0, active.length - wantActive);
      // job_controller.go MaxPodCreateDeletePerSync: at most 500 deletions per sync.
      for (const p of victims.slice(0, MAX_POD_CREATE_DELETE_PER_SYNC)) {
        mem.expectedRemovals.add(p.metadata.uid!);
        deletePod(state, out, p.metadata.namespace ?? 'default', p.metadata.name);
        recordEvent(out, RESOURCE, key, 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
      }
      stillActive = wantActive;
    } else if (occupying < wantActive) {
      // With backoffLimitPerIndex the Job-wide back-off is not used; each index backs off on its own.
      const wait = perIndex === undefined ? getRemainingTime(mem.backoff, now) : 0;
      if (wait > 0) requeueAfter = requeueAfter === undefined ? wait : Math.min(requeueAfter, wait);
      else {
        // job_controller.go manageJob: at most MaxPodCreateDeletePerSync creations per sync, in
        // slow-start batches (1, 2, 4, ...; controller.SlowStartInitialBatchSize) that stop after
        // a batch with a failed creation, so a Job whose pods are refused makes few attempts.
        const n = Math.min(wantActive - occupying, MAX_POD_CREATE_DELETE_PER_SYNC);
        const plan = indexed ? planIndexes(job, pods, active, mem, completions ?? 0, perIndex, n, now) : undefined;
        if (plan?.requeueAfter !== undefined) {
          requeueAfter = requeueAfter === undefined ? plan.requeueAfter : Math.min(requeueAfter, plan.requeueAfter);
        }
        const taken = new Set<string>();
        const r = slowStartBatch(plan?.indexes.length ?? n, SLOW_START_INITIAL_BATCH_SIZE,
          (i) => (createJobPod(job, key, state, ctx, plan?.indexes[i], plan?.annotations[i], taken) ? undefined
            : 'FailedCreate'));
        stillActive += r.successes;
      }
    }
  }

  // 5. Status.
  const finishedNow = conditions.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
  const completeNow = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
  const status: JobStatus = {
    ...(conditions.length ? { conditions } : {}),
    ...(startTime !== undefined ? { startTime } : {}),
    ...(completeNow ? { completionTime: prev.completionTime ?? now } : {}),
    ...(stillActive > 0 ? { active: stillActive } : {}),
    ready: finishedNow ? 0 : Math.min(ready, stillActive),
    terminating: terminating.length,
    ...(succeeded > 0 ? { succeeded } : {}),
    ...(failed > 0 ? { failed } : {}),
    ...(indexed && mem.succeededIndexes.size > 0 ? { completedIndexes: formatCompletedIndexes(mem.succeededIndexes) }
      : {}),
    // trackJobStatusAndRemoveFinalizers: failedIndexes is written (possibly "") whenever backoffLimitPerIndex is set.
    ...(perIndex !== undefined ? { failedIndexes: formatCompletedIndexes(mem.failedIndexes) } : {}),
    uncountedTerminatedPods: {},
  };
  updateStatus(out, RESOURCE, key, job, status);
  return requeueAfter === undefined || finishedNow ? undefined : { requeueAfter };
}

