import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Node, Pod } from '../src/api/types.js';
import { runInflation } from '../src/inflation/inflation.js';
import type { NodeInfo, PodInfo } from '../src/scheduler/framework.js';
import { GPU_POLICIES, type GpuPolicy } from '../src/scheduler/gpuProfiles.js';
import { makeNode, makePod } from '../test-support/scheduler.js';
import { runs } from './support/runs.js';

const MODELS = ['T4', 'V100M16'];
const nodeArb = fc.record({ gpus: fc.constantFrom(1, 2, 4, 8), cores: fc.constantFrom(8, 32, 64), model: fc.constantFrom(...MODELS) });
const podArb = fc.record({
  cores: fc.integer({ min: 1, max: 16 }),
  gpu: fc.oneof(
    fc.constant(undefined),
    fc.record({ count: fc.constant(1), milli: fc.integer({ min: 1, max: 99 }).map((m) => m * 10) }),
    fc.record({ count: fc.constantFrom(1, 2, 4, 8), milli: fc.constant(1000) }),
  ),
  model: fc.option(fc.constantFrom(...MODELS), { nil: undefined }),
});

function toNodes(ns: { gpus: number; cores: number; model: string }[]): Node[] {
  return ns.map((n, i) => makeNode(`node-${i}`).alloc({ cpu: String(n.cores), memory: '256Gi', pods: '110' }).gpu(n.gpus, n.model).obj());
}
function toPods(ps: { cores: number; gpu?: { count: number; milli: number }; model?: string }[]): Pod[] {
  return ps.map((p, i) => {
    const b = makePod(`pod-${String(i).padStart(3, '0')}`).uid(`pod-${i}`).req({ cpu: String(p.cores), memory: '1Gi' });
    return (p.gpu ? b.gpu(p.gpu.count, p.gpu.milli, p.model) : b).obj();
  });
}

/** Reference bookkeeping from the pods on a node (not the scheduler's device arrays). */
function usedPerDevice(n: NodeInfo): number[] {
  const used = new Array<number>(n.gpu?.free.length ?? 0).fill(0);
  for (const p of n.pods) for (const d of p.gpuDevices ?? []) {
    expect(d).toBeLessThan(used.length);
    used[d] += p.gpu!.milli;
  }
  return used;
}

/** Reference fit: cpu, pods, model, and enough devices with room. */
function fitsSomewhere(t: PodInfo, nodes: readonly NodeInfo[]): boolean {
  return nodes.some((n) => {
    const cpu = n.pods.reduce((a, p) => a + p.req.cpu, 0);
    if (cpu + t.req.cpu > n.allocatable.cpu || n.pods.length + 1 > n.allocatable.pods) return false;
    if (!t.gpu) return true;
    if (t.gpu.model && !t.gpu.model.split('|').includes(n.gpu?.model ?? '')) return false;
    return usedPerDevice(n).filter((u) => 1000 - u >= t.gpu!.milli).length >= t.gpu.count;
  });
}

test('laws of GPU sharing, every policy: no device over 1,000 milli, no node over its GPU count, a dropped task fits nowhere', () => {
  fc.assert(fc.property(
    fc.array(nodeArb, { minLength: 1, maxLength: 5 }), fc.array(podArb, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 1000 }),
    (ns, ps, seed) => {
      const pods = toPods(ps);
      if (!pods.some((p) => p.metadata.annotations?.['alibabacloud.com/gpu-count'])) return;
      for (const policy of Object.keys(GPU_POLICIES) as GpuPolicy[]) {
        runInflation({ nodes: toNodes(ns), pods }, policy, seed, (task, node, cluster) => {
          for (const n of cluster.nodes) {
            const used = usedPerDevice(n);
            for (let d = 0; d < used.length; d++) {
              expect(used[d]).toBeLessThanOrEqual(1000);
              expect(n.gpu!.free[d]).toBe(1000 - used[d]);
            }
            // The node's GPU count: what its pods hold, in milli, is at most count x 1,000.
            const held = n.pods.reduce((a, p) => a + (p.gpu && p.gpuDevices ? p.gpu.count * p.gpu.milli : 0), 0);
            expect(held).toBeLessThanOrEqual(used.length * 1000);
          }
          if (node === undefined) expect(fitsSomewhere(task, cluster.nodes)).toBe(false);
          else if (task.gpu) expect(task.gpuDevices).toHaveLength(task.gpu.count);
        });
      }
    },
  ), { numRuns: runs(15) });
});
