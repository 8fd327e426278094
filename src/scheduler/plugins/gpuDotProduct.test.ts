import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { gpuDotProduct } from './gpuDotProduct.js';

describe('DotProductScore (merge, max)', () => {
  const snap = makeSnapshot([
    makeNode('big').alloc({ cpu: '64', memory: '256Gi', pods: '110' }).gpu(8, 'T4').obj(),
    makeNode('small').alloc({ cpu: '8', memory: '64Gi', pods: '110' }).gpu(2, 'T4').obj(),
  ]);

  test('100 * (1 - dot/2) of the free and requested vectors over the largest node (worked by hand)', () => {
    const pod = makePod().req({ cpu: '4' }).gpu(1, 500).info();
    // big: (0.5 * 0.03125 + 1 * 0.0625) / 2 = 0.0390625 -> 96; small: (0.0625 * 0.03125 + 0.25 * 0.0625) / 2 -> 99.
    expect(gpuDotProduct.score(newCycleState(), pod, snap.get('big')!)).toBe(96);
    expect(gpuDotProduct.score(newCycleState(), pod, snap.get('small')!)).toBe(99);
  });

  test('a node without the cpu left scores 0', () => {
    expect(gpuDotProduct.score(newCycleState(), makePod().req({ cpu: '9' }).info(), snap.get('small')!)).toBe(0);
  });
});
