import { expect, test } from 'vitest';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';

test('a plain pod: sandbox, 2 s image pull, created and started; its whole status', () => {
  const { events, state } =
    simulate(
      onePod(`  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: app, image: ` +
        `"nginx:1.25"}]}}`, '', '1m'));
  expect(timeline(events, 'p')).toEqual([
    '0 PodCreated', '0 PodSandboxReady 10.128.0.2', '0 ImagePulling app', '2000 ImagePulled app 2000',
      '2000 ContainerCreated app #0', '2000 ContainerStarted app',
  ]);
  const c = (type: string, t: number) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: t });
  expect(podNamed(state, 'p')!.status).toEqual({
    phase: 'Running',
    conditions: [c('PodReadyToStartContainers', 0), c('Initialized', 0), c('Ready', 2000), c('ContainersReady', 2000),
      { type: 'PodScheduled', status: 'True', lastTransitionTime: 0, lastProbeTime: null }],
    qosClass: 'BestEffort',
    podIP: '10.128.0.2', podIPs: [{ ip: '10.128.0.2' }], hostIP: '10.0.0.4', hostIPs: [{ ip: '10.0.0.4' }],
      startTime: 0,
    containerStatuses: [{
      name: 'app', image: 'nginx:1.25', imageID: 'docker.io/library/nginx@sha256:sim', ready: true, started: true,
        restartCount: 0,
      state: { running: { startedAt: 2000 } }, lastState: {},
        containerID: expect.stringMatching(/^containerd:\/\/[0-9a-f]{32}$/),
    }],
  });
});

test('hostNetwork pods take the node IP; other pods get consecutive IPs from the node CIDR', () => {
  const { state } =
    simulate(
      onePod(`  - {apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {containers: [{name: app, image: ` +
        `"nginx:1.25"}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: b}, spec: {hostNetwork: true, containers: [{name: app, image: ` +
    `"nginx:1.25"}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: c}, spec: {containers: [{name: app, image: "nginx:1.25"}]}}`, '',
    '10s'));
  expect(['a', 'b', 'c'].map((n) => podNamed(state, n)!.status.podIP)).toEqual(
    ['10.128.0.2', '10.0.0.4', '10.128.0.3']);
  // The pods of one node share one frozen hostIPs list (reducers/pods.ts hostIPsOf), equal to a fresh one.
  const [a, c] = ['a', 'c'].map((n) => podNamed(state, n)!.status.hostIPs);
  expect(a).toEqual([{ ip: '10.0.0.4' }]);
  expect(c).toBe(a);
  expect(Object.isFrozen(a) && Object.isFrozen(a![0])).toBe(true);
});
