import type { ClusterEvent, EventType } from '../../events/index.js';
import { type ObjectKey, type Uid } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { Scenario } from '../../scenario/types.js';
import type { ComponentContext } from '../../decider/component.js';
import { ControllerComponent, NO_KEYS, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import { getObject, objectKeys } from '../../reducers/state.js';
import { isJobFinished, RESOURCE } from './jobDefaults.js';
import { newMemory, type JobMemory } from './jobMemory.js';
import { syncJob } from './jobSync.js';
import type { Job } from './jobTypes.js';
export { jobPodLabels } from './jobPods.js';
export type { Job, JobCondition, JobSpec, JobStatus } from './jobTypes.js';

/** JobSpec fields kubesim reads but does not simulate: a Warning names each once per Job. */
export const UNSUPPORTED_JOB_FIELDS = ['managedBy'] as const;

/**
 * The Job controller (pkg/controller/job/job_controller.go): syncJob counts finished pods,
 * decides whether the Job succeeded or failed (backoffLimit, activeDeadlineSeconds,
 * podFailurePolicy), and otherwise keeps `parallelism` pods running (manageJob), NonIndexed or
 * Indexed. Finished pods are counted once (the job-tracking finalizer in Kubernetes; working
 * memory here, rebuilt from the facts it sees).
 */
export function makeJobController(): ControllerDef {
  const memory = new Map<string, JobMemory>(); // job uid -> memory
  const podOwner = new Map<string, ObjectKey>(); // pod uid -> job key
  const uidOf = new Map<ObjectKey, string>(); // job key -> uid of the Job the memory belongs to
  const jobOf = new Map<Uid, Uid>(); // pod uid -> uid of its Job, for the Job's open pod set

  const keysFor = (e: ClusterEvent, state: ClusterState): readonly ObjectKey[] => {
    switch (e.type) {
      case 'ObjectApplied': case 'ObjectStatusUpdated': case 'ObjectDeleted':
        return e.resource === RESOURCE && e.type !== 'ObjectStatusUpdated' ? [e.key] : NO_KEYS;
      case 'PodCreated': {
        const ref = e.object.metadata.ownerReferences?.find((o) => o.controller);
        if (ref?.kind !== 'Job') return NO_KEYS;
        const key = `${e.object.metadata.namespace ?? 'default'}/${ref.name}`;
        podOwner.set(e.uid, key);
        jobOf.set(e.uid, ref.uid);
        memory.get(ref.uid)?.open.add(e.uid);
        return [key];
      }
      case 'PodDeleted': {
        const key = podOwner.get(e.uid), jobUid = jobOf.get(e.uid);
        podOwner.delete(e.uid);
        jobOf.delete(e.uid);
        const mem = jobUid === undefined ? undefined : memory.get(jobUid);
        mem?.open.delete(e.uid);
        mem?.closed.delete(e.uid);
        return key ? [key] : NO_KEYS;
      }
      case 'PodTerminating': case 'PodStatusPatched': case 'ContainerExited': case 'ContainerStarted': case 'OOMKilled':
      case 'ProbeSucceeded': case 'ProbeFailed': case 'PodScheduled': case 'ContainerCreated': {
        const key = podOwner.get(e.uid);
        if (!key) return NO_KEYS;
        if (e.type === 'ContainerStarted' || e.type === 'ContainerCreated' || e.type === 'PodScheduled') {
          // Only readiness and restarts matter for status; the pod must still exist.
          const pod = tget(state.pods, e.uid);
          if (!pod) return NO_KEYS;
        }
        return [key];
      }
      default:
        return NO_KEYS;
    }
  };

  function sync(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
    const job = getObject(state, RESOURCE, key) as Job | undefined;
    const knownUid = uidOf.get(key);
    // deleted (or replaced)
    if (knownUid !== undefined && knownUid !== job?.metadata.uid) { memory.delete(knownUid); uidOf.delete(key); }
    if (!job || !job.metadata.uid) return;
    uidOf.set(key, job.metadata.uid);
    if (job.metadata.deletionTimestamp !== undefined) return;
    let mem = memory.get(job.metadata.uid);
    if (!mem) {
      mem = newMemory();
      memory.set(job.metadata.uid, mem);
      const spec = job.spec as unknown as Record<string, unknown>;
      for (const f of UNSUPPORTED_JOB_FIELDS) {
        if (spec[f] !== undefined) ctx.out.emit({ type: 'Warning', at: ctx.now, object: `Job/${key}`,
          message: `spec.${f}: not simulated by kubesim; the Job behaves as if it were unset` });
      }
    }
    if (isJobFinished(job)) return;
    return syncJob(job, key, state, ctx, mem, jobOf);
  }

  return {
    name: 'job-controller',
    factTypes: JOB_FACT_TYPES,
    keysFor,
    sync,
    initialKeys: (state) => objectKeys(state, RESOURCE),
  };
}

/** The facts keysFor answers: its switch's cases (the pod facts also feed the pod owner maps). */
const JOB_FACT_TYPES: readonly EventType[] = ['ObjectApplied', 'ObjectStatusUpdated', 'ObjectDeleted', 'PodCreated',
  'PodDeleted', 'PodTerminating', 'PodStatusPatched', 'ContainerExited', 'ContainerStarted', 'OOMKilled',
  'ProbeSucceeded', 'ProbeFailed', 'PodScheduled', 'ContainerCreated'];

/** The Job controller as an engine component; each simulation gets fresh working memory. */
export const jobController = {
  name: 'job-controller',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makeJobController(), s, ctx.rng, ctx.options),
};
