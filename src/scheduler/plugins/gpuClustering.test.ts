import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { gpuClustering } from './gpuClustering.js';

describe('GpuClusteringScore', () => {
  const n = (name: string) => makeNode(name).alloc({ cpu: '64', memory: '256Gi', pods: '110' }).gpu(8, 'T4').obj();
  const snap = makeSnapshot([n('empty'), n('shares'), n('whole'), n('mixed')], [
    { pod: makePod('a').gpu(1, 600, undefined, [0]).obj(), node: 'shares' },
    { pod: makePod('b').gpu(1, 1000, undefined, [0]).obj(), node: 'whole' },
    { pod: makePod('c').gpu(1, 200, undefined, [0]).obj(), node: 'mixed' },
    { pod: makePod('d').gpu(1, 1000, undefined, [1]).obj(), node: 'mixed' },
  ]);
  const share = makePod().gpu(1, 500).info();
  const score = (node: string, pod = share) => gpuClustering.score(newCycleState(), pod, snap.get(node)!);

  test('bands by the shapes on the node, fuller nodes higher inside a band (worked by hand)', () => {
    expect(score('shares')).toBe(76); // only its shape: 75 + trunc(25 * 600 / 8000)
    expect(score('mixed')).toBe(53); // its shape among others: 50 + trunc(25 * 1200 / 8000)
    expect(score('empty')).toBe(25); // no GPU task yet: 25 + 0
    expect(score('whole')).toBe(3); // only other shapes: trunc(25 * 1000 / 8000)
  });

  test('a pod without GPUs scores 0 everywhere', () => {
    expect(score('shares', makePod().info())).toBe(0);
  });
});
