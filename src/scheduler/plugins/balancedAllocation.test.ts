import { expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { balancedAllocation } from './balancedAllocation.js';
import { SKIP, SUCCESS } from '../status.js';

const n = makeNode('n1').alloc({ cpu: '4', memory: '8Gi', pods: '110' }).obj();
test.each([
  // cpu 1/4 = 0.25, memory 1/8 = 0.125: std = 0.0625, (1 - 0.0625) * 100 = 93.75 -> 93
  { name: 'unequal fractions lose the half difference', existing: [], pod: makePod().req({ cpu: '1', memory: '1Gi' }),
    want: 93 },
  // cpu 2/4 = 0.5, memory 4/8 = 0.5: perfectly balanced
  { name: 'equal fractions score 100', existing: [{ pod: makePod('e').req({ cpu: '1', memory: '2Gi' }).obj(),
    node: 'n1' }], pod: makePod().req({ cpu: '1', memory: '2Gi' }), want: 100 },
  // cpu 4/4 = 1, memory 0: std 0.5 -> 50
  { name: 'cpu full and memory empty scores 50', existing: [], pod: makePod().req({ cpu: '4' }), want: 50 },
])('$name', ({ existing, pod, want }) => {
  const snap = makeSnapshot([n], existing);
  expect(balancedAllocation.score(newCycleState(), pod.info(), snap.get('n1')!)).toBe(want);
});

test('PreScore skips best-effort pods and keeps pods with any cpu or memory request', () => {
  expect(balancedAllocation.preScore(newCycleState(), makePod().info(), undefined!, [])).toEqual(SKIP);
  expect(balancedAllocation.preScore(newCycleState(), makePod().req({ memory: "1Mi" }).info(), undefined!, [])).toEqual(
    SUCCESS);
});
