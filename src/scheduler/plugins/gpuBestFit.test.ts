import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { gpuBestFit, normalizeMinMax } from './gpuBestFit.js';

describe('BestFitScore', () => {
  const snap = makeSnapshot([
    makeNode('big').alloc({ cpu: '64', memory: '256Gi', pods: '110' }).gpu(8, 'T4').obj(),
    makeNode('small').alloc({ cpu: '8', memory: '64Gi', pods: '110' }).gpu(2, 'T4').obj(),
  ]);
  const pod = makePod().req({ cpu: '4' }).gpu(1, 500).info();

  test('less left over after placement scores higher (worked by hand)', () => {
    // big: 1 - (60000/128000*0.5 + 7500/8000*0.5) = 0.296875 -> 29; small: 1 - (4000/128000*0.5 + 1500/8000*0.5) -> 89.
    expect(gpuBestFit.score(newCycleState(), pod, snap.get('big')!)).toBe(29);
    expect(gpuBestFit.score(newCycleState(), pod, snap.get('small')!)).toBe(89);
  });

  test('scores are min-max normalised with integer division; equal scores become 0', () => {
    const s = [29, 89, 59];
    normalizeMinMax(s);
    expect(s).toEqual([0, 100, 50]);
    const eq = [40, 40];
    normalizeMinMax(eq);
    expect(eq).toEqual([0, 0]);
  });

  test('device choice: the fullest device that fits', () => {
    const s2 = makeSnapshot([makeNode('n').gpu(3, 'T4').obj()], [
      { pod: makePod('a').gpu(1, 300, undefined, [1]).obj(), node: 'n' },
      { pod: makePod('b').gpu(1, 600, undefined, [2]).obj(), node: 'n' },
    ]);
    expect(gpuBestFit.selectDevices(makePod().gpu(1, 400).info(), s2.get('n')!)).toEqual([2]);
    expect(gpuBestFit.selectDevices(makePod().gpu(1, 500).info(), s2.get('n')!)).toEqual([1]);
  });
});
