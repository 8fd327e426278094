import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Node } from '../api/types.js';
import { Rng } from '../clock/rng.js';
import { makeNode, makePod, makeSnapshot } from '../../test-support/scheduler.js';
import type { SchedulerCache } from './cache.js';
import type { PodInfo, Snapshot } from './framework.js';
import { newPodInfo } from './podInfo.js';
import { buildProfiles } from './profile.js';
import { schedulePod, type ScheduleContext } from './scheduleOne.js';

const IMAGES = ['app:1', 'app:2', 'sidecar:3'];
const MB = 1024 * 1024;
// Few request shapes, so attempts share scoring keys and the memo is read (and would be stale after a change).
const requests = fc.record({ cpu: fc.constantFrom('0', '500m', '1', '2'), memory: fc.constantFrom('0', '1Gi') },
  { requiredKeys: [] });
const op = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('schedule' as const), req: requests,
    images: fc.subarray(IMAGES, { minLength: 1 }) }), weight: 4 },
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('pull' as const), node: fc.nat(), image: fc.constantFrom(...IMAGES),
    mb: fc.constantFrom(10, 300, 1500) }),
);
const cluster = fc.record({
  nodes: fc.array(fc.record({ cpu: fc.constantFrom('2', '3', '8'), memory: fc.constantFrom('8Gi', '16Gi'),
    pods: fc.constantFrom('3', '110'), images: fc.subarray(IMAGES) }), { minLength: 1, maxLength: 60 }),
  // A PreferNoSchedule taint on the first node: TaintToleration then scores, and the fused pass stands aside.
  tainted: fc.constantFrom(false, false, false, true),
  ops: fc.array(op, { minLength: 1, maxLength: 60 }),
  profile: fc.constantFrom<unknown>('default', 'binpack', 'spread', { profiles: [{ plugins: { score: { enabled: [
    { name: 'NodeResourcesBalancedAllocation', weight: 3 }, { name: 'ImageLocality', weight: 2 }] } } }] }),
  seed: fc.nat(),
  start: fc.nat(),
});

/** The same cache seen without columns: schedulePod then runs every plugin's per-node Filter and Score. */
const withoutColumns = (cache: SchedulerCache): Snapshot => ({
  nodes: cache.nodes, get: (n) => cache.get(n), imageNodeCount: (i) => cache.imageNodeCount(i), state: cache.state,
  podsWithAffinityCount: cache.podsWithAffinityCount,
  podsWithRequiredAntiAffinityCount: cache.podsWithRequiredAntiAffinityCount,
  taintedNodeCount: cache.taintedNodeCount, unschedulableNodeCount: cache.unschedulableNodeCount,
});

/**
 * The fused Score pass (one loop over the columns, a per-row memo of the resource scores) against
 * the framework's per-plugin loop over NodeInfo objects, through runs of attempts, binds, pod
 * removals and image pulls that change rows the memo has seen: the same node, message, statuses,
 * evaluated count, next start index and random draws, attempt after attempt. A memo kept past a
 * change of its row, its pod's requests or its weights would pick another node or draw differently.
 */
test('the fused Score pass decides exactly as the per-plugin loop', () => {
  fc.assert(fc.property(cluster, (c) => {
    const nodes: Node[] = c.nodes.map((n, i) => {
      const b = makeNode(`n${String(i).padStart(3, '0')}`).alloc({ cpu: n.cpu, memory: n.memory, pods: n.pods })
        .images(...n.images.map((name, k) => ({ names: [name], sizeBytes: (k + 1) * 400 * MB })));
      return (c.tainted && i === 0 ? b.taint('t', 'v', 'PreferNoSchedule') : b).obj();
    });
    const run = (fused: boolean) => {
      const cache = makeSnapshot(nodes);
      const rng = new Rng(c.seed);
      const draws: number[] = [];
      const ctx: ScheduleContext = {
        snapshot: fused ? cache : withoutColumns(cache), profile: buildProfiles(c.profile).profiles[0],
        startIndex: c.start, nominated: new Map(), explain: false,
        randomInt: (n) => { const d = n <= 1 ? 0 : rng.int(0, n - 1); draws.push(d); return d; },
      };
      const bound: PodInfo[] = [];
      const out: unknown[] = [];
      c.ops.forEach((o, k) => {
        if (o.kind === 'schedule') {
          const obj = makePod(`p${k}`).uid(`p${k}`).obj();
          const pod = newPodInfo({ ...obj, spec: { ...obj.spec, containers: o.images.map((image, j) => ({
            name: `c${j}`, image, resources: { requests: o.req } })) } });
          const r = schedulePod(ctx, pod);
          if (r.node) { cache.addPod(pod, r.node); bound.push(pod); }
          out.push({ node: r.node, message: r.message, statuses: [...r.nodeStatus], evaluated: r.evaluated,
            start: ctx.startIndex });
        } else if (o.kind === 'remove' && bound.length) {
          cache.removePod(bound.splice(o.pick % bound.length, 1)[0].uid);
        } else if (o.kind === 'pull') {
          const prev = cache.nodes[o.node % cache.nodes.length].node;
          cache.updateNode({ ...prev, status: { ...prev.status, images: [...(prev.status.images ?? []),
            { names: [o.image], sizeBytes: o.mb * MB }] } });
        }
      });
      return { out, draws };
    };
    expect(run(true)).toEqual(run(false));
  }), { numRuns: 300 });
});
