import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { nodeFragMilli, targetWorkload } from '../gpuFrag.js';
import { fgd } from './fgd.js';

describe('FGDScore', () => {
  // The target workload: one task shape, 1 cpu and half a GPU.
  const target = [{ cpu: 1000, milli: 500, count: 1, model: '', freq: 1 }];
  const snap = makeSnapshot([makeNode('n').alloc({ cpu: '8', memory: '64Gi', pods: '110' }).gpu(2, 'T4').obj()], [
    { pod: makePod('a').req({ cpu: '1' }).gpu(1, 400, undefined, [1]).obj(), node: 'n' },
  ]);
  const node = snap.get('n')!;

  test('fragmentation: idle milli on devices too small for the shape, or all of it when the shape cannot run', () => {
    expect(nodeFragMilli({ cpuLeft: 8000, free: [1000, 400], model: 'T4' }, target)).toBe(400);
    expect(nodeFragMilli({ cpuLeft: 8000, free: [1000, 600], model: 'T4' }, target)).toBe(0);
    expect(nodeFragMilli({ cpuLeft: 500, free: [1000, 600], model: 'T4' }, target)).toBe(1600); // lacks cpu
    expect(nodeFragMilli({ cpuLeft: 8000, free: [300, 200], model: 'T4' }, target)).toBe(500); // lacks GPU
    const withCpuTasks = [{ ...target[0], freq: 0.5 }, { cpu: 1000, milli: 0, count: 0, model: '', freq: 0.5 }];
    expect(nodeFragMilli({ cpuLeft: 8000, free: [1000, 400], model: 'T4' }, withCpuTasks)).toBe(0.5 * 400 + 0.5 * 1400);
  });

  test('a share takes the device whose fragmentation grows least (worked by hand)', () => {
    const plugin = fgd({ targetWorkload: target });
    // 400 milli: device 0 leaves [600, 600], frag 0 -> sigmoid(0) = 50; device 1 leaves [1000, 200], frag 200 -> 45.
    const small = makePod().req({ cpu: '1' }).gpu(1, 400).info();
    expect(plugin.score(newCycleState(), small, node)).toBe(50);
    expect(plugin.selectDevices(small, node)).toEqual([0]);
    // 600 milli fits device 0 only (device 1 has 600 left: [1000, 0] after) -> frag 0 -> 50, vs [400, 600] -> 40.
    const big = makePod().req({ cpu: '1' }).gpu(1, 600).info();
    expect(plugin.selectDevices(big, node)).toEqual([1]);
    expect(plugin.score(newCycleState(), big, node)).toBe(50);
  });

  test('whole devices: the first free ones, scored by the fragmentation they leave', () => {
    const plugin = fgd({ targetWorkload: target });
    const whole = makePod().req({ cpu: '1' }).gpu(1, 1000).info();
    expect(plugin.selectDevices(whole, node)).toEqual([0]);
    // Before: 0 (device 0 takes the shape, 600 >= 500). After: [0, 600] -> 0. sigmoid(0) -> 50.
    expect(plugin.score(newCycleState(), whole, node)).toBe(50);
  });

  test('the target workload: most popular shapes up to the popularity threshold, shares renormalised', () => {
    const shape = (cpu: number, milli: number) => ({ cpu, gpu: milli ? { count: 1, milli, model: '' } : undefined });
    const pods = [...Array(6).fill(shape(1000, 500)), ...Array(3).fill(shape(2000, 0)), shape(4000, 1000)];
    expect(targetWorkload(pods, 80)).toEqual([
      { cpu: 1000, milli: 500, count: 1, model: '', freq: 6 / 9 },
      { cpu: 2000, milli: 0, count: 0, model: '', freq: 3 / 9 },
    ]);
    expect(targetWorkload(pods, 95)).toHaveLength(3);
  });
});
