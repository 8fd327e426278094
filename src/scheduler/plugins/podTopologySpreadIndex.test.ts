import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { LabelSelector, TopologySpreadConstraint } from '../../api/types.js';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import type { Snapshot } from '../framework.js';
import { podTopologySpread } from './podTopologySpread.js';
import { newPodInfo } from '../podInfo.js';

const selector: fc.Arbitrary<LabelSelector> = fc.oneof(
  fc.record({ matchLabels: fc.constantFrom<Record<string, string>[]>({ app: 'x' }, { app: 'y', tier: '1' }, {}) }),
  fc.record({ matchExpressions: fc.constantFrom<LabelSelector['matchExpressions'][]>(
    [{ key: 'app', operator: 'In' as const, values: ['x'] }, { key: 'tier', operator: 'In' as const, values: ['2'] }],
    [{ key: 'app', operator: 'In' as const, values: ['x', 'y'] }],
    [{ key: 'tier', operator: 'NotIn' as const, values: ['1'] }]) }),
);
const constraint = (when: 'DoNotSchedule' | 'ScheduleAnyway'): fc.Arbitrary<TopologySpreadConstraint> => fc.record({
  maxSkew: fc.constantFrom(1, 2), topologyKey: fc.constantFrom('zone', 'kubernetes.io/hostname'),
  whenUnsatisfiable: fc.constant(when), labelSelector: selector,
  nodeAffinityPolicy: fc.constantFrom<('Honor' | 'Ignore')[]>('Honor', 'Ignore'),
});
const labels = fc.record({ app: fc.constantFrom('x', 'y'), tier: fc.constantFrom('1', '2') }, { requiredKeys: [] });
const cluster = fc.record({
  nodes: fc.array(fc.record({ zone: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    disk: fc.boolean() }),
    { minLength: 1, maxLength: 12 }),
  bound: fc.array(fc.record({ node: fc.nat(), labels, other: fc.boolean(), terminating: fc.boolean(),
    relabel: fc.option(labels, { nil: undefined }), late: fc.boolean(), terminatesLate: fc.boolean() }),
  { maxLength: 40 }),
  removed: fc.array(fc.nat(), { maxLength: 5 }),
  constraints: fc.array(fc.oneof(constraint('DoNotSchedule'), constraint('ScheduleAnyway')), { minLength: 1,
    maxLength: 3 }),
  ssd: fc.boolean(),
});

/**
 * The counts the cache keeps per selector against the node walk (the same cache seen through a
 * snapshot without them): the same Filter verdict and Score on every node, with terminating pods,
 * pods of another namespace, relabelled and removed pods. The counts are first read (so made)
 * before half of the pods arrive and before the relabels, removals and late terminations, so
 * their incremental upkeep is what is judged.
 */
test('PodTopologySpread counts kept by the cache equal the walk over every node\'s pods', () => {
  fc.assert(fc.property(cluster, (c) => {
    const nodes = c.nodes.map((n, i) => makeNode(`n${i}`).labels({ ...(n.zone ? { zone: n.zone } : {}),
      ...(n.disk ? { disk: 'ssd' } : {}) }).obj());
    const bound = c.bound.map((b, i) => {
      const p = makePod(`b${i}`).uid(`b${i}`).labels(b.labels);
      if (b.other) p.namespace('other');
      if (b.terminating) p.terminating();
      return { pod: p.obj(), node: nodes[b.node % nodes.length].metadata.name };
    });
    const cache = makeSnapshot(nodes, bound.filter((_, i) => !c.bound[i].late));
    const plain: Snapshot = {
      nodes: cache.nodes, get: (n) => cache.get(n), imageNodeCount: (i) => cache.imageNodeCount(i), state: cache.state,
      podsWithAffinityCount: cache.podsWithAffinityCount,
      podsWithRequiredAntiAffinityCount: cache.podsWithRequiredAntiAffinityCount,
      taintedNodeCount: cache.taintedNodeCount, unschedulableNodeCount: cache.unschedulableNodeCount,
    };
    const builder = makePod('new').labels({ app: 'x', tier: '2' });
    for (const k of c.constraints) builder.spread(k);
    const pod = builder.info();
    if (c.ssd) pod.pod = { ...pod.pod, spec: { ...pod.pod.spec, nodeSelector: { disk: 'ssd' } } };
    const judge = (snap: Snapshot) => {
      const s = newCycleState();
      const pre = podTopologySpread.preFilter(s, pod, snap);
      const filtered = snap.nodes.map((n) => podTopologySpread.filter(s, pod, n));
      const preScore = podTopologySpread.preScore(s, pod, snap, snap.nodes);
      const scores = snap.nodes.map((n) => podTopologySpread.score(s, pod, n));
      return { pre, filtered, preScore, scores };
    };
    judge(cache);
    bound.forEach((b, i) => { if (c.bound[i].late) cache.addPod(newPodInfo(b.pod), b.node); });
    c.bound.forEach((b, i) => {
      const info = cache.pod(`b${i}`);
      if (b.relabel && info) cache.setPod(info, { ...info.pod, metadata: { ...info.pod.metadata, labels: b.relabel } });
      if (b.terminatesLate && info) cache.markTerminating(info);
    });
    for (const r of c.removed) cache.removePod(`b${r % Math.max(1, c.bound.length)}`);
    expect(judge(cache)).toEqual(judge(plain));
  }), { numRuns: 300 });
});
