import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';
import { stateOf } from '../../test-support/workloads.js';
import { tvalues } from '../reducers/table.js';

const pod = (policy: string, annotations = '{}') => `  - apiVersion: v1
    kind: Pod
    metadata: {name: p, annotations: ${annotations}}
    spec:
      restartPolicy: ${policy}
      initContainers:
      - {name: side, image: "envoy:1.30", restartPolicy: Always}
      containers:
      - {name: app, image: "nginx:1.27"}`;

const setImage = (at: string, container: string, image: string) =>
  `timeline:\n  - {at: ${at}, setImage: {kind: Pod, name: p, container: ${container}, image: "${image}"}}`;

const killsAndStarts = (lines: string[]) => lines.filter((l) => /Killing|ContainerStarted|ImagePulling|Exited/.test(l));

describe('in-place image update of a pod (kubectl set image pod/p)', () => {
  test('a running app container is killed as "definition changed" and started again from the new image', () => {
    const { events, state } = simulate(onePod(pod('Always'), setImage('30s', 'app', 'nginx:1.28'), '1m'));
    expect(killsAndStarts(timeline(events, 'p')).filter((l) => !l.startsWith('0 ') && !/side/.test(l))).toEqual([
      '2000 ImagePulling app', '4000 ContainerStarted app',
      '30000 Killing app Container app definition changed, will be restarted',
      '30000 ContainerExited app 0 Completed', '30000 ImagePulling app', '32000 ContainerStarted app']);
    const p = podNamed(state, 'p')!;
    expect(p.spec.containers[0].image).toBe('nginx:1.28');
    expect(p.status.containerStatuses![0]).toMatchObject({ image: 'nginx:1.28', restartCount: 1, ready: true });
    expect(p.status.containerStatuses![0].state.running).toBeDefined();
    expect(p.status.initContainerStatuses![0]).toMatchObject({ image: 'envoy:1.30', restartCount: 0 });
  });

  test('restartPolicy Never: the changed container restarts all the same (the spec changed)', () => {
    const { events, state } = simulate(onePod(pod('Never'), setImage('30s', 'app', 'nginx:1.28'), '1m'));
    expect(timeline(events, 'p')).toContain('32000 ContainerStarted app');
    expect(podNamed(state, 'p')!.status).toMatchObject({ phase: 'Running' });
  });

  test('a running sidecar: "Init container X definition changed", restarted', () => {
    const { events, state } = simulate(onePod(pod('Always'), setImage('30s', 'side', 'envoy:1.31'), '1m'));
    expect(timeline(events, 'p').filter((l) => l.startsWith('30000 Killing'))).toEqual([
      '30000 Killing side Init container side definition changed']);
    expect(podNamed(state, 'p')!.status.initContainerStatuses![0]).toMatchObject({ image: 'envoy:1.31',
      restartCount: 1 });
    expect(podNamed(state, 'p')!.status.containerStatuses![0]).toMatchObject({ restartCount: 0 });
  });

  test('a container that finished for good is not started again; the spec still changes', () => {
    const { events, state } = simulate(onePod(pod('Never', '{kubesim.io/behavior.app: "{exitAfter: 5s}"}'),
      setImage('30s', 'app', 'nginx:1.28'), '1m'));
    expect(timeline(events, 'p').filter((l) => /Killing|ContainerStarted app/.test(l) && !l.includes('side'))
      .filter((l) => Number(l.split(' ')[0]) >= 30_000)).toEqual([]);
    expect(podNamed(state, 'p')!.spec.containers[0].image).toBe('nginx:1.28');
    expect(podNamed(state, 'p')!.status.phase).toBe('Succeeded');
  });

  test('an apply of the pod with a new image updates it in place; any other spec change is a warning', () => {
    const applied = (container: string) => `timeline:
  - at: 30s
    apply:
    - apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers: [{name: side, image: "envoy:1.30", restartPolicy: Always}]
        containers: [${container}]`;
    const image = simulate(onePod(pod('Always'), applied('{name: app, image: "nginx:1.28"}'), '1m'));
    expect(image.events.filter((e) => e.type === 'PodSpecUpdated')).toMatchObject(
      [{ at: 30_000, images: { app: 'nginx:1.28' } }]);
    const ports = simulate(onePod(pod('Always'), applied('{name: app, image: "nginx:1.28", ports: [{containerPort: ' +
      '80}]}'), '1m'));
    expect(ports.events.filter((e) => e.type === 'PodSpecUpdated')).toEqual([]);
    expect(ports.events.filter((e) => e.type === 'Warning').map((e) => e.message)).toContainEqual(
      expect.stringMatching(/pod specs are immutable beyond container images/));
  });

  test('an unknown container name is a warning with kubectl\'s words; the log replays to the live state', () => {
    const unknown = simulate(onePod(pod('Always'), setImage('30s', 'web', 'nginx:1.28'), '1m'));
    expect(unknown.events.filter((e) => e.type === 'Warning').map((e) => e.message)).toContain(
      'set image: unable to find container named "web"');
    const { events, state } = simulate(onePod(pod('Always'), setImage('30s', 'app', 'nginx:1.28'), '1m'));
    expect([...tvalues(stateOf(events).pods)]).toEqual([...tvalues(state.pods)]);
  });
});

describe('in-place activeDeadlineSeconds (kubectl patch pod p -p {"spec":{"activeDeadlineSeconds":N}})', () => {
  const deadlineAt = (at: string, seconds: number | null) => `timeline:
  - at: ${at}
    apply:
    - apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        ${seconds === null ? '' : `activeDeadlineSeconds: ${seconds}`}
        initContainers: [{name: side, image: "envoy:1.30", restartPolicy: Always}]
        containers: [{name: app, image: "nginx:1.27"}]`;
  const failedAt = (events: readonly { type: string; at: number; reason?: string }[]) =>
    events.filter((e) => e.type === 'PodStatusPatched' && e.reason === 'DeadlineExceeded').map((e) => e.at);

  test('set on a running pod: it fails at status.startTime + the deadline, or at once when that has passed', () => {
    expect(failedAt(simulate(onePod(pod('Always'), deadlineAt('30s', 40), '2m')).events)).toEqual([40_000]);
    const late = simulate(onePod(pod('Always'), deadlineAt('30s', 10), '2m'));
    expect(failedAt(late.events)).toEqual([30_000]);
    expect(podNamed(late.state, 'p')!.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' });
    expect(podNamed(late.state, 'p')!.spec.activeDeadlineSeconds).toBe(10);
  });

  test('lowered: the earlier deadline holds; raised or removed: refused in the API server\'s words', () => {
    const lowered = `${deadlineAt('10s', 50)}\n${deadlineAt('20s', 30).replace('timeline:\n', '')}`;
    expect(failedAt(simulate(onePod(pod('Always'), lowered, '2m')).events)).toEqual([30_000]);
    const raised = `${deadlineAt('10s', 50)}\n${deadlineAt('20s', 90).replace('timeline:\n', '')}`;
    const r = simulate(onePod(pod('Always'), raised, '2m'));
    expect(failedAt(r.events)).toEqual([50_000]);
    expect(r.events.filter((e) => e.type === 'Warning').map((e) => e.message)).toContainEqual(expect.stringMatching(
      /spec.activeDeadlineSeconds: Invalid value: 90: must be less than or equal to previous value/));
    const removed = `${deadlineAt('10s', 50)}\n${deadlineAt('20s', null).replace('timeline:\n', '')}`;
    expect(simulate(onePod(pod('Always'), removed, '2m')).events.filter((e) => e.type === 'Warning')
      .map((e) => e.message)).toContainEqual(expect.stringMatching(
        /activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value/));
  });
});
