import { expect, test } from 'vitest';
import type { ClusterEvent } from '../events/index.js';
import { runScenario } from '../engine/run.js';
import { scenarioFrom } from '../../test-support/scenario.js';

test('activeDeadlineSeconds while a container waits in back-off: the pod fails and nothing starts again', () => {
  // Regression (found by property-tests/kubeletLaws): c0 stops at once on TERM, which ended the
  // pod's termination before c1's pending back-off restart was cancelled, so c1 started again.
  const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: deadline}
until: 3m
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: p0
      annotations: {kubesim.io/behavior.c1: "{exitAfter: 32s}"}
    spec:
      activeDeadlineSeconds: 73
      containers: [{name: c0, image: "busybox:1.36"}, {name: c1, image: "busybox:1.36"}]
`);
  const facts: ClusterEvent[] = [];
  runScenario(s, { onEvent: (_seq, e) => facts.push(e) });
  const deadline = facts.find((e) => e.type === 'PodStatusPatched' && e.reason === 'DeadlineExceeded');
  expect(deadline?.at).toBe(73_000); // status.startTime (sandbox, before the pull) + 73 s
  const lastStart = Math.max(...facts.filter((e) => e.type === 'ContainerStarted').map((e) => e.at));
  expect(lastStart).toBeLessThan(73_000); // c1 would have restarted at 76 s (back-off 10 s after its exit at 66 s)
  expect(facts.filter((e) => e.type === 'BackOff').length).toBeGreaterThan(0); // c1 was in back-off at the deadline
});
