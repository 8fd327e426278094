import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { unresolvable, unschedulable, SUCCESS } from '../status.js';
import { nodeResourcesFit } from './nodeResourcesFit.js';

const node = makeNode('n1').alloc({ cpu: '4', memory: '8Gi', pods: '2' }).obj();
const busy = (cpu: string, mem: string) => ({ pod: makePod('busy').req({ cpu, memory: mem }).obj(), node: 'n1' });

describe('NodeResourcesFit filter', () => {
  test.each([
    { name: 'a pod that fits passes', existing: [busy('1', '2Gi')], pod: makePod().req({ cpu: '3', memory: '6Gi' }),
      want: SUCCESS },
    { name: 'too little cpu left is Unschedulable', existing: [busy('2', '1Gi')], pod: makePod().req({ cpu: '3' }),
      want: unschedulable('NodeResourcesFit', 'Insufficient cpu') },
    { name: 'cpu and memory short give both reasons, in that order', existing: [busy('2', '6Gi')],
      pod: makePod().req({ cpu: '3', memory: '4Gi' }), want: unschedulable('NodeResourcesFit', 'Insufficient cpu',
        'Insufficient memory') },
    { name: 'a request above allocatable is UnschedulableAndUnresolvable', existing: [],
      pod: makePod().req({ cpu: '5' }), want: unresolvable('NodeResourcesFit', 'Insufficient cpu') },
    { name: 'the pod count is checked even for a pod that requests nothing',
      existing: [busy('0', '0'), { ...busy('0', '0'), pod: makePod('b2').obj() }], pod: makePod(),
        want: unschedulable('NodeResourcesFit', 'Too many pods') },
    { name: 'an extended resource the node lacks is unresolvable', existing: [],
      pod: makePod().req({ 'nvidia.com/gpu': '1' }), want: unresolvable('NodeResourcesFit',
        'Insufficient nvidia.com/gpu') },
  ])('$name', ({ existing, pod, want }) => {
    const snap = makeSnapshot([node], existing);
    expect(nodeResourcesFit().filter(newCycleState(), pod.info(), snap.get('n1')!)).toEqual(want);
  });
});

describe(
  'NodeResourcesFit scores (hand-computed from least_allocated.go, most_allocated.go, requested_to_capacity_ratio.go)',
    () => {
  const n = makeNode('n1').alloc({ cpu: '4', memory: '8Gi', pods: '110' }).obj();
  const withOne = makeSnapshot([n], [{ pod: makePod('e').req({ cpu: '1', memory: '2Gi' }).obj(), node: 'n1' }]);
  const empty = makeSnapshot([n]);
  test.each([
    // cpu (4000-2000)*100/4000 = 50, memory (8-4)/8*100 = 50, mean 50
    { name: 'LeastAllocated with one pod already there', args: undefined, snap: withOne,
      pod: makePod().req({ cpu: '1', memory: '2Gi' }), want: 50 },
    // cpu (4000-1000)*100/4000 = 75, memory 75
    { name: 'LeastAllocated on an empty node', args: undefined, snap: empty,
      pod: makePod().req({ cpu: '1', memory: '2Gi' }), want: 75 },
    // non-zero defaults: cpu (4000-100)*100/4000 = 97.5 -> 97; memory (8192-200)*100/8192 = 97.5 -> 97
    { name: 'a pod without requests scores with 100m and 200Mi', args: undefined, snap: empty, pod: makePod(),
      want: 97 },
    // cpu 500*100/4000 = 12.5 -> 12, memory 1024*100/8192 = 12.5 -> 12
    { name: 'MostAllocated', args: { scoringStrategy: { type: 'MostAllocated' } }, snap: empty,
      pod: makePod().req({ cpu: '500m', memory: '1Gi' }), want: 12 },
    // utilisation 25 on both; shape 0->0, 100->10 gives 25
    { name: 'RequestedToCapacityRatio rising shape', args: {
      scoringStrategy: { type: 'RequestedToCapacityRatio', requestedToCapacityRatio: {
        shape: [{ utilization: 0, score: 0 }, { utilization: 100, score: 10 }] } } }, snap: empty,
          pod: makePod().req({ cpu: '1', memory: '2Gi' }), want: 25 },
    // falling shape 0->10, 100->0 gives 100 - 25 = 75
    { name: 'RequestedToCapacityRatio falling shape', args: {
      scoringStrategy: { type: 'RequestedToCapacityRatio', requestedToCapacityRatio: {
        shape: [{ utilization: 0, score: 10 }, { utilization: 100, score: 0 }] } } }, snap: empty,
          pod: makePod().req({ cpu: '1', memory: '2Gi' }), want: 75 },
    // weights cpu 3, memory 1: cpu 75*3 + memory (8-6)/8*100=25 -> (225+25)/4 = 62.5 -> 62
    { name: 'LeastAllocated with resource weights', args: { scoringStrategy: {
      resources: [{ name: 'cpu', weight: 3 }, { name: 'memory', weight: 1 }] } }, snap: empty,
        pod: makePod().req({ cpu: '1', memory: '6Gi' }), want: 62 },
  ])('$name', ({ args, snap, pod, want }) => {
    expect(nodeResourcesFit(args).score(newCycleState(), pod.info(), snap.get('n1')!)).toBe(want);
  });
});
