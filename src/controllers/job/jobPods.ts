/** The pods a Job creates (pkg/controller/job/job_controller.go manageJob, indexed_job_utils.go). */
import { admitPod } from '../../apiserver/admission.js';
import { type Millis, type ObjectKey, NO_UID } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext } from '../controller.js';
import { controllerRef, recordEvent } from '../batchUtils.js';
import { JOB_COMPLETION_INDEX } from './jobIndexes.js';
import type { Job } from './jobTypes.js';
import { RESOURCE } from './jobDefaults.js';

/** Labels the API server puts on a Job's pod template (pkg/apis/batch/types.go, JobNameLabel, ControllerUidLabel). */
export function jobPodLabels(job: Job): Record<string, string> {
  const uid = job.metadata.uid ?? NO_UID, name = job.metadata.name;
  return { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid,
    'job-name': name };
}

/** Creates one pod from the Job's template (NonIndexed: `<job>-xxxxx`; Indexed: `<job>-<index>-xxxxx`). */
export function createJobPod(job: Job, key: ObjectKey, state: ClusterState, ctx: SyncContext, index?: number,
  extraAnnotations: Readonly<Record<string, string>> = {}, taken?: Set<string>): boolean {
  const t = job.spec.template;
  const ns = job.metadata.namespace ?? 'default', name = job.metadata.name;
  const labels: Record<string, string> = { ...(t.metadata?.labels ?? {}), ...jobPodLabels(job) };
  const annotations: Record<string, string> = { ...(t.metadata?.annotations ?? {}), ...extraAnnotations };
  let spec = t.spec;
  if (index !== undefined) {
    labels[JOB_COMPLETION_INDEX] = String(index);
    annotations[JOB_COMPLETION_INDEX] = String(index);
    // Indexed pods get JOB_COMPLETION_INDEX from the annotation and a stable hostname (indexed_job_utils.go,
    // addCompletionIndexEnvVariables).
    const env = { name: 'JOB_COMPLETION_INDEX', valueFrom: {
      fieldRef: { fieldPath: `metadata.annotations['${JOB_COMPLETION_INDEX}']` } } };
    spec = { ...spec, hostname: spec.hostname ?? `${name}-${index}`,
      containers: spec.containers.map((c) => ({ ...c, env: [...(c.env ?? []), env] })) };
  }
  const manifest = { metadata: { ...(t.metadata ?? {}), namespace: ns, generateName: index === undefined ? `${name}-`
    : `${name}-${index}-` }, spec };
  const r = admitPod(manifest as { metadata: Partial<Pod['metadata']>; spec: Pod['spec'] }, state, ctx.now, ctx.rng,
    { ownerReferences: [controllerRef(job)], labels, annotations, ...(taken ? { taken } : {}) });
  if ('error' in r) {
    recordEvent(ctx.out, RESOURCE, key, 'FailedCreate', `Error creating: ${r.error}`, 'Warning');
    return false;
  }
  ctx.out.emit(r);
  recordEvent(ctx.out, RESOURCE, key, 'SuccessfulCreate', `Created pod: ${r.object.metadata.name}`);
  return true;
}

/** The completion index a Job's pod carries (annotation, else label; indexed_job_utils.go getCompletionIndex). */
export const completionIndex = (pod: Pod): number | undefined => {
  const v = pod.metadata.annotations?.[JOB_COMPLETION_INDEX] ?? pod.metadata.labels?.[JOB_COMPLETION_INDEX];
  return v === undefined || !/^\d+$/.test(v) ? undefined : Number(v);
};

/** When a finished pod finished: its last container termination, else its last condition change. */
export function finishTime(pod: Pod, now: Millis): Millis {
  let t = -1;
  for (const st of [...(pod.status.containerStatuses ?? []), ...(pod.status.initContainerStatuses ?? [])]) {
    const f = st.state.terminated?.finishedAt;
    if (typeof f === 'number' && f > t) t = f;
  }
  return t >= 0 ? t : now;
}
