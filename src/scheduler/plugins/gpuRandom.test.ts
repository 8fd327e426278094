import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState, randomIntKey } from '../cycleState.js';
import { gpuRandom } from './gpuRandom.js';

describe('RandomScore', () => {
  const snap = makeSnapshot([makeNode('a').gpu(3, 'T4').obj(), makeNode('b').gpu(3, 'T4').obj()], [
    { pod: makePod('x').gpu(1, 700, undefined, [1]).obj(), node: 'a' },
  ]);

  test('PreScore draws one feasible node; it alone scores 100', () => {
    const s = newCycleState();
    s.write(randomIntKey, (n) => n - 1);
    const pod = makePod().info();
    gpuRandom.preScore(s, pod, snap, snap.nodes);
    expect(snap.nodes.map((n) => gpuRandom.score(s, pod, n))).toEqual([0, 100]);
  });

  test('a share goes to a drawn device among those with room; whole devices to the first free', () => {
    const share = makePod().gpu(1, 500).info();
    // Devices 0 and 2 have room: reservoir sampling keeps the first unless a later draw is 0.
    expect(gpuRandom.selectDevices(share, snap.get('a')!, (n) => n - 1)).toEqual([0]);
    expect(gpuRandom.selectDevices(share, snap.get('a')!, () => 0)).toEqual([2]);
    expect(gpuRandom.selectDevices(makePod().gpu(2, 1000).info(), snap.get('a')!, () => 0)).toEqual([0, 2]);
  });
});
