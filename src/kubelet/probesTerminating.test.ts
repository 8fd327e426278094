import { expect, test } from 'vitest';
import { onePod, simulate, timeline } from '../../test-support/kubelet.js';

// pkg/kubelet/prober/worker.go doProbe: when the pod has a deletionTimestamp, liveness and startup
// stop ("Pod deletion requested, setting probe result to success"); readiness keeps probing while
// the container is still running (here it takes 25 s to exit after TERM).
test('while a pod terminates readiness keeps probing and liveness stops', () => {
  const yaml = onePod(`  - apiVersion: v1
    kind: Pod
    metadata:
      name: p
      annotations:
        kubesim.io/behavior: "{termDelay: 25s, probes: {readiness: {failAfter: 15s}, liveness: {failAfter: 15s}}}"
    spec:
      containers:
      - name: app
        image: "busybox:1.36"
        readinessProbe: {exec: {command: [ready]}, periodSeconds: 5}
        livenessProbe: {exec: {command: [alive]}, periodSeconds: 5}`,
  'timeline:\n  - {at: 10s, delete: {kind: Pod, namespace: default, name: p}}\n', '60s');
  const lines = timeline(simulate(yaml).events, 'p');
  const failed = lines.filter((l) => l.includes('ProbeFailed'));
  // Started at 2 s; probes every 5 s; readiness fails from 15 s in (the third failure at 27 s).
  expect(failed.length).toBe(1);
  expect(failed[0]).toMatch(/^\d+ ProbeFailed app readiness$/);
  const at = Number(failed[0].split(' ')[0]);
  const exited = lines.find((l) => l.includes('ContainerExited'))!;
  expect(at).toBeGreaterThan(10_000);
  expect(at).toBeLessThan(Number(exited.split(' ')[0]));
});

// kuberuntime_container.go killContainer: TERM, then KILL when the grace period ends; a process
// that ignores TERM (behaviour `termDelay: never`) exits 137 at the end of the 30 s default.
test('a container that ignores SIGTERM is killed at the end of the grace period with exit 137', () => {
  const yaml = onePod(`  - apiVersion: v1
    kind: Pod
    metadata: {name: p, annotations: {kubesim.io/behavior: "{termDelay: never}"}}
    spec: {containers: [{name: app, image: "busybox:1.36"}]}`,
  'timeline:\n  - {at: 10s, delete: {kind: Pod, namespace: default, name: p}}\n', '60s');
  expect(timeline(simulate(yaml).events, 'p').filter((l) => l.includes('ContainerExited')))
    .toEqual(['40000 ContainerExited app 137 Error']);
});
