import { expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { SUCCESS, unresolvable } from '../status.js';
import { nodeName } from './nodeName.js';
import { nodeUnschedulable } from './nodeUnschedulable.js';

test.each([
  { name: 'a schedulable node passes', node: makeNode('n'), pod: makePod(), want: SUCCESS },
  { name: 'a cordoned node is rejected', node: makeNode('n').unschedulable(), pod: makePod(),
    want: unresolvable('NodeUnschedulable', 'node(s) were unschedulable') },
  { name: 'a pod tolerating the unschedulable taint may use a cordoned node', node: makeNode('n').unschedulable(),
    pod: makePod().toleration({ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }),
      want: SUCCESS },
])('NodeUnschedulable: $name', ({ node, pod, want }) => {
  expect(nodeUnschedulable.filter(newCycleState(), pod.info(), makeSnapshot([node.obj()]).get('n')!)).toEqual(want);
});

test.each([
  { name: 'no nodeName passes', pod: makePod(), want: SUCCESS },
  { name: 'the named node passes', pod: makePod().nodeName('n'), want: SUCCESS },
  { name: 'another node is rejected', pod: makePod().nodeName('other'),
    want: unresolvable('NodeName', "node(s) didn't match the requested node name") },
])('NodeName: $name', ({ pod, want }) => {
  expect(nodeName.filter(newCycleState(), pod.info(), makeSnapshot([makeNode('n').obj()]).get('n')!)).toEqual(want);
});
