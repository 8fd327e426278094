import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Taint } from '../api/types.js';
import { makeNode, makePod, makeSnapshot } from '../../test-support/scheduler.js';
import { newCycleState } from './cycleState.js';
import type { FilterPlugin, PreScorePlugin, ScorePlugin } from './framework.js';
import { balancedAllocation } from './plugins/balancedAllocation.js';
import { nodeResourcesFit } from './plugins/nodeResourcesFit.js';
import { imageLocality } from './plugins/imageLocality.js';
import { taintToleration } from './plugins/taintToleration.js';
import { newPodInfo } from './podInfo.js';
import type { Status } from './status.js';

const requests = fc.record({
  cpu: fc.constantFrom('0', '100m', '500m', '1', '3'),
  memory: fc.constantFrom('0', '200Mi', '1Gi', '3Gi'),
  'ephemeral-storage': fc.constantFrom('0', '1Gi'),
  'example.com/gpu': fc.constantFrom('0', '1'),
}, { requiredKeys: [] });
const taint = fc.record({ key: fc.constantFrom('a', 'b'), effect: fc.constantFrom<Taint['effect']>('NoSchedule',
  'PreferNoSchedule', 'NoExecute') });
const node = fc.record({
  cpu: fc.constantFrom('0', '1', '2', '4'), memory: fc.constantFrom('0', '1Gi', '4Gi'),
    pods: fc.constantFrom('1', '2', '110'),
  gpu: fc.boolean(), taints: fc.array(taint, { maxLength: 2 }),
  images: fc.subarray(['app:1', 'app:2', 'sidecar', 'registry.k8s.io/pause:3.10']),
});
const cluster = fc.record({
  nodes: fc.array(node, { minLength: 1, maxLength: 6 }),
  // Pods bound to node (index mod nodes): they may overcommit a node, which the Fit fast path must not hide.
  bound: fc.array(fc.record({ node: fc.nat(), req: requests }), { maxLength: 12 }),
  removed: fc.array(fc.nat(), { maxLength: 4 }),
  pod: requests,
  podImages: fc.subarray(['app:1', 'sidecar:latest', 'registry.k8s.io/pause:3.10'], { minLength: 1 }),
  removeNode: fc.option(fc.nat(), { nil: undefined }),
});

const plugins: (Partial<FilterPlugin & ScorePlugin & PreScorePlugin> & { name: string })[] = [
  nodeResourcesFit(),
  nodeResourcesFit({ scoringStrategy: { type: 'MostAllocated' } }),
  nodeResourcesFit({ scoringStrategy: { type: 'RequestedToCapacityRatio',
    requestedToCapacityRatio: { shape: [{ utilization: 0, score: 0 }, { utilization: 100, score: 10 }] } } }),
  nodeResourcesFit({ scoringStrategy: { type: 'LeastAllocated',
    resources: [{ name: 'cpu', weight: 2 }, { name: 'example.com/gpu', weight: 1 }] } }),
  balancedAllocation,
  taintToleration,
  imageLocality(),
];

test('the columns mirror every node, and the indexed forms equal filter and score node by node', () => {
  fc.assert(fc.property(cluster, (c) => {
    const nodes = c.nodes.map((n, i) => {
      let b = makeNode(`n${i}`).alloc({ cpu: n.cpu, memory: n.memory, pods: n.pods,
        ...(n.gpu ? { 'example.com/gpu': '2' } : {}) });
      for (const t of n.taints) b = b.taint(t.key, 'v', t.effect);
      // Sizes from 0 to 1.5 GB, so the score spans ImageLocality's thresholds (23 MB, 1000 MB per container).
      b = b.images(...n.images.map((name, k) => ({ names: [name], sizeBytes: (k + i + 1) * 300 * 1024 * 1024 })));
      return b.obj();
    });
    const bound = c.bound.map((b, i) => ({ pod: makePod(`b${i}`).req(b.req).obj(),
      node: `n${b.node % nodes.length}` }));
    const snap = makeSnapshot(nodes, bound);
    for (const r of c.removed) if (bound.length) snap.removePod(bound[r % bound.length].pod.metadata.uid);
    if (c.removeNode !== undefined && nodes.length > 1) snap.removeNode(`n${c.removeNode % nodes.length}`);

    const cols = snap.columns;
    for (const info of snap.nodes) {
      const i = info.index;
      expect([cols.allocCpu[i], cols.allocMemory[i], cols.allocEphemeral[i], cols.allocPods[i], cols.reqCpu[i],
        cols.reqMemory[i], cols.reqEphemeral[i], cols.nonZeroCpu[i], cols.nonZeroMemory[i], cols.podCount[i],
          cols.taintCount[i]])
        .toEqual([info.allocatable.cpu, info.allocatable.memory, info.allocatable.ephemeralStorage,
          info.allocatable.pods, info.requested.cpu, info.requested.memory, info.requested.ephemeralStorage,
            info.nonZeroCpu, info.nonZeroMemory, info.pods.length, info.taints.length]);
    }

    const podObj = makePod('p').req(c.pod).obj();
    (podObj.spec as { containers: unknown[] }).containers = c.podImages.map((image, k) =>
      ({ ...podObj.spec.containers[0], name: `c${k}`, image }));
    const pod = newPodInfo(podObj);
    const idx = Int32Array.from(snap.nodes.map((n) => n.index).reverse());
    for (const p of plugins) {
      const s = newCycleState();
      p.preScore?.(s, pod, snap, snap.nodes);
      if (p.filterIndexed) {
        const want = [...idx].map((i) => ({ i, st: p.filter!(s, pod, snap.nodes[i]) }));
        const kept = Int32Array.from(idx);
        const rejected: { i: number; st: Status }[] = [];
        const n = p.filterIndexed(s, pod, cols, kept, kept.length, (i, st) => rejected.push({ i, st }));
        expect([...kept.subarray(0, n)]).toEqual(want.filter((x) => x.st.code === 'Success').map((x) => x.i));
        expect(rejected).toEqual(want.filter((x) => x.st.code !== 'Success'));
      }
      if (p.scoreIndexed) {
        const out: number[] = [];
        p.scoreIndexed(s, pod, cols, idx, idx.length, out);
        expect(out).toEqual([...idx].map((i) => p.score!(s, pod, snap.nodes[i])));
      }
    }
  }), { numRuns: 300 });
});
