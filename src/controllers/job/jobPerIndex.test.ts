import { describe, expect, test } from 'vitest';
import { jobScenario as scenario, jobTemplate as template, runJob as run } from '../../../test-support/job.js';
import { tvalues } from '../../reducers/table.js';
import { updateBackoffRecord } from './jobBackoff.js';
import { formatCompletedIndexes, parseIndexes } from './jobIndexes.js';
import { matchSuccessPolicy } from './jobSuccessPolicy.js';

const exits = (rules: readonly [string, string, number][]): string => `behaviors:\n${rules.map(([pod, after, code]) =>
  `  - {match: {pod: "${pod}"}, exitAfter: ${after}, exitCode: ${code}}`).join('\n')}`;
const indexed = (extra: string) => `completionMode: Indexed\n${extra}\n${template()}`;
const conditionsOf = (job: { status?: { conditions?: readonly { type: string; reason?: string; message?: string;
  lastTransitionTime: number }[] } }) => job.status?.conditions?.map((c) => [c.type, c.reason, c.message,
  c.lastTransitionTime]);

describe('a success and a failure at the same instant (pkg/controller/job)', () => {
  // backoff_utils.go newBackoffRecord: with a new success, only failures strictly after the last
  // success count (`if !failedTime.After(lastSuccessTime) { break }`): at a tie the success wins.
  test('backoff_utils.go newBackoffRecord: a failure at the instant of a success does not count', () => {
    expect(updateBackoffRecord({ failuresAfterLastSuccess: 3, lastFailureTime: 5 },
      [{ at: 10, failed: false }, { at: 10, failed: true }])).toEqual({ failuresAfterLastSuccess: 0 });
    expect(updateBackoffRecord({ failuresAfterLastSuccess: 0 }, [{ at: 10, failed: true },
      { at: 10, failed: false }, { at: 11, failed: true }])).toEqual({ failuresAfterLastSuccess: 1,
      lastFailureTime: 11 });
    expect(updateBackoffRecord({ failuresAfterLastSuccess: 2, lastFailureTime: 5 }, [{ at: 9, failed: true }]))
      .toEqual({ failuresAfterLastSuccess: 3, lastFailureTime: 9 });
  });

  test('so the replacement of a pod that failed with a success is created at once, with no 10 s back-off', () => {
    const s = scenario(indexed('completions: 3\nparallelism: 2'),
      exits([['pi-0-*', '10s', 0], ['pi-1-*', '10s', 1], ['pi-2-*', '10s', 0]]));
    const { said, job } = run(s);
    // Index 1 always fails. At 10 s (with index 0's success) and at 20 s (with index 2's) its failure
    // ties a success, so no back-off; alone from 30 s on: 10 s, 20 s, 40 s, 80 s after each failure,
    // until the 7th failure passes backoffLimit 6.
    expect(said('SuccessfulCreate').map((e) => e.at / 1000)).toEqual([0, 0, 10, 10, 20, 40, 70, 120, 210]);
    expect([job.status?.failed, job.status?.succeeded]).toEqual([7, 2]);
  });

  // job_controller.go syncJob checks `exceedsBackoffLimit` before it looks at completions: for the
  // Job's own outcome Kubernetes does NOT let the success win; the Job fails and the success stays counted.
  test('job_controller.go syncJob: the backoff limit is judged before completions, so the Job fails', () => {
    const s = scenario(indexed('completions: 2\nparallelism: 2\nbackoffLimit: 0'),
      exits([['pi-0-*', '10s', 0], ['pi-1-*', '10s', 1]]));
    const { job } = run(s);
    expect(conditionsOf(job)).toEqual([['FailureTarget', 'BackoffLimitExceeded',
      'Job has reached the specified backoff limit', 10_000], ['Failed', 'BackoffLimitExceeded',
      'Job has reached the specified backoff limit', 10_000]]);
    expect([job.status?.succeeded, job.status?.failed, job.status?.completedIndexes]).toEqual([1, 1, '0']);
  });
});

describe('backoffLimitPerIndex and maxFailedIndexes (job_controller.go syncJob, indexed_job_utils.go)', () => {
  test('an index retries on its own back-off, then fails the Job with FailedIndexes once every index settled', () => {
    const s = scenario(indexed('completions: 3\nparallelism: 3\nbackoffLimitPerIndex: 1'),
      exits([['pi-1-*', '1s', 1]]));
    const { job, said, sim } = run(s);
    // Index 1 fails at 1 s (failure count 0 < 1): its replacement waits 10 s (getRemainingTimePerIndex, count
    // 0 + 1) and carries job-index-failure-count 1; it fails at 12 s, 1 >= 1, so index 1 fails
    // (isIndexFailed). Indexes 0 and 2 succeeded at 10 s: 1 failed + 2 succeeded >= 3 completions.
    expect(said('SuccessfulCreate').map((e) => e.at)).toEqual([0, 0, 0, 11_000]);
    const counts = tvalues(sim.state.pods).filter((p) => p.metadata.name.startsWith('pi-1-'))
      .sort((a, b) => a.metadata.creationTimestamp! - b.metadata.creationTimestamp!).map((p) =>
        p.metadata.annotations?.['batch.kubernetes.io/job-index-failure-count']);
    expect(counts).toEqual(['0', '1']);
    expect(conditionsOf(job)).toEqual([['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 12_000],
      ['Failed', 'FailedIndexes', 'Job has failed indexes', 12_000]]);
    expect([job.status?.failedIndexes, job.status?.completedIndexes, job.status?.succeeded, job.status?.failed])
      .toEqual(['1', '0,2', 2, 2]);
    expect(said('FailedIndexes').map((e) => [e.at, e.eventType])).toEqual([[12_000, 'Warning']]);
  });

  test('more failed indexes than maxFailedIndexes fail the Job at once and its running pods count as failed', () => {
    const s = scenario(indexed('completions: 3\nparallelism: 3\nbackoffLimitPerIndex: 0\nmaxFailedIndexes: 0'),
      exits([['pi-1-*', '1s', 1], ['pi-0-*', '1h', 0], ['pi-2-*', '1h', 0]]));
    const { job, said } = run(s);
    expect(conditionsOf(job)?.map((c) => c.slice(0, 3))).toEqual([
      ['FailureTarget', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes'],
      ['Failed', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes']]);
    expect(said('SuccessfulDelete').map((e) => e.at)).toEqual([1000, 1000]);
    expect([job.status?.failedIndexes, job.status?.failed]).toEqual(['1', 3]);
  });

  test('a podFailurePolicy FailIndex rule fails the index at its first matching failure (isIndexFailed)', () => {
    const s = scenario(indexed('completions: 2\nparallelism: 2\nbackoffLimitPerIndex: 6\npodFailurePolicy:\n' +
      '  rules:\n  - {action: FailIndex, onExitCodes: {operator: In, values: [42]}}'),
    exits([['pi-0-*', '1s', 42]]));
    const { job, said } = run(s);
    expect(said('SuccessfulCreate')).toHaveLength(2);
    expect(conditionsOf(job)?.at(-1)).toEqual(['Failed', 'FailedIndexes', 'Job has failed indexes', 10_000]);
    expect([job.status?.failedIndexes, job.status?.completedIndexes, job.status?.failed]).toEqual(['0', '1', 1]);
  });

  test('status.failedIndexes is written as "" while no index failed', () => {
    const { job } = run(scenario(indexed('completions: 2\nparallelism: 2\nbackoffLimitPerIndex: 1')));
    expect([job.status?.failedIndexes, job.status?.completedIndexes]).toEqual(['', '0,1']);
    expect(conditionsOf(job)?.at(-1)?.[0]).toBe('Complete');
  });
});

describe('successPolicy (success_policy.go matchSuccessPolicy)', () => {
  test('unit: succeededIndexes needs all its indexes, or succeededCount of them; succeededCount alone counts all',
    () => {
    const p = (rules: object[]) => ({ rules });
    expect(matchSuccessPolicy(p([{ succeededIndexes: '0-4', succeededCount: 2 }]), 5, new Set([1, 3])))
      .toBe('Matched rules at index 0');
    expect(matchSuccessPolicy(p([{ succeededIndexes: '0-4', succeededCount: 2 }]), 5, new Set([1]))).toBeUndefined();
    expect(matchSuccessPolicy(p([{ succeededIndexes: '7-9' }, { succeededCount: 1 }]), 5, new Set([4])))
      .toBe('Matched rules at index 1');
    expect(matchSuccessPolicy(p([{ succeededCount: 1 }]), 5, new Set())).toBeUndefined();
  });

  test('a met rule sets SuccessCriteriaMet, deletes the running pods, then Complete with the same reason', () => {
    const s = scenario(indexed('completions: 5\nparallelism: 5\nsuccessPolicy:\n  rules:\n' +
      '  - {succeededIndexes: "3-4"}\n  - {succeededCount: 2}'),
    exits([['pi-0-*', '5s', 0], ['pi-1-*', '5s', 0], ['pi-[234]-*', '1h', 0]]));
    const { job, said } = run(s);
    expect(conditionsOf(job)).toEqual([['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 1', 5000],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 1', 5000]]);
    expect(said('SuccessfulDelete')).toHaveLength(3);
    expect([job.status?.completedIndexes, job.status?.succeeded, job.status?.completionTime]).toEqual(['0,1', 2, 5000]);
  });
});

test('indexed_job_utils.go orderedIntervals.String writes a run of two as "a,b" and parseIndexes reads it back', () => {
  expect(formatCompletedIndexes([0, 1, 2, 4, 6, 7])).toBe('0-2,4,6,7');
  expect([...parseIndexes('0-2,4,x-1,6-9', 8)]).toEqual([0, 1, 2, 4, 6, 7]);
  expect([...parseIndexes('1,9,3', 5)]).toEqual([1]);
});
