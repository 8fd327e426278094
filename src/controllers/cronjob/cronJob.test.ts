import { CronDate, CronExpressionParser } from 'cron-parser';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { batchSimulation } from '../../../test-support/batch.js';
import type { ClusterEvent } from '../../events/index.js';
import { cronJobController, type CronJob } from './cronJob.js';
import { getJobName, mostRecentScheduleTime, parseSchedule, rfc3339InZone } from './cronJobSchedule.js';
import { jobController } from '../job/job.js';
import { getObject, objectKeys } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

const scenario = (spec: string, opts: { until?: string; behaviors?: string; startTime?: string } = {}) =>
  scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: cron}
seed: 3
until: ${opts.until ?? '10m'}
${opts.startTime ? `startTime: "${opts.startTime}"` : ''}
nodes:
  - {namePrefix: node-, count: 1, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
manifests:
  - apiVersion: batch/v1
    kind: CronJob
    metadata: {name: hello}
    spec:
${spec.split('\n').map((l) => `      ${l}`).join('\n')}
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{name: hello, image: busybox}]
${opts.behaviors ? `behaviors:\n${opts.behaviors}` : ''}
`);

type CE = Extract<ClusterEvent, { type: 'ControllerEvent' }>;
function run(s: ReturnType<typeof scenario>) {
  const { sim, events } = batchSimulation(s, [jobController, cronJobController]);
  sim.run();
  const said = (reason: string) => events.filter((e): e is CE => e.type === 'ControllerEvent'
    && e.resource === 'cronjobs' && e.reason === reason);
  return { sim, events, said, cj: getObject(sim.state, 'cronjobs', 'default/hello')! as CronJob };
}

describe('cron schedules', () => {
  test.each([
    { name: 'every minute from midnight', schedule: '* * * * *', from: Date.UTC(2026, 0, 1),
      want: Date.UTC(2026, 0, 1, 0, 1) },
    { name: 'a time zone shifts the hour', schedule: '0 9 * * *', tz: 'Europe/Berlin', from: Date.UTC(2026, 0, 1),
      want: Date.UTC(2026, 0, 1, 8, 0) },
    { name: 'the @hourly macro', schedule: '@hourly', from: Date.UTC(2026, 0, 1, 0, 30),
      want: Date.UTC(2026, 0, 1, 1, 0) },
  ])('$name', ({ schedule, tz, from, want }) => {
    const s = parseSchedule(schedule, tz);
    if ('error' in s) throw new Error(s.error);
    expect(s.next(from)).toBe(want);
  });

  test('a bad schedule is an error, not an exception', () => {
    expect(parseSchedule('61 * * * *')).toEqual({ error: 'Constraint error, got value 61 expected range 0-59' });
  });

  test('missed times are counted as utils.go approximates them (intervals between t1 and now, plus one)', () => {
    const s = parseSchedule('* * * * *') as { next(t: number): number };
    expect(mostRecentScheduleTime(s, 0, 500 * 60_000 + 5)).toEqual(
      { time: 500 * 60_000, missed: 500, next: 501 * 60_000 });
    expect(mostRecentScheduleTime(s, 0, 3 * 60_000)).toEqual({ time: 3 * 60_000, missed: 3, next: 4 * 60_000 });
    expect(mostRecentScheduleTime(s, 60_000, 90_000)).toEqual({ missed: 0, next: 120_000 });
  });

  test('a schedule that fires every day alike answers as the parser steps it, at and between its times', () => {
    // Minute and hour fields as CronJobs write them; day-of-month, month and day-of-week all `*`.
    const field = (max: number) => fc.oneof(fc.constant('*'), fc.integer({ min: 1, max: 20 }).map((k) => `*/${k}`),
      fc.tuple(fc.nat(max), fc.integer({ min: 1, max: 30 })).map(([a, k]) => `${a}-${max}/${k}`),
      fc.uniqueArray(fc.nat(max), { minLength: 1, maxLength: 4 }).map((v) => v.join(',')));
    const at = fc.tuple(fc.integer({ min: -3, max: 60 }), fc.nat(86_399_999)).map(([d, ms]) => Date.UTC(2026, 0, 1)
      + d * 86_400_000 + ms);
    fc.assert(fc.property(field(59), field(23), fc.array(at, { minLength: 1, maxLength: 20 }), (m, h, times) => {
      const schedule = `${m} ${h} * * *`;
      const fast = parseSchedule(schedule) as { next(t: number): number };
      const expr = CronExpressionParser.parse(schedule, { currentDate: 0, tz: 'UTC' });
      const step = (t: number): number => { expr.reset(new CronDate(t, 'UTC')); return expr.next().getTime(); };
      // Each time, the minute it falls in, and the fire time found from it (an exact hit must step past it).
      for (const t of times) for (const u of [t, t - (t % 60_000), step(t)]) expect(fast.next(u)).toBe(step(u));
    }), { numRuns: 300, seed: 3 });
  });

  test('Job names carry the scheduled time in unix minutes', () => {
    expect(getJobName('hello', Date.UTC(2026, 0, 1, 0, 1))).toBe('hello-29453761');
  });
});

describe('CronJob controller', () => {
  test('every minute for 10 minutes: 10 Jobs, 3 successful kept, status tracks the last run', () => {
    // cronjob_controllerv2.go nextScheduleDelta: each Job is created 100 ms after its schedule time.
    const { said, cj, sim } = run(scenario(`schedule: "* * * * *"`, { until: '601s' }));
    expect(said('SuccessfulCreate').map((e) => e.at)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => m * 60_000 + 100));
    expect(said('SuccessfulCreate')[0].message).toBe('Created job hello-29453761');
    // Three successful Jobs kept (successfulJobsHistoryLimit 3) and the one running.
    expect(objectKeys(sim.state, 'jobs')).toEqual(['default/hello-29453767', 'default/hello-29453768',
      'default/hello-29453769', 'default/hello-29453770']);
    expect(cj.status).toEqual({
      active: [{ apiVersion: 'batch/v1', kind: 'Job', namespace: 'default', name: 'hello-29453770',
        uid: getObject(sim.state, 'jobs', 'default/hello-29453770')!.metadata.uid }],
      lastScheduleTime: 600_000, lastSuccessfulTime: 550_100,
    });
  });

  test('Forbid never starts a Job while one runs; the missed run starts when it finishes', () => {
    const { said, events } = run(scenario(`schedule: "* * * * *"\nconcurrencyPolicy: Forbid`,
      { until: '5m', behaviors: '  - {match: {pod: "hello-*"}, exitAfter: 90s}' }));
    // 1m: start; 2m: forbidden; 2m30s: finished -> the 2m run starts late; 3m: forbidden;
    // 4m: the schedule sync runs before the Job's completion is seen (forbidden), then the 4m run starts.
    expect(said('SuccessfulCreate').map((e) => e.at / 1000)).toEqual([60.1, 150.1, 240.1]);
    expect(said('JobAlreadyActive').map((e) => e.at / 1000)).toEqual([120.1, 180.1, 240.1]);
    expect(events.filter((e) => e.type === 'Warning')).toEqual([]);
  });

  test('Replace deletes the running Job before starting the next', () => {
    const { said } = run(scenario(`schedule: "*/2 * * * *"\nconcurrencyPolicy: Replace`,
      { until: '5m', behaviors: '  - {match: {pod: "hello-*"}, exitAfter: 1h}' }));
    expect(said('SuccessfulDelete').map((e) => [e.at / 1000, e.message])).toEqual(
      [[240.1, 'Deleted job hello-29453762']]);
    expect(said('SuccessfulCreate').map((e) => e.at / 1000)).toEqual([120.1, 240.1]);
  });

  test('suspend: no Jobs start', () => {
    const { said } = run(scenario(`schedule: "* * * * *"\nsuspend: true`));
    expect(said('SuccessfulCreate')).toEqual([]);
  });

  test('startingDeadlineSeconds: a start that comes too late is missed', () => {
    const { said } = run(scenario(`schedule: "* * * * *"\nconcurrencyPolicy: Forbid\nstartingDeadlineSeconds: 10`,
      { until: '4m', behaviors: '  - {match: {pod: "hello-*"}, exitAfter: 90s}' }));
    // The 2m run cannot start (Forbid); when the 1m Job finishes at 2m30s, 2m is outside the
    // 10 s window (mostRecentScheduleTime with the deadline), so nothing starts until 3m.
    expect(said('SuccessfulCreate').map((e) => e.at / 1000)).toEqual([60.1, 180.1]);
    expect(said('MissSchedule')).toEqual([]);
  });
});

describe('CronJob fidelity (cronjob_controllerv2.go, utils.go, robfig/cron constantdelay.go)', () => {
  test('@every 90s: Every(d), next = t without its sub-second part + d', () => {
    const s = parseSchedule('@every 1m30s') as { next(t: number): number };
    expect(s.next(0)).toBe(90_000);
    expect(s.next(90_500)).toBe(180_000);
    expect((parseSchedule('@every 500ms') as { next(t: number): number }).next(0)).toBe(1_000); // at least 1 s
  });
  test('the scheduled-timestamp annotation is written in spec.timeZone (scheduledTime.In(loc).Format(RFC3339))', () => {
    expect(rfc3339InZone(Date.UTC(2026, 0, 1, 0, 0), 'Asia/Tokyo')).toBe('2026-01-01T09:00:00+09:00');
    expect(rfc3339InZone(Date.UTC(2026, 6, 1, 12, 0), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(rfc3339InZone(Date.UTC(2026, 0, 1, 0, 0), undefined)).toBe('2026-01-01T00:00:00Z');
  });
  test('a Job of a CronJob with a time zone carries the local scheduled time', () => {
    const { sim } = run(scenario(`schedule: "* * * * *"\ntimeZone: Asia/Kolkata`, { until: '70s' }));
    const job = getObject(sim.state, 'jobs', 'default/hello-29453761')!;
    expect(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe(
      '2026-01-01T05:31:00+05:30');
  });
});
