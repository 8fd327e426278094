import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';
import { nextProbeChange, probeOutcome, probeTiming } from './probes.js';
import { kubeEvent } from '../output/kubeEvent.js';

describe('nextProbeChange', () => {
  test.each([
    { name: 'liveness with defaults turns Failure after three failures 10 s apart', probe: {}, b: { failAfter: 25_000 },
      current: 'success', want: { index: 5, t: 50_000, result: 'failure' } },
    { name: 'the first probe runs at initialDelaySeconds', probe: { initialDelaySeconds: 5, periodSeconds: 5 },
      b: { failAfter: 30_000 }, current: 'success', want: { index: 7, t: 40_000, result: 'failure' } },
    { name: 'readiness starts Failure and passes at the first probe after passAfter', probe: { periodSeconds: 3 },
      b: { passAfter: 10_000 }, current: 'failure', want: { index: 4, t: 12_000, result: 'success' } },
    { name: 'successThreshold needs that many consecutive successes', probe: { periodSeconds: 2, successThreshold: 3 },
      b: { passAfter: 1 }, current: 'failure', want: { index: 3, t: 6_000, result: 'success' } },
    { name: 'a failure streak shorter than failureThreshold changes nothing',
      probe: { periodSeconds: 10, failureThreshold: 3 }, b: { failAfter: 15_000, passAfter: 35_000 },
        current: 'success', want: undefined },
    { name: 'a passing probe with no behaviour never changes', probe: {}, b: undefined, current: 'success',
      want: undefined },
    { name: 'a startup probe (Unknown) succeeds at its first passing probe', probe: { periodSeconds: 10 }, b: undefined,
      current: 'unknown', want: { index: 0, t: 0, result: 'success' } },
    { name: 'a startup probe that never passes fails after failureThreshold probes',
      probe: { periodSeconds: 10, failureThreshold: 30 }, b: { passAfter: 1_000_000 }, current: 'unknown',
        want: { index: 29, t: 290_000, result: 'failure' } },
  ] as const)('$name', ({ probe, b, current, want }) => {
    expect(nextProbeChange(probeTiming(probe), probeOutcome(b), 0, current, 0)).toEqual(want);
  });

  test('probes before the startup probe passed are skipped (minT)', () => {
    expect(nextProbeChange(probeTiming({ periodSeconds: 10 }), probeOutcome(undefined), 0, 'failure', 25_000)).toEqual(
      { index: 3, t: 30_000, result: 'success' });
  });
  test('a probeFail fault fails every probe from its time on', () => {
    expect(nextProbeChange(probeTiming({ periodSeconds: 10 }), probeOutcome(undefined, 41_000), 0, 'success',
      0)).toEqual({ index: 7, t: 70_000, result: 'failure' });
  });
  test('the search goes on from the probe after the last change', () => {
    const t = probeTiming({ periodSeconds: 5 });
    const o = probeOutcome({ failAfter: 20_000, passAfter: 60_000 });
    expect(nextProbeChange(t, o, 0, 'success', 0)).toEqual({ index: 6, t: 30_000, result: 'failure' });
    expect(nextProbeChange(t, o, 7, 'failure', 0)).toEqual({ index: 12, t: 60_000, result: 'success' });
  });
});

const probed = (probes: string, behavior: string, extra = '', until = '3m') => onePod(`  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
      annotations: {kubesim.io/behavior: "${behavior}"}
    spec:
      containers:
      - name: app
        image: "busybox:1.36"
${probes}`, extra, until);

describe('probe timing in a run', () => {
  test('readiness passes at start + initialDelay, to the millisecond, and the pod turns Ready then', () => {
    const { events, state } =
      simulate(
        probed(`        readinessProbe: {httpGet: {path: /, port: 80}, initialDelaySeconds: 7, periodSeconds: 4}`,
          '{probes: {readiness: {passAfter: 7500ms}}}'));
    // Started at 2 s; probes at 9 s (fails: 7 s < 7.5 s), 13 s (passes).
    expect(timeline(events, 'p').filter((l) => l.includes('Probe'))).toEqual(['13000 ProbeSucceeded app readiness']);
    const ready = podNamed(state, 'p')!.status.conditions.find((c) => c.type === 'Ready');
    expect(ready).toEqual({ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: 13000 });
  });

  test('liveness failure kills and restarts the container at the third failed probe', () => {
    const { events } =
      simulate(
        probed(`        livenessProbe: {exec: {command: [cat, /tmp/healthy]}, initialDelaySeconds: 5, periodSeconds: ` +
          `5}`, '{probes: {liveness: {failAfter: 30s}}}', '', '60s'));
    expect(timeline(events, 'p').slice(3)).toEqual([
      '2000 ImagePulled app 2000',
      '2000 ContainerCreated app #0',
      '2000 ContainerStarted app',
      '42000 ProbeFailed app liveness',
      '42000 Killing app Container app failed liveness probe, will be restarted',
      '42000 ContainerExited app 0 Completed',
      '42000 ImagePulled app present',
      '42000 ContainerCreated app #1',
      '42000 ContainerStarted app',
    ]);
  });

  test('the liveness failure reads like the docs example (kubectl describe)', () => {
    const { events } =
      simulate(
        probed(`        livenessProbe: {exec: {command: [cat, /tmp/healthy]}, initialDelaySeconds: 5, periodSeconds: ` +
          `5}`, '{probes: {liveness: {failAfter: 30s}}}', '', '60s'));
    const failed = events.find((e) => e.type === 'ProbeFailed');
    expect(failed && kubeEvent(failed)).toEqual({ type: 'Warning', reason: 'Unhealthy', object: 'pod/p',
      message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory" });
  });

  test('startup gates liveness and readiness: they count only from the startup success', () => {
    const { events } =
      simulate(probed(`        startupProbe: {tcpSocket: {port: 80}, periodSeconds: 10, failureThreshold: 30}
        readinessProbe: {tcpSocket: {port: 80}, periodSeconds: 10}
        livenessProbe: {tcpSocket: {port: 80}, periodSeconds: 10}`, '{probes: {startup: {passAfter: 25s}}}'));
    // Started at 2 s; startup probes at 2, 12, 22, 32 s -> success at 32 s; readiness's next probe at 32 s counts.
    expect(timeline(events, 'p').filter((l) => l.includes('Probe'))).toEqual(
      ['32000 ProbeSucceeded app startup', '32000 ProbeSucceeded app readiness']);
  });

  test('a probeFail fault turns readiness to Failure after failureThreshold probes, once', () => {
    const { events, state } =
      simulate(probed(`        readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 10}`, '{}', `timeline:
  - {at: 41s, fault: {type: probeFail, pod: p, probe: readiness}}`));
    // Probes at 2 s + k * 10 s: 42, 52 and 62 s fail.
    expect(timeline(events, 'p').filter((l) => l.includes('Probe'))).toEqual(
      ['2000 ProbeSucceeded app readiness', '62000 ProbeFailed app readiness']);
    expect(podNamed(state, 'p')!.status.conditions.find((c) => c.type === 'Ready')?.status).toBe('False');
  });
});
