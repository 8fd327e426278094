import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Rng } from '../clock/rng.js';
import { makeNode, makePod, makeSnapshot } from '../../test-support/scheduler.js';
import type { Snapshot } from './framework.js';
import { GPU_POLICIES, gpuProfileConfig, type GpuPolicy } from './gpuProfiles.js';
import { chooseGpuDevices } from './plugins/gpuShare.js';
import { newPodInfo } from './podInfo.js';
import { buildProfiles } from './profile.js';
import { schedulePod, type ScheduleContext } from './scheduleOne.js';

const MODELS = ['T4', 'V100M16', 'G2'];
const gpuPod = fc.record({
  cpu: fc.constantFrom('1', '4', '12'),
  gpu: fc.option(fc.record({ count: fc.constantFrom(1, 1, 2, 4), milli: fc.constantFrom(100, 250, 500, 1000),
    model: fc.constantFrom('', '', 'T4', 'V100M16|G2', 'P4') }), { nil: undefined }),
});
const cluster = fc.record({
  nodes: fc.array(fc.record({ cpu: fc.constantFrom('8', '32'), gpus: fc.constantFrom(0, 1, 2, 4, 8),
    model: fc.constantFrom(...MODELS) }), { minLength: 1, maxLength: 60 }),
  pods: fc.array(gpuPod, { minLength: 1, maxLength: 40 }),
  policy: fc.constantFrom(...(Object.keys(GPU_POLICIES) as GpuPolicy[])),
  lowestNameWinsTies: fc.boolean(),
  seed: fc.nat(),
  start: fc.nat(),
});

/**
 * GPU sharing through the indexed search (the GPU columns, Open-Gpu-Share's filterIndexed, the
 * policies' indexed scores) against the NodeInfo search over the same cache: the same node,
 * devices, statuses, message, rejectors, evaluated count, next start index and random draws,
 * pod after pod as the cluster fills (the columns' generations move with every placement).
 */
test('GPU-sharing attempts decide exactly as over NodeInfo objects, for each policy', () => {
  fc.assert(fc.property(cluster, (c) => {
    const nodes = c.nodes.map((n, i) => {
      const b = makeNode(`n${String(i).padStart(3, '0')}`).alloc({ cpu: n.cpu, memory: '64Gi', pods: '110' });
      return (n.gpus ? b.gpu(n.gpus, n.model) : b).obj();
    });
    const run = (withColumns: boolean) => {
      const cache = makeSnapshot(nodes);
      const plain: Snapshot = {
        nodes: cache.nodes, get: (n) => cache.get(n), imageNodeCount: (i) => cache.imageNodeCount(i),
        state: cache.state, podsWithAffinityCount: cache.podsWithAffinityCount,
        podsWithRequiredAntiAffinityCount: cache.podsWithRequiredAntiAffinityCount,
        taintedNodeCount: cache.taintedNodeCount, unschedulableNodeCount: cache.unschedulableNodeCount,
      };
      const rng = new Rng(c.seed);
      const draws: number[] = [];
      const randomInt = (n: number): number => { const d = n <= 1 ? 0 : rng.int(0, n - 1); draws.push(d); return d; };
      const target = [{ cpu: 1000, milli: 500, count: 1, model: '', freq: 0.5 },
        { cpu: 4000, milli: 1000, count: 2, model: '', freq: 0.5 }];
      const { profiles } = buildProfiles(gpuProfileConfig(c.policy, c.policy === 'fgd' ? { targetWorkload: target }
        : undefined));
      const profile = profiles[0];
      const ctx: ScheduleContext = { snapshot: withColumns ? cache : plain, profile, startIndex: c.start,
        nominated: new Map(), explain: false, randomInt, lowestNameWinsTies: c.lowestNameWinsTies };
      return c.pods.map((p, i) => {
        const b = makePod(`p${i}`).uid(`p${i}`).req({ cpu: p.cpu });
        const pod = newPodInfo((p.gpu ? b.gpu(p.gpu.count, p.gpu.milli, p.gpu.model || undefined) : b).obj());
        const r = schedulePod(ctx, pod);
        if (r.node) {
          pod.gpuDevices = chooseGpuDevices(profile, pod, cache.get(r.node)!, randomInt);
          cache.addPod(pod, r.node);
        }
        return { node: r.node, devices: pod.gpuDevices, message: r.message, statuses: [...r.nodeStatus],
          rejectors: [...r.rejectors], evaluated: r.evaluated, start: ctx.startIndex };
      }).concat([{ draws } as never]);
    };
    expect(run(true)).toEqual(run(false));
  }), { numRuns: 120 });
});
