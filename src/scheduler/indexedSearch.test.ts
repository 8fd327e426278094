import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Taint } from '../api/types.js';
import { Rng } from '../clock/rng.js';
import { makeNode, makePod, makeSnapshot } from '../../test-support/scheduler.js';
import type { Snapshot } from './framework.js';
import { newPodInfo } from './podInfo.js';
import { buildProfiles } from './profile.js';
import { schedulePod, type ScheduleContext } from './scheduleOne.js';

const requests = fc.record({ cpu: fc.constantFrom('0', '100m', '1', '3'),
  memory: fc.constantFrom('0', '500Mi', '2Gi') }, { requiredKeys: [] });
const cluster = fc.record({
  nodes: fc.array(fc.record({
    cpu: fc.constantFrom('1', '2', '4'), pods: fc.constantFrom('1', '3', '110'),
    taint: fc.option(fc.constantFrom<Taint['effect']>('NoSchedule', 'PreferNoSchedule'), { nil: undefined }),
  }), { minLength: 1, maxLength: 160 }),
  bound: fc.array(fc.record({ node: fc.nat(), req: requests }), { maxLength: 60 }),
  pods: fc.array(requests, { minLength: 1, maxLength: 6 }),
  profile: fc.constantFrom('default', 'binpack', 'spread'),
  seed: fc.nat(),
  start: fc.nat(),
});

/**
 * The indexed search (columns, plugins' filterIndexed/scoreIndexed) against the NodeInfo search
 * (the same cache seen through a snapshot without columns): the same node, statuses, rejectors,
 * evaluated count, next start index and random draws, attempt after attempt.
 */
test('schedulePod over columns decides exactly as over NodeInfo objects', () => {
  fc.assert(fc.property(cluster, (c) => {
    const nodes = c.nodes.map((n, i) => {
      const b = makeNode(`n${String(i).padStart(3, '0')}`).alloc({ cpu: n.cpu, memory: '8Gi', pods: n.pods });
      return (n.taint ? b.taint('t', 'v', n.taint) : b).obj();
    });
    const bound = c.bound.map((b, i) => ({ pod: makePod(`b${i}`).req(b.req).obj(),
      node: nodes[b.node % nodes.length].metadata.name }));
    const run = (withColumns: boolean) => {
      const cache = makeSnapshot(nodes, bound);
      const plain: Snapshot = {
        nodes: cache.nodes, get: (n) => cache.get(n), imageNodeCount: (i) => cache.imageNodeCount(i),
          state: cache.state,
        podsWithAffinityCount: cache.podsWithAffinityCount,
          podsWithRequiredAntiAffinityCount: cache.podsWithRequiredAntiAffinityCount,
        taintedNodeCount: cache.taintedNodeCount, unschedulableNodeCount: cache.unschedulableNodeCount,
      };
      const rng = new Rng(c.seed);
      const draws: number[] = [];
      const ctx: ScheduleContext = {
        snapshot: withColumns ? cache : plain, profile: buildProfiles(c.profile).profiles[0], startIndex: c.start,
          nominated: new Map(), explain: false,
        randomInt: (n) => { const d = n <= 1 ? 0 : rng.int(0, n - 1); draws.push(d); return d; },
      };
      return c.pods.map((req, i) => {
        const pod = newPodInfo(makePod(`p${i}`).uid(`p${i}`).req(req).obj());
        const r = schedulePod(ctx, pod);
        if (r.node) cache.addPod(pod, r.node);
        return { node: r.node, message: r.message, statuses: [...r.nodeStatus], rejectors: [...r.rejectors],
          evaluated: r.evaluated, start: ctx.startIndex };
      }).concat([{ draws } as never]);
    };
    expect(run(true)).toEqual(run(false));
  }), { numRuns: 150 });
});
