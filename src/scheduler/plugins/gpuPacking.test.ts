import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { gpuPacking } from './gpuPacking.js';

describe('GpuPackingScore', () => {
  const snap = makeSnapshot([
    makeNode('empty8').gpu(8, 'T4').obj(), makeNode('empty2').gpu(2, 'T4').obj(),
    makeNode('used400').gpu(2, 'T4').obj(), makeNode('used600').gpu(2, 'T4').obj(),
  ], [
    { pod: makePod('a').gpu(1, 600, undefined, [0]).obj(), node: 'used400' },
    { pod: makePod('b').gpu(1, 400, undefined, [0]).obj(), node: 'used600' },
  ]);
  const pod = makePod().gpu(1, 500).info();
  const score = (node: string) => gpuPacking.score(newCycleState(), pod, snap.get(node)!);

  test('shared devices first, then free devices of used nodes, then free nodes (worked by hand)', () => {
    expect(score('used600')).toBe(94); // fits on the used device: 100 - 60 / 10
    expect(score('used400')).toBe(49); // needs a free device of a used node: 50 - 1
    expect(score('empty2')).toBe(31); // all free: 33 - 2
    expect(score('empty8')).toBe(25); // all free: 33 - 8
  });

  test('a pod without GPUs scores 0', () => {
    expect(gpuPacking.score(newCycleState(), makePod().info(), snap.get('used600')!)).toBe(0);
  });
});
