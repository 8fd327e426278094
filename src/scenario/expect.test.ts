import { describe, expect, test } from 'vitest';
import { ScenarioError } from '../api/problems.js';
import { parseExpectations, parseSelector } from './expect.js';
import { scenarioFrom } from '../../test-support/scenario.js';

const scenario = (expectYaml: string) => scenarioFrom(`apiVersion: kubesim/v1
kind: Scenario
metadata: {name: t}
until: 10m
nodes: [{name: n1}]
timeline: [{at: 3m, nodeLost: n1}]
expect:
${expectYaml}`, {}, 's.yaml');

const problems = (y: string): string[] => {
  try { parseExpectations(scenario(y)); return []; } catch (e) { return (e as ScenarioError).message.split('\n'); }
};

describe('parseExpectations', () => {
  test('reads an object expectation at a time, with any status field', () => {
    expect(parseExpectations(scenario('  - {at: 6m, deployment: web, readyReplicas: 3}'))).toEqual([
      { index: 0, text: '{at: 6m, deployment: web, readyReplicas: 3}', timing: { at: 360000 },
        predicate: { kind: 'object', objectKind: 'Deployment', resource: 'deployments', namespace: 'default',
          name: 'web', fields: { readyReplicas: 3 } } },
    ]);
  });
  test('reads a pods expectation within a window after a timeline action', () => {
    expect(parseExpectations(
      scenario('  - {within: 2m, after: nodeLost, pods: {selector: "app=web,tier=front", phase: Running, count: 3}}'))[
        0]).toEqual({
      index: 0, text: '{within: 2m, after: nodeLost, pods: {selector: app=web,tier=front, phase: Running, count: 3}}',
      timing: { within: 120000, after: 'nodeLost' }, predicate: { kind: 'pods', selector: { app: 'web', tier: 'front' },
        phase: 'Running', count: 3 },
    });
  });
  test('reads an always invariant', () => {
    expect(parseExpectations(scenario('  - {always: daemonset-one-per-node}'))).toEqual(
      [{ index: 0, text: '{always: daemonset-one-per-node}', always: 'daemonset-one-per-node' }]);
  });
  test.each([
    { name: 'a time that is not a duration', y: '  - {at: soon, pod: a, phase: Running}',
      want: ['s.yaml: expect[0].at: must be a duration such as 30s, 5m or 1h30m (units ms, s, m, h, d), got "soon"'] },
    { name: 'a time after the end', y: '  - {at: 11m, pod: a, phase: Running}',
      want: ['s.yaml: expect[0].at: 11m is after the scenario ends (until: 10m)'] },
    { name: 'no timing', y: '  - {pod: a, phase: Running}',
      want: ['s.yaml: expect[0]: must say when: at: <duration>, or within: <duration> (optionally after: <timeline ' +
        'action>)'] },
    { name: 'after an action the timeline lacks', y: '  - {within: 1m, after: drain, pods: {selector: a=b, count: 1}}',
      want: ['s.yaml: expect[0].after: the timeline has no drain entry'] },
    { name: 'a pods query without count and with a bad phase', y: '  - {at: 1m, pods: {selector: a=b, phase: Up}}',
      want: ['s.yaml: expect[0].pods.count: must be a non-negative integer',
        's.yaml: expect[0].pods.phase: Unsupported value: supported values: "Pending", "Running", "Succeeded", ' +
          '"Failed", "Unknown"'] },
    { name: 'an unknown kind', y: '  - {at: 1m, widget: w, size: 3}',
      want: [expect.stringMatching(/^s\.yaml: expect\[0\]: must name an object \(pod, node, /)] },
    { name: 'every problem of every entry', y: '  - 3\n  - {always: 7}',
      want: ['s.yaml: expect[0]: must be a mapping such as {at: 6m, deployment: web, readyReplicas: 3}',
        's.yaml: expect[1].always: must be an invariant name such as daemonset-one-per-node'] },
  ])('rejects $name with field paths', ({ y, want }) => {
    expect(problems(y)).toEqual(want);
  });
});

describe('parseSelector', () => {
  test.each([
    { s: 'app=web', want: { app: 'web' } },
    { s: 'app==web, tier=front', want: { app: 'web', tier: 'front' } },
    { s: 'app!=web', want: 'must be key=value pairs separated by commas, got "app!=web"' },
  ])('$s', ({ s, want }) => expect(parseSelector(s)).toEqual(want));
});
