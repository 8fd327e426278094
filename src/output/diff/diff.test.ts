import { expect, test } from 'vitest';
import { replay } from '../../engine/replay.js';
import { runRecorded } from '../../../test-support/workloads.js';
import { diffText, firstDivergence, stateDiff } from './diff.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

/** Two nodes; `first` is bound to node-a by the manifest, `second` is left to the scheduler profile. */
const scenario = (profile: string) => scenarioFrom(`apiVersion: kubesim/v1
kind: Scenario
metadata: {name: one-decision}
seed: 3
until: 1m
scheduler: ${profile}
nodes:
  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: first}, spec: {nodeName: node-0, containers: [{name: c, image: ` +
    (`nginx:1.27, resources: {requests: {cpu: "1"}}}]}}
timeline:
  - {at: 10s, apply: {apiVersion: v1, kind: Pod, metadata: {name: second}, spec: {containers: [{name: c, image: ` +
    `nginx:1.27, resources: {requests: {cpu: "1"}}}]}}}
`));

test('two logs that differ by one scheduling decision: the first diverging fact is that binding, and the state ' +
  'differs in that pod', () => {
  const a = runRecorded(scenario('binpack')).events, b = runRecorded(scenario('spread')).events;
  const d = firstDivergence(a, b)!;
  expect(d.a).toMatchObject({ type: 'PodScheduled', pod: 'default/second', node: 'node-0' });
  expect(d.b).toMatchObject({ type: 'PodScheduled', pod: 'default/second', node: 'node-1' });
  expect(a.slice(0, d.index)).toEqual(b.slice(0, d.index));
  const end = a[a.length - 1].at;
  const objects = stateDiff(replay(a, end), a, replay(b, end), b);
  const pods = objects.filter((o) => o.object.startsWith('pod '));
  expect(pods.map((o) => o.object)).toEqual(['pod default/second']);
  expect(pods[0].fields.find((f) => f.path === 'spec.nodeName')).toEqual(
    { path: 'spec.nodeName', a: 'node-0', b: 'node-1' });
  const text = diffText({ a: 'a.jsonl', b: 'b.jsonl' }, d, objects, end);
  expect(text).toContain(`first divergence: fact ${d.index + 1} at 10s`);
  expect(text).toContain('    spec.nodeName: node-0 -> node-1');
});

test('a log compared with itself: no divergence, the same state', () => {
  const a = runRecorded(scenario('binpack')).events;
  expect(firstDivergence(a, a)).toBeUndefined();
  expect(stateDiff(replay(a), a, replay(a), a)).toEqual([]);
});
