import { describe, expect, test } from 'vitest';
import { tvalues } from '../reducers/table.js';
import { onePod, simulate, timeline } from '../../test-support/kubelet.js';
import { terminationPlan } from './termination.js';

describe('terminationPlan', () => {
  test.each([
    { name: 'no preStop: TERM at once and a well-behaved exit', grace: 30_000, preStop: undefined, termDelay: 0,
      want: { termAt: 0, exitAt: 0, killed: false, preStopOverran: false } },
    { name: 'a preStop within the grace period delays TERM', grace: 30_000, preStop: 5_000, termDelay: 0,
      want: { termAt: 5_000, exitAt: 5_000, killed: false, preStopOverran: false } },
    { name: 'a slow exit within the rest of the grace period', grace: 30_000, preStop: 5_000, termDelay: 20_000,
      want: { termAt: 5_000, exitAt: 25_000, killed: false, preStopOverran: false } },
    { name: 'a process ignoring TERM is killed at the end of the grace period', grace: 30_000, preStop: 5_000,
      termDelay: 60_000, want: { termAt: 5_000, exitAt: 30_000, killed: true, preStopOverran: false } },
    { name: 'a preStop overrunning the grace period is cut off, then 2 s more before KILL', grace: 30_000,
      preStop: 40_000, termDelay: 60_000, want: { termAt: 30_000, exitAt: 32_000, killed: true,
        preStopOverran: true } },
    { name: 'a grace period under 2 s still gives 2 s after TERM', grace: 1_000, preStop: undefined, termDelay: 60_000,
      want: { termAt: 0, exitAt: 2_000, killed: true, preStopOverran: false } },
  ])('$name', ({ grace, preStop, termDelay, want }) => {
    expect(terminationPlan(0, grace, preStop, termDelay)).toEqual(want);
  });
});

const lifecycle = (behavior: string, grace = 30) => onePod(`  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
      annotations: {kubesim.io/behavior: "${behavior}"}
    spec:
      terminationGracePeriodSeconds: ${grace}
      containers:
      - name: app
        image: "nginx:1.25"
        lifecycle:
          preStop: {exec: {command: [/usr/sbin/nginx, -s, quit]}}`, `timeline:
  - {at: 10s, delete: {kind: Pod, name: p}}`, '2m');

describe('the termination sequence', () => {
  test('preStop, TERM, a clean exit, then the pod is deleted', () => {
    const { events } = simulate(lifecycle('{preStop: {duration: 4s}, termDelay: 1s}'));
    expect(timeline(events, 'p').slice(-4)).toEqual([
      '10000 PodTerminating 30',
      '10000 Killing app Stopping container app',
      '15000 ContainerExited app 0 Completed',
      '15000 PodDeleted',
    ]);
  });

  test('a preStop that overruns the grace period gets the 2 s extension, then KILL (137)', () => {
    const { events } = simulate(lifecycle('{preStop: {duration: 60s}, termDelay: 10s}', 5));
    expect(timeline(events, 'p').slice(-4)).toEqual([
      '10000 PodTerminating 5',
      '10000 Killing app Stopping container app',
      '17000 ContainerExited app 137 Error',
      '17000 PodDeleted',
    ]);
  });

  test('a force delete with grace 0 removes the pod at once', () => {
    const s =
      onePod(`  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: app, image: ` +
        `"nginx:1.25"}]}}`, `timeline:
  - {at: 10s, delete: {kind: Pod, name: p, gracePeriodSeconds: 0, force: true}}`, '1m');
    expect(timeline(simulate(s).events, 'p').slice(-1)).toEqual(['10000 PodDeleted']);
  });

  test('activeDeadlineSeconds fails the pod with DeadlineExceeded and stops its containers', () => {
    const s =
      onePod(`  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {activeDeadlineSeconds: 30, containers: ` +
        `[{name: app, image: "nginx:1.25"}]}}`, '', '1m');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').slice(-3)).toEqual([
      '30000 PodStatusPatched Failed DeadlineExceeded',
      '30000 Killing app Stopping container app',
      '30000 ContainerExited app 0 Completed',
    ]);
    const pod = tvalues(state.pods)[0];
    expect(pod.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded',
      message: 'Pod was active on the node longer than the specified deadline' });
  });
});
