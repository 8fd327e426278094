import { describe, expect, test } from 'vitest';
import { tvalues } from '../reducers/table.js';
import { podCells } from '../output/printers/pods.js';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';
import { scenarioFrom } from '../../test-support/scenario.js';

const podYaml = (spec: string, annotations = '{}', name = 'p') => `  - apiVersion: v1
    kind: Pod
    metadata: {name: ${name}, annotations: ${annotations}}
    spec:
${spec}`;

describe('init containers and sidecars', () => {
  test('init containers run one at a time in order, then the app containers', () => {
    const s = onePod(podYaml(`      initContainers:
      - {name: init-a, image: "busybox:1.36"}
      - {name: init-b, image: "busybox:1.36"}
      containers:
      - {name: app, image: "busybox:1.36"}`, '{kubesim.io/behavior.init-a: "{exitAfter: 3s}"}'), '', '1m');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Started|Exited/.test(l))).toEqual([
      '2000 ContainerStarted init-a', '5000 ContainerExited init-a 0 Completed',
      '5000 ContainerStarted init-b', '6000 ContainerExited init-b 0 Completed',
      '6000 ContainerStarted app',
    ]);
    const conds = podNamed(state, 'p')!.status.conditions.map((c) => `${c.type}=${c.status}@${c.lastTransitionTime}`);
    expect(conds).toEqual(['PodReadyToStartContainers=True@0', 'Initialized=True@6000', 'Ready=True@6000',
      'ContainersReady=True@6000', 'PodScheduled=True@0']);
    // Completed init containers are reported ready (prober_manager.go UpdatePodStatus).
    expect(podNamed(state, 'p')!.status.initContainerStatuses!.map((c) =>
      [c.name, c.ready, c.state.terminated?.reason])).toEqual(
        [['init-a', true, 'Completed'], ['init-b', true, 'Completed']]);
  });

  test('a failing init container restarts with back-off and blocks the rest', () => {
    const s = onePod(podYaml(`      initContainers:
      - {name: init-a, image: "busybox:1.36"}
      containers:
      - {name: app, image: "busybox:1.36"}`, '{kubesim.io/behavior.init-a: "{exitAfter: 1s, exitCode: 1}"}'), '',
        '20s');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Started|Exited|BackOff/.test(l))).toEqual([
      '2000 ContainerStarted init-a', '3000 ContainerExited init-a 1 Error',
      '3000 ContainerStarted init-a', '4000 ContainerExited init-a 1 Error', '4000 BackOff init-a 10000',
      '14000 ContainerStarted init-a', '15000 ContainerExited init-a 1 Error', '15000 BackOff init-a 20000',
    ]);
    expect(podNamed(state, 'p')!.status.phase).toBe('Pending');
  });

  test('a failing init container under restartPolicy Never fails the pod', () => {
    const s = onePod(podYaml(`      restartPolicy: Never
      initContainers:
      - {name: init-a, image: "busybox:1.36"}
      containers:
      - {name: app, image: "busybox:1.36"}`, '{kubesim.io/behavior.init-a: "{exitAfter: 1s, exitCode: 1}"}'), '',
        '20s');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Started|Exited/.test(l))).toEqual(
      ['2000 ContainerStarted init-a', '3000 ContainerExited init-a 1 Error']);
    expect(podNamed(state, 'p')!.status.phase).toBe('Failed');
  });

  test('a sidecar starts before the app container, keeps running, and is restarted when it exits', () => {
    const s = onePod(podYaml(`      initContainers:
      - {name: logshipper, image: "fluent-bit:3.0", restartPolicy: Always}
      containers:
      - {name: app, image: "busybox:1.36"}`, '{kubesim.io/behavior.logshipper: "{exitAfter: 20s, exitCode: 1}"}'), '',
        '30s');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Started|Exited/.test(l))).toEqual([
      '2000 ContainerStarted logshipper', '4000 ContainerStarted app',
      '22000 ContainerExited logshipper 1 Error', '22000 ContainerStarted logshipper',
    ]);
    const pod = podNamed(state, 'p')!;
    expect(pod.status.phase).toBe('Running');
    expect(pod.status.initContainerStatuses![0].restartCount).toBe(1);
  });

  test('with restartPolicy Never, sidecars are stopped once the app containers finished and the pod succeeds', () => {
    const s = onePod(podYaml(`      restartPolicy: Never
      initContainers:
      - {name: logshipper, image: "busybox:1.36", restartPolicy: Always}
      containers:
      - {name: app, image: "busybox:1.36"}`, '{kubesim.io/behavior.app: "{exitAfter: 5s}"}'), '', '30s');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Started|Exited|Killing/.test(l))).toEqual([
      '2000 ContainerStarted logshipper', '2000 ContainerStarted app', '7000 ContainerExited app 0 Completed',
      '7000 Killing logshipper Stopping container logshipper', '7000 ContainerExited logshipper 0 Completed',
    ]);
    expect(podNamed(state, 'p')!.status.phase).toBe('Succeeded');
  });
});

describe('postStart', () => {
  test('the container is Running only after postStart completed', () => {
    const s = onePod(podYaml(`      containers:
      - {name: app, image: "nginx:1.25", lifecycle: {postStart: {exec: {command: [sh, -c, "echo hi"]}}}}`,
        '{kubesim.io/behavior: "{startDelay: 1s, postStart: {duration: 3s}}"}'), '', '10s');
    expect(timeline(simulate(s).events, 'p').filter((l) => /ContainerCreated|Started/.test(l))).toEqual(
      ['2000 ContainerCreated app #0', '6000 ContainerStarted app']);
  });
  test('a failing postStart kills the container, which restarts', () => {
    const s = onePod(podYaml(`      containers:
      - {name: app, image: "nginx:1.25", lifecycle: {postStart: {exec: {command: ["false"]}}}}`,
        '{kubesim.io/behavior: "{postStart: {duration: 1s, fail: true}}"}'), '', '5s');
    expect(timeline(simulate(s).events, 'p').slice(3, 9)).toEqual([
      '2000 ImagePulled app 2000', '2000 ContainerCreated app #0', '3000 HookFailed app postStart',
      '3000 Killing app FailedPostStartHook', '3000 ContainerExited app 0 Completed', '3000 ImagePulled app present',
    ]);
  });
});

describe('image pulls', () => {
  const pull = (policy: string, image: string, behavior = '{}', node = '') => onePod(podYaml(`      containers:
      - {name: app, image: "${image}"${policy ? `, imagePullPolicy: ${policy}` : ''}}`,
        `{kubesim.io/behavior: "${behavior}"}`).replace('capacity: {cpu: "8", memory: 16Gi, pods: "110"}',
          `capacity: {cpu: "8", memory: 16Gi, pods: "110"}${node}`), '', '1m');
  test.each([
    { name: 'IfNotPresent pulls an image the node lacks (default 2 s)', policy: 'IfNotPresent', image: 'nginx:1.25',
      behavior: '{}', want: ['0 ImagePulling app', '2000 ImagePulled app 2000', '2000 ContainerCreated app #0'] },
    { name: 'the behaviour sets the pull time', policy: 'IfNotPresent', image: 'nginx:1.25',
      behavior: '{imagePull: {duration: 45s}}', want: ['0 ImagePulling app', '45000 ImagePulled app 45000',
        '45000 ContainerCreated app #0'] },
    { name: 'Never without the image waits with ErrImageNeverPull', policy: 'Never', image: 'nginx:1.25',
      behavior: '{}', want: ['0 ContainerWaiting app ErrImageNeverPull'] },
    { name: 'a failed pull shows ErrImagePull, then ImagePullBackOff, and retries after 10 s then 20 s',
      policy: 'IfNotPresent', image: 'nginx:nope', behavior: '{imagePull: {duration: 1s, fail: true}}', want: [
      '0 ImagePulling app', '1000 ContainerWaiting app ErrImagePull', '2000 ContainerWaiting app ImagePullBackOff',
      '11000 ImagePulling app', '12000 ContainerWaiting app ErrImagePull',
        '13000 ContainerWaiting app ImagePullBackOff',
      '32000 ImagePulling app', '33000 ContainerWaiting app ErrImagePull',
        '34000 ContainerWaiting app ImagePullBackOff'] },
  ])('$name', ({ policy, image, behavior, want }) => {
    expect(timeline(simulate(pull(policy, image, behavior)).events, 'p').slice(2, 2 + want.length)).toEqual(want);
  });

  test('a second pod on the node finds the image cached (IfNotPresent) and Always pulls it again briefly', () => {
    const s = onePod(`${podYaml(`      containers: [{name: app, image: "nginx:1.25"}]`)}
${podYaml(`      containers: [{name: app, image: "nginx:1.25", imagePullPolicy: IfNotPresent}]`, '{}', 'q')}
${podYaml(`      containers: [{name: app, image: "nginx:1.25", imagePullPolicy: Always}]`, '{}', 'r')}`, `timeline:
  - {at: 10s, apply: {apiVersion: v1, kind: Pod, metadata: {name: s}, spec: {nodeName: node-a, containers: [{name: ` +
    (`app, image: "nginx:1.25"}]}}}
  - {at: 10s, apply: {apiVersion: v1, kind: Pod, metadata: {name: t}, spec: {nodeName: node-a, containers: [{name: ` +
    `app, image: "nginx:1.25", imagePullPolicy: Always}]}}}`), '30s');
    const { events } = simulate(s);
    expect(timeline(events, 'p').filter((l) => l.includes('Image'))).toEqual(
      ['0 ImagePulling app', '2000 ImagePulled app 2000']);
    expect(timeline(events, 'q').filter((l) => l.includes('Image'))).toEqual(
      ['0 ImagePulling app', '2000 ImagePulled app 2000']);
    expect(timeline(events, 'r').filter((l) => l.includes('Image'))).toEqual(
      ['0 ImagePulling app', '2000 ImagePulled app 2000']);
    expect(timeline(events, 's').filter((l) => l.includes('Image'))).toEqual(['10000 ImagePulled app present']);
    expect(timeline(events, 't').filter((l) => l.includes('Image'))).toEqual(
      ['10000 ImagePulling app', '10500 ImagePulled app 500']);
    expect(events.filter((e) => e.type === 'ImageCached').map((e) => `${e.at} ${'image' in e ? e.image : ''}`)).toEqual(
      ['2000 nginx:1.25']);
  });
});

describe('ConfigMaps', () => {
  test('a missing ConfigMap in env holds the container in CreateContainerConfigError until it appears', () => {
    const s = onePod(podYaml(`      containers:
      - name: app
        image: "nginx:1.25"
        env: [{name: MODE, valueFrom: {configMapKeyRef: {name: settings, key: mode}}}]`), `timeline:
  - {at: 20s, apply: {apiVersion: v1, kind: ConfigMap, metadata: {name: settings}, data: {mode: fast}}}`, '1m');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').slice(2)).toEqual([
      '0 ContainerWaiting app CreateContainerConfigError',
      '20000 ImagePulling app', '22000 ImagePulled app 2000', '22000 ContainerCreated app #0',
        '22000 ContainerStarted app',
    ]);
    expect(podNamed(state, 'p')!.status.phase).toBe('Running');
  });
  test('a missing ConfigMap volume holds the sandbox (FailedMount) until it appears', () => {
    const s = onePod(podYaml(`      volumes: [{name: cfg, configMap: {name: settings}}]
      containers:
      - {name: app, image: "nginx:1.25", volumeMounts: [{name: cfg, mountPath: /etc/cfg}]}`), `timeline:
  - {at: 20s, apply: {apiVersion: v1, kind: ConfigMap, metadata: {name: settings}, data: {mode: fast}}}`, '1m');
    expect(timeline(simulate(s).events, 'p').slice(1, 4)).toEqual(
      ['0 FailedMount', '20000 PodSandboxReady 10.128.0.2', '20000 ImagePulling app']);
  });
  // kubelet.go SyncPod writes the status (generateAPIPodStatus: kubelet_pods.go
  // convertToAPIContainerStatuses' default waiting states) before WaitForAttachAndMount.
  test('while a volume cannot mount, the kubelet has written the container defaults: kubectl shows ContainerCreating',
    () => {
      const s = onePod(podYaml(`      volumes: [{name: cfg, configMap: {name: settings}}]
      containers:
      - {name: app, image: "nginx:1.25", volumeMounts: [{name: cfg, mountPath: /etc/cfg}]}`), '', '10s');
      const pod = podNamed(simulate(s).state, 'p')!;
      expect(pod.status.containerStatuses?.map((c) => c.state.waiting?.reason)).toEqual(['ContainerCreating']);
      expect(pod.status.podIP).toBeUndefined();
      expect(podCells(pod, 10_000).status).toBe('ContainerCreating');
      expect(pod.status.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False',
        reason: 'ContainersNotReady', message: 'containers with unready status: [app]' });
    });
  test('with init containers every default is PodInitializing: kubectl shows Init:0/1, during a pull too', () => {
    const stuck = onePod(podYaml(`      volumes: [{name: cfg, configMap: {name: settings}}]
      initContainers: [{name: setup, image: "busybox:1.36"}]
      containers:
      - {name: app, image: "nginx:1.25", volumeMounts: [{name: cfg, mountPath: /etc/cfg}]}`), '', '10s');
    const pod = podNamed(simulate(stuck).state, 'p')!;
    expect(pod.status.initContainerStatuses?.map((c) => c.state.waiting?.reason)).toEqual(['PodInitializing']);
    expect(pod.status.containerStatuses?.map((c) => c.state.waiting?.reason)).toEqual(['PodInitializing']);
    expect(podCells(pod, 10_000).status).toBe('Init:0/1');
    const pulling = onePod(podYaml(`      initContainers: [{name: setup, image: "busybox:1.36"}]
      containers: [{name: app, image: "nginx:1.25"}]`), '', '1s');
    expect(podCells(podNamed(simulate(pulling).state, 'p')!, 1_000).status).toBe('Init:0/1');
  });
});

describe('Secrets', () => {
  test('a missing Secret in envFrom holds the container until it appears; an optional one does not', () => {
    const s = onePod(podYaml(`      containers:
      - name: app
        image: "nginx:1.25"
        envFrom: [{secretRef: {name: creds}}, {configMapRef: {name: extra, optional: true}}]`), `timeline:
  - {at: 15s, apply: {apiVersion: v1, kind: Secret, metadata: {name: creds}, stringData: {user: admin}}}`, '1m');
    const { events } = simulate(s);
    const waiting = events.find((e) => e.type === 'ContainerWaiting');
    expect(waiting && 'message' in waiting ? waiting.message : '').toBe('secret "creds" not found');
    expect(timeline(events, 'p').filter((l) => /Waiting|ContainerStarted/.test(l))).toEqual(
      ['0 ContainerWaiting app CreateContainerConfigError', '17000 ContainerStarted app']);
  });
});

describe('static pods', () => {
  const s = () => scenarioFrom(`apiVersion: kubesim/v1
kind: Scenario
metadata: {name: t}
until: 1m
nodes:
  - {name: cp-1, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
staticPods:
  - node: cp-1
    manifest: {apiVersion: v1, kind: Pod, metadata: {name: etcd, namespace: kube-system}, spec: {containers: [{name: ` +
      `etcd, image: "etcd:3.5"}]}}
timeline:
  - {at: 30s, delete: {kind: Pod, namespace: kube-system, name: etcd-cp-1}}
`);
  test('the node creates a mirror pod named <name>-<node>, owned by the Node, and recreates it when deleted', () => {
    const { events, state } = simulate(s());
    const created = events.filter((e) => e.type === 'PodCreated');
    expect(created.map((e) => `${e.at} ${e.pod}`)).toEqual(['0 kube-system/etcd-cp-1', '30000 kube-system/etcd-cp-1']);
    const pod = podNamed(state, 'etcd-cp-1', 'kube-system')!;
    expect(pod.metadata.annotations?.['kubernetes.io/config.mirror']).toMatch(/^[0-9a-f]{8}$/);
    expect(pod.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Node', name: 'cp-1',
      uid: tgetNodeUid(state), controller: true }]);
    expect(pod.status.phase).toBe('Running');
    expect(events.some((e) => e.type === 'PodDeleted' && e.at === 30000)).toBe(true);
  });
});

function tgetNodeUid(state: ReturnType<typeof simulate>['state']): string {
  return tvalues(state.nodes).find((n) => n.object.metadata.name === 'cp-1')!.object.metadata.uid;
}

describe('node loss', () => {
  test('a lost node\'s kubelet does nothing; on recovery its containers restart (exit 255, Unknown)', () => {
    const s = onePod(podYaml(`      containers: [{name: app, image: "nginx:1.25"}]`,
      '{kubesim.io/behavior: "{exitAfter: 40s}"}'), `timeline:
  - {at: 10s, nodeLost: node-a}
  - {at: 60s, nodeRecovered: node-a}`, '90s');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Container(Started|Exited|Created)/.test(l))).toEqual([
      '2000 ContainerCreated app #0', '2000 ContainerStarted app',
      '60000 ContainerExited app 255 Unknown', '60000 ContainerCreated app #1', '60000 ContainerStarted app',
    ]);
    expect(podNamed(state, 'p')!.status.containerStatuses![0].restartCount).toBe(1);
  });
  test('a pod deleted while its node was lost finishes terminating on recovery', () => {
    const s = onePod(podYaml(`      containers: [{name: app, image: "nginx:1.25"}]`), `timeline:
  - {at: 10s, nodeLost: node-a}
  - {at: 20s, delete: {kind: Pod, name: p}}
  - {at: 60s, nodeRecovered: node-a}`, '90s');
    expect(timeline(simulate(s).events, 'p').slice(-3)).toEqual(
      ['20000 PodTerminating 30', '60000 ContainerExited app 255 Unknown', '60000 PodDeleted']);
  });
  test('activeDeadlineSeconds still fires after a node loss and recovery', () => {
    const s = onePod(podYaml(`      activeDeadlineSeconds: 30
      containers: [{name: app, image: "nginx:1.25"}]`), `timeline:
  - {at: 10s, nodeLost: node-a}
  - {at: 12s, nodeRecovered: node-a}`, '1m');
    expect(timeline(simulate(s).events, 'p').filter((l) => l.includes('PodStatusPatched'))).toEqual(
      ['30000 PodStatusPatched Failed DeadlineExceeded']);
  });
  test('a sidecar being stopped after the pod finished is not restarted by a recovery', () => {
    const s = onePod(podYaml(`      restartPolicy: Never
      initContainers: [{name: side, image: "busybox:1.36", restartPolicy: Always}]
      containers: [{name: app, image: "busybox:1.36"}]`,
        '{kubesim.io/behavior.app: "{exitAfter: 5s}", kubesim.io/behavior.side: "{termDelay: 20s}"}'), `timeline:
  - {at: 10s, nodeLost: node-a}
  - {at: 12s, nodeRecovered: node-a}`, '1m');
    const { events, state } = simulate(s);
    expect(timeline(events, 'p').filter((l) => /Container(Started|Exited)|Killing/.test(l))).toEqual([
      '2000 ContainerStarted side', '2000 ContainerStarted app', '7000 ContainerExited app 0 Completed',
      '7000 Killing side Stopping container side', '12000 ContainerExited side 255 Unknown',
    ]);
    expect(podNamed(state, 'p')!.status.phase).toBe('Succeeded');
  });
});
