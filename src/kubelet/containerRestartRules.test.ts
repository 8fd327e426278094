import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate } from '../../test-support/kubelet.js';
import { containerShouldRestart, isContainerRestartable } from '../api/containerRestart.js';
import type { Container } from '../api/types.js';
import { getPhase } from '../reducers/podStatus.js';
import { asNodeName, asUid } from '../api/ids.js';

// pkg/api/v1/pod/util.go ContainerShouldRestart: the container's matching rule (action Restart)
// first, then its restartPolicy, then the pod's.
describe('ContainerShouldRestart (pkg/api/v1/pod/util.go)', () => {
  const c = (extra: Partial<Container>): Container => ({ name: 'a', image: 'x', ...extra });
  const rule42 = [{ action: 'Restart' as const, exitCodes: { operator: 'In' as const, values: [42] } }];
  test.each([
    { name: 'no container policy: pod Never does not restart', c: c({}), pod: 'Never', code: 1, want: false },
    { name: 'container OnFailure overrides pod Never', c: c({ restartPolicy: 'OnFailure' }), pod: 'Never', code: 1,
      want: true },
    { name: 'container Never overrides pod Always', c: c({ restartPolicy: 'Never' }), pod: 'Always', code: 1,
      want: false },
    { name: 'a Restart rule In [42] restarts on 42', c: c({ restartPolicy: 'Never', restartPolicyRules: rule42 }),
      pod: 'Never', code: 42, want: true },
    { name: 'and falls back to the container policy on 1', c: c({ restartPolicy: 'Never', restartPolicyRules: rule42 }),
      pod: 'Always', code: 1, want: false },
    { name: 'NotIn [0] restarts every failure', c: c({ restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart',
      exitCodes: { operator: 'NotIn', values: [0] } }] }), pod: 'Never', code: 3, want: true },
    { name: 'rules without a container restartPolicy are not read', c: c({ restartPolicyRules: rule42 }),
      pod: 'Never', code: 42, want: false },
  ] as const)('$name', ({ c: container, pod, code, want }) => {
    expect(containerShouldRestart(container, { restartPolicy: pod }, code)).toBe(want);
  });
  test('IsContainerRestartable: a Restart rule makes a Never container restartable', () => {
    expect(isContainerRestartable(c({ restartPolicy: 'Never', restartPolicyRules: rule42 }), {})).toBe(true);
    expect(isContainerRestartable(c({ restartPolicy: 'Never' }), { restartPolicy: 'Always' })).toBe(false);
  });
});

describe('the pod phase with container-level policies (kubelet_pods.go getPhase)', () => {
  const exited = (name: string, exitCode: number) => ({ name, image: 'x', imageID: '', ready: false, started: false,
    restartCount: 0, state: { terminated: { exitCode, finishedAt: 2 } }, lastState: {} });
  const pod = (policy: 'Always' | 'Never', init: Partial<Container>[], apps: Partial<Container>[],
    statuses: { init?: ReturnType<typeof exited>[]; apps?: ReturnType<typeof exited>[] }) => ({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: asUid('u') },
    spec: { nodeName: asNodeName('n'), restartPolicy: policy,
      initContainers: init.map((c, i) => ({ name: `i${i}`, image: 'x', ...c })),
      containers: apps.map((c, i) => ({ name: `a${i}`, image: 'x', ...c })) },
    status: { phase: 'Pending', conditions: [], ...(statuses.init ? { initContainerStatuses: statuses.init } : {}),
      ...(statuses.apps ? { containerStatuses: statuses.apps } : {}) },
  }) as Parameters<typeof getPhase>[0];
  test.each([
    { name: 'pod Never, container OnFailure exited 1: Running (it restarts)',
      p: pod('Never', [], [{ restartPolicy: 'OnFailure' }], { apps: [exited('a0', 1)] }), want: 'Running' },
    { name: 'pod Always, container Never exited 1: Failed',
      p: pod('Always', [], [{ restartPolicy: 'Never' }], { apps: [exited('a0', 1)] }), want: 'Failed' },
    { name: 'pod Always, container Never exited 0: Succeeded',
      p: pod('Always', [], [{ restartPolicy: 'Never' }], { apps: [exited('a0', 0)] }), want: 'Succeeded' },
    { name: 'a failed init container with restartPolicy Never under pod Always: Failed',
      p: pod('Always', [{ restartPolicy: 'Never' }], [{}], { init: [exited('i0', 1)] }), want: 'Failed' },
    { name: 'a failed init container with restartPolicy OnFailure under pod Never: Pending (it restarts)',
      p: pod('Never', [{ restartPolicy: 'OnFailure' }], [{}], { init: [exited('i0', 1)] }), want: 'Pending' },
  ])('$name', ({ p, want }) => expect(getPhase(p)).toBe(want));
});

// End to end through the kubelet: the container starts at 2 s (image pull) and exits 42 after 10 s;
// the rule restarts it (at once, then after 10 s of back-off), so under pod restartPolicy Never the
// pod stays Running; a container exiting 1 falls back to its restartPolicy Never and fails the pod.
test.each([
  { code: 42, phase: 'Running', restarts: 2 },
  { code: 1, phase: 'Failed', restarts: 0 },
])('a restartPolicyRules Restart rule In [42] under pod Never: exit $code -> $phase', ({ code, phase, restarts }) => {
  const { state } = simulate(onePod(`  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
      annotations: {kubesim.io/behavior.a: "{exitAfter: 10s, exitCode: ${code}}"}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: "busybox:1.36"
        restartPolicy: Never
        restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]`, '', '60s'));
  const p = podNamed(state, 'p')!;
  expect(p.status.phase).toBe(phase);
  expect(p.status.containerStatuses![0].restartCount).toBe(restarts);
});
