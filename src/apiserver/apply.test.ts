import { expect, test } from 'vitest';
import { tvalues } from '../reducers/table.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';

test('a PriorityClass applied with its pods in one file gives them its priority at once', () => {
  const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: prio}
until: 10s
nodes: [{name: node-a, capacity: {cpu: "2", memory: 4Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {priorityClassName: high, containers: [{name: c, image: ` +
    `busybox}]}}
  - {apiVersion: scheduling.k8s.io/v1, kind: PriorityClass, metadata: {name: high}, value: 1000}
`);
  const pods = tvalues(runWithLog(s).state.pods);
  expect(pods.map((p) => [p.metadata.name, p.spec.priority])).toEqual([['p', 1000]]);
});
