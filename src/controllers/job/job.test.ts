import { describe, expect, test } from 'vitest';
import { jobScenario, jobTemplate, runJob } from '../../../test-support/job.js';
import type { ClusterEvent } from '../../events/index.js';
import { tvalues } from '../../reducers/table.js';
import { makeJobController } from './job.js';
import { MAX_POD_CREATE_DELETE_PER_SYNC } from './jobDefaults.js';
import type { KubeObject } from '../../api/types.js';
import { objectApplied, stateOf, syncOnce } from '../../../test-support/workloads.js';

const scenario = jobScenario, template = jobTemplate, run = runJob;

describe('Job controller', () => {
  test('a Job with completions 4 and parallelism 2 runs two pods at a time and completes at 20 s', () => {
    const { job, said, sim } = run(scenario(`completions: 4\nparallelism: 2\n${template()}`));
    expect(said('SuccessfulCreate').map((e) => e.at)).toEqual([0, 0, 10_000, 10_000]);
    expect(said('Completed')).toEqual([{ type: 'ControllerEvent', at: 20_000, resource: 'jobs', key: 'default/pi',
      reason: 'Completed', message: 'Job completed' }]);
    expect(job.status).toEqual({
      conditions: [
        { type: 'SuccessCriteriaMet', status: 'True', reason: 'CompletionsReached',
          message: 'Reached expected number of succeeded pods', lastProbeTime: 20_000, lastTransitionTime: 20_000 },
        { type: 'Complete', status: 'True', reason: 'CompletionsReached',
          message: 'Reached expected number of succeeded pods', lastProbeTime: 20_000, lastTransitionTime: 20_000 },
      ],
      startTime: 0, completionTime: 20_000, ready: 0, terminating: 0, succeeded: 4, uncountedTerminatedPods: {},
    });
    const pods = tvalues(sim.state.pods);
    expect(pods.map((p) => p.status.phase)).toEqual(['Succeeded', 'Succeeded', 'Succeeded', 'Succeeded']);
    expect(pods[0].metadata.labels).toEqual({ 'batch.kubernetes.io/controller-uid': job.metadata.uid,
      'batch.kubernetes.io/job-name': 'pi', 'controller-uid': job.metadata.uid, 'job-name': 'pi' });
    expect(pods.every((p) => /^pi-[a-z0-9]{5}$/.test(p.metadata.name))).toBe(true);
  });

  test('an Indexed Job names pods <job>-<index>-<random> and reports completedIndexes', () => {
    const { job, sim } = run(scenario(`completions: 3\nparallelism: 3\ncompletionMode: Indexed\n${template()}`));
    const names = tvalues(sim.state.pods).map((p) => p.metadata.name).sort();
    expect(names.map((n) => n.slice(0, 5))).toEqual(['pi-0-', 'pi-1-', 'pi-2-']);
    const p0 = tvalues(sim.state.pods).find((p) => p.metadata.name.startsWith('pi-0-'))!;
    expect(p0.metadata.annotations).toEqual({ 'batch.kubernetes.io/job-completion-index': '0' });
    expect(p0.spec.hostname).toBe('pi-0');
    expect(p0.spec.containers[0].env).toEqual([{ name: 'JOB_COMPLETION_INDEX',
      valueFrom: {
        fieldRef: { apiVersion: 'v1',
          fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } }]);
    expect(job.status?.completedIndexes).toBe('0-2');
    expect(job.status?.succeeded).toBe(3);
  });

  test('a failing Job retries with 10 s doubling backoff and fails on the 7th failed pod', () => {
    const s = scenario(`${template()}`, `behaviors:\n  - {match: {pod: "pi-*"}, exitAfter: 1s, exitCode: 1}`);
    const { job, said } = run(s);
    // Pod i fails 1 s after it starts; the next waits 10 s * 2^(failures-1) from that failure.
    expect(said('SuccessfulCreate').map((e) => e.at / 1000)).toEqual([0, 11, 32, 73, 154, 315, 636]);
    expect(said('BackoffLimitExceeded')).toEqual([{ type: 'ControllerEvent', at: 637_000, resource: 'jobs',
      key: 'default/pi', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit',
        eventType: 'Warning' }]);
    expect(job.status?.failed).toBe(7);
    expect(job.status?.conditions?.map((c) => [c.type, c.reason])).toEqual(
      [['FailureTarget', 'BackoffLimitExceeded'], ['Failed', 'BackoffLimitExceeded']]);
  });

  test('activeDeadlineSeconds fails the Job and deletes its running pods', () => {
    const s = scenario(`activeDeadlineSeconds: 30\n${template()}`,
      `behaviors:\n  - {match: {pod: "pi-*"}, exitAfter: 1h}`);
    const { job, said } = run(s);
    expect(said('SuccessfulDelete').map((e) => e.at)).toEqual([30_000]);
    expect(said('DeadlineExceeded').map((e) => [e.at, e.message])).toEqual(
      [[30_000, 'Job was active longer than specified deadline']]);
    expect(job.status?.conditions?.find((c) => c.type === 'Failed')?.lastTransitionTime).toBe(30_000);
  });

  test('a podFailurePolicy FailJob rule fails the Job at the first matching exit code', () => {
    const s =
      scenario(
        `backoffLimit: 6\npodFailurePolicy:\n  rules:\n  - {action: FailJob, onExitCodes: {operator: In, values: ` +
          `[42]}}\n${template()}`,
      `behaviors:\n  - {match: {pod: "pi-*"}, exitAfter: 5s, exitCode: 42}`);
    const { job, sim } = run(s);
    const pod = tvalues(sim.state.pods)[0];
    expect(job.status?.conditions?.find((c) => c.type === 'Failed')).toEqual(
      { type: 'Failed', status: 'True', reason: 'PodFailurePolicy',
        message: `Container pi for pod default/${pod.metadata.name} failed with exit code 42 matching FailJob rule ` +
          `at index 0`, lastProbeTime: 5000, lastTransitionTime: 5000 });
    expect(job.status?.failed).toBe(1);
  });

  test('a podFailurePolicy Ignore rule does not count the failure', () => {
    const s =
      scenario(
        `backoffLimit: 0\ncompletions: 1\npodFailurePolicy:\n  rules:\n  - {action: Ignore, onExitCodes: {operator: ` +
          `In, values: [3]}}\n${template()}`,
      `behaviors:\n  - {match: {pod: "pi-*"}, exitAfter: 5s, exitCode: 3}`);
    const { job } = run(s, 60_000);
    expect(job.status?.failed).toBeUndefined();
    expect(job.status?.conditions).toBeUndefined();
  });

  test('the work-queue pattern (parallelism, no completions) completes when a pod succeeded and none is active', () => {
    const { job, said } = run(scenario(`parallelism: 3\n${template()}`));
    expect(said('SuccessfulCreate')).toHaveLength(3);
    expect(job.status?.succeeded).toBe(3);
    expect(job.status?.completionTime).toBe(10_000);
  });

  test('a suspended Job creates no pods until resumed', () => {
    const s = scenario(`suspend: true\n${template()}`);
    const { job, said } = run(s, 60_000);
    expect(said('SuccessfulCreate')).toEqual([]);
    expect(job.status?.conditions).toEqual([{ type: 'Suspended', status: 'True', reason: 'JobSuspended',
      message: 'Job suspended', lastProbeTime: 0, lastTransitionTime: 0 }]);
  });

  test('sync is idempotent: running the same sync twice changes nothing more', () => {
    const { events } = run(scenario(`completions: 2\nparallelism: 2\n${template()}`));
    const statusUpdates = events.filter((e) => e.type === 'ObjectStatusUpdated');
    const distinct = new Set(statusUpdates.map((e) => JSON.stringify((e as { status: unknown }).status)));
    expect(distinct.size).toBe(statusUpdates.length);
  });

  test('fields kubesim does not simulate are named in one Warning each', () => {
    const { events } = run(scenario(`managedBy: example.com/queue\ncompletions: 2\n${template()}`), 1000);
    expect(events.filter((e) => e.type === 'Warning')).toEqual(
      [{ type: 'Warning', at: 0, object: 'Job/default/pi',
        message: 'spec.managedBy: not simulated by kubesim; the Job behaves as if it were unset' }]);
  });
});

// job_controller.go trackJobStatusAndRemoveFinalizers: "When the job is considered finished, every
// non-terminated pod is considered failed": the running pods deleted on failure count in status.failed.
test('pods the controller deletes because the Job failed (deadline) are counted in status.failed', () => {
  const s = scenario(`activeDeadlineSeconds: 30\nparallelism: 3\ncompletions: 3\n${template()}`,
    'behaviors:\n  - {match: {pod: "pi-*"}, exitAfter: 1h}');
  const { job } = run(s, 120_000);
  expect(job.status?.conditions?.find((c) => c.type === 'Failed')?.reason).toBe('DeadlineExceeded');
  expect(job.status?.failed).toBe(3);
});

describe('Job controller at scale (job_controller.go manageJob)', () => {
  const bigJob = (parallelism: number): KubeObject => ({
    apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'big', namespace: 'default', uid: 'uid-big', generation: 1,
      creationTimestamp: 0 },
    spec: { parallelism, completions: parallelism, selector: {
      matchLabels: { 'batch.kubernetes.io/controller-uid': 'uid-big' } },
      template: { metadata: { labels: { 'batch.kubernetes.io/controller-uid': 'uid-big' } },
        spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } },
  } as unknown as KubeObject);
  const created = (events: readonly ClusterEvent[]) => events.filter((e) => e.type === 'PodCreated').length;

  test('creates at most MaxPodCreateDeletePerSync (500) pods in one sync', () => {
    const s0 = stateOf([objectApplied('jobs', bigJob(1200))]);
    expect(created(syncOnce(makeJobController(), 'default/big', s0).events)).toBe(MAX_POD_CREATE_DELETE_PER_SYNC);
    expect(created(syncOnce(makeJobController(), 'default/big',
      stateOf([objectApplied('jobs', bigJob(300))])).events)).toBe(300);
  });

  test('a 1,200-pod Job reaches 1,200 active pods in three syncs of one instant, all created', () => {
    const { said } = run(scenario(`completions: 1200\nparallelism: 1200\n${template()}`), 1);
    expect(said('SuccessfulCreate')).toHaveLength(1200);
  });
});
