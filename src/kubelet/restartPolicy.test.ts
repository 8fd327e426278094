import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate } from '../../test-support/kubelet.js';

type Outcome = 'exit 0' | 'exit 1' | 'OOM';
const behaviour: Record<Outcome, string> = {
  'exit 0': '{exitAfter: 10s, exitCode: 0}',
  'exit 1': '{exitAfter: 10s, exitCode: 1}',
  OOM: '{memory: {steps: [{at: 0s, memory: 50Mi}, {at: 10s, memory: 200Mi}]}}',
};

function scenario(containers: 1 | 2, outcome: Outcome, policy: string): string {
  const b = containers === 2 ? `\n      - {name: b, image: "busybox:1.36"}` : '';
  return onePod(`  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
      annotations:
        kubesim.io/behavior.a: "${behaviour[outcome]}"
        kubesim.io/behavior.b: "{exitAfter: 20s}"
    spec:
      restartPolicy: ${policy}
      containers:
      - {name: a, image: "busybox:1.36", resources: {limits: {memory: 100Mi}}}${b}`, '', '60s');
}

// Container a starts at 2 s (2 s image pull) and ends at 12 s; restarts: at once (12 s), then after
// 10 s of back-off (exit 22 s -> start 32 s), then 20 s (exit 42 s -> start 62 s, after the end).
// Container b exits 0 at 22 s; with Always it restarts at 22 s and 52 s (exit 42 s + 10 s).
test.each([
  { name: 'one container exiting 0 under Always keeps restarting', n: 1, outcome: 'exit 0', policy: 'Always',
    phase: 'Running', restarts: [2] },
  { name: 'one container exiting 0 under OnFailure succeeds', n: 1, outcome: 'exit 0', policy: 'OnFailure',
    phase: 'Succeeded', restarts: [0] },
  { name: 'one container exiting 0 under Never succeeds', n: 1, outcome: 'exit 0', policy: 'Never', phase: 'Succeeded',
    restarts: [0] },
  { name: 'one container exiting 1 under Always crash-loops', n: 1, outcome: 'exit 1', policy: 'Always',
    phase: 'Running', restarts: [2] },
  { name: 'one container exiting 1 under OnFailure crash-loops', n: 1, outcome: 'exit 1', policy: 'OnFailure',
    phase: 'Running', restarts: [2] },
  { name: 'one container exiting 1 under Never fails', n: 1, outcome: 'exit 1', policy: 'Never', phase: 'Failed',
    restarts: [0] },
  { name: 'one OOM-killed container under Always restarts', n: 1, outcome: 'OOM', policy: 'Always', phase: 'Running',
    restarts: [2] },
  { name: 'one OOM-killed container under OnFailure restarts', n: 1, outcome: 'OOM', policy: 'OnFailure',
    phase: 'Running', restarts: [2] },
  { name: 'one OOM-killed container under Never fails', n: 1, outcome: 'OOM', policy: 'Never', phase: 'Failed',
    restarts: [0] },
  { name: 'two containers exiting 0 under Always both restart', n: 2, outcome: 'exit 0', policy: 'Always',
    phase: 'Running', restarts: [2, 2] },
  { name: 'two containers exiting 0 under OnFailure succeed', n: 2, outcome: 'exit 0', policy: 'OnFailure',
    phase: 'Succeeded', restarts: [0, 0] },
  { name: 'two containers exiting 0 under Never succeed', n: 2, outcome: 'exit 0', policy: 'Never', phase: 'Succeeded',
    restarts: [0, 0] },
  { name: 'a failing and a succeeding container under Always both restart', n: 2, outcome: 'exit 1', policy: 'Always',
    phase: 'Running', restarts: [2, 2] },
  { name: 'a failing and a succeeding container under OnFailure: only the failing one restarts', n: 2,
    outcome: 'exit 1', policy: 'OnFailure', phase: 'Running', restarts: [2, 0] },
  { name: 'a failing and a succeeding container under Never: the pod fails', n: 2, outcome: 'exit 1', policy: 'Never',
    phase: 'Failed', restarts: [0, 0] },
  { name: 'an OOM-killed and a succeeding container under Always both restart', n: 2, outcome: 'OOM', policy: 'Always',
    phase: 'Running', restarts: [2, 2] },
  { name: 'an OOM-killed and a succeeding container under OnFailure: only the OOM one restarts', n: 2, outcome: 'OOM',
    policy: 'OnFailure', phase: 'Running', restarts: [2, 0] },
  { name: 'an OOM-killed and a succeeding container under Never: the pod fails', n: 2, outcome: 'OOM', policy: 'Never',
    phase: 'Failed', restarts: [0, 0] },
] as const)('$name', ({ n, outcome, policy, phase, restarts }) => {
  const { state } = simulate(scenario(n, outcome, policy));
  const p = podNamed(state, 'p')!;
  expect(p.status.phase).toBe(phase);
  expect(p.status.containerStatuses!.map((c) => c.restartCount)).toEqual(restarts);
});

describe('what the last termination looks like', () => {
  test('an OOM kill is exit code 137, reason OOMKilled, at the memory step', () => {
    const { state } = simulate(scenario(1, 'OOM', 'Never'));
    const a = podNamed(state, 'p')!.status.containerStatuses![0];
    expect(a.state).toEqual({ terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: 2000, finishedAt: 12000,
      containerID: a.containerID } });
  });
  test('a crash-looping container waits in CrashLoopBackOff with its last termination kept', () => {
    const { state } = simulate(scenario(1, 'exit 1', 'Always'));
    const a = podNamed(state, 'p')!.status.containerStatuses![0];
    expect(a.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(a.state.waiting?.message).toBe(
      `back-off 20s restarting failed container=a pod=p_default(${podNamed(state, 'p')!.metadata.uid})`);
    expect(a.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error', startedAt: 32000, finishedAt: 42000 });
  });
});
