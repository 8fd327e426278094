import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { SUCCESS, unresolvable, unschedulable } from '../status.js';
import { podTopologySpread } from './podTopologySpread.js';
import { evolveAll } from '../../reducers/index.js';
import { asUid } from '../../api/ids.js';

const nodes = [
  makeNode('a1').labels({ zone: 'a' }).obj(),
  makeNode('a2').labels({ zone: 'a' }).obj(),
  makeNode('b1').labels({ zone: 'b' }).obj(),
];
const web = (name: string) => makePod(name).labels({ app: 'web' }).obj();
const SKEW = unschedulable('PodTopologySpread', "node(s) didn't match pod topology spread constraints");

describe('PodTopologySpread filter', () => {
  test('maxSkew 1: with 2 matching pods in zone a and 0 in b only zone b fits', () => {
    const snap = makeSnapshot(nodes, [{ pod: web('w1'), node: 'a1' }, { pod: web('w2'), node: 'a1' }]);
    const pod = makePod().labels({ app: 'web' }).spread({ maxSkew: 1, topologyKey: 'zone',
      whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } }).info();
    const s = newCycleState();
    expect(podTopologySpread.preFilter(s, pod, snap)).toEqual(SUCCESS);
    expect(snap.nodes.map((n) => podTopologySpread.filter(s, pod, n))).toEqual([SKEW, SKEW, SUCCESS]);
  });

  test('a node without the topology key is unresolvable', () => {
    const snap = makeSnapshot([...nodes, makeNode('x').obj()]);
    const pod = makePod().spread({ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule',
      labelSelector: { matchLabels: { app: 'web' } } }).info();
    const s = newCycleState();
    podTopologySpread.preFilter(s, pod, snap);
    expect(podTopologySpread.filter(s, pod, snap.get('x')!)).toEqual(
      unresolvable('PodTopologySpread',
        "node(s) didn't match pod topology spread constraints (missing required label)"));
  });

  test.each([
    // one pod in each zone: global min 1, skew in b = 1 + 1 - 1 = 1
    { name: 'without minDomains the minimum is the smallest domain count', minDomains: undefined, want: SUCCESS },
    // only 2 domains < minDomains 3: the global minimum is 0, skew = 1 + 1 - 0 = 2 > 1
    { name: 'with fewer domains than minDomains the minimum counts as 0', minDomains: 3, want: SKEW },
  ])('$name', ({ minDomains, want }) => {
    const snap = makeSnapshot(nodes, [{ pod: web('w1'), node: 'a1' }, { pod: web('w2'), node: 'b1' }]);
    const pod = makePod().labels({ app: 'web' }).spread({ maxSkew: 1, topologyKey: 'zone',
      whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } },
        ...(minDomains ? { minDomains } : {}) }).info();
    const s = newCycleState();
    podTopologySpread.preFilter(s, pod, snap);
    expect(podTopologySpread.filter(s, pod, snap.get('b1')!)).toEqual(want);
  });

  test('terminating pods and pods of other namespaces are not counted', () => {
    const snap = makeSnapshot(nodes, [
      { pod: makePod('t').labels({ app: 'web' }).terminating().obj(), node: 'a1' },
      { pod: makePod('o').namespace('other').labels({ app: 'web' }).obj(), node: 'a1' },
    ]);
    const pod = makePod().labels({ app: 'web' }).spread({ maxSkew: 1, topologyKey: 'zone',
      whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } }).info();
    const s = newCycleState();
    podTopologySpread.preFilter(s, pod, snap);
    expect(podTopologySpread.filter(s, pod, snap.get('a1')!)).toEqual(SUCCESS);
  });
});

test('ScheduleAnyway scores: zone a holds 2 matching pods, b none; weight ln(2 domains + 2)', () => {
  const snap = makeSnapshot(nodes, [{ pod: web('w1'), node: 'a1' }, { pod: web('w2'), node: 'a2' }]);
  const pod = makePod().labels({ app: 'web' }).spread({ maxSkew: 1, topologyKey: 'zone',
    whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } }).info();
  const s = newCycleState();
  expect(podTopologySpread.preScore(s, pod, snap, snap.nodes)).toEqual(SUCCESS);
  const scores = snap.nodes.map((n) => podTopologySpread.score(s, pod, n));
  // a: 2 * ln 4 + (1 - 1) = 2.77 -> 3; b: 0
  expect(scores).toEqual([3, 3, 0]);
  podTopologySpread.normalizeScore(s, pod, scores, snap.nodes);
  // 100 * (max + min - s) / max with max 3, min 0
  expect(scores).toEqual([0, 0, 100]);
});

test('system default constraints spread a ReplicaSet\'s pods when the pod has none', () => {
  const snap = makeSnapshot(nodes.map((n) => ({ ...n, metadata: { ...n.metadata,
    labels: { ...n.metadata.labels, 'topology.kubernetes.io/zone': n.metadata.labels!.zone } } })), [
    { pod: { ...web('w1'), metadata: { ...web('w1').metadata,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: asUid('rs1'),
        controller: true }] } },
        node: 'a1' },
  ]);
  snap.state = evolveAll(snap.state, [{ type: 'ObjectApplied', at: 0, resource: 'replicasets', key: 'default/rs',
    object: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'web' } } } } }]);
  const base = makePod().labels({ app: 'web' }).obj();
  const pod = makePod().labels({ app: 'web' }).info();
  pod.pod = { ...base, metadata: { ...base.metadata, ownerReferences: [
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: asUid('rs1'), controller: true }] } };
  const s = newCycleState();
  expect(podTopologySpread.preScore(s, pod, snap, snap.nodes)).toEqual(SUCCESS);
  const scores = snap.nodes.map((n) => podTopologySpread.score(s, pod, n));
  // hostname (maxSkew 3, 3 nodes: ln 5 = 1.609): a1 1*1.609 + 2, others 2; zone (maxSkew 5, 2 zones: ln 4 = 1.386): a
  // 1.386 + 4, b 4
  // a1 = 3.609 + 5.386 = 8.996 -> 9; a2 = 2 + 5.386 = 7.386 -> 7; b1 = 2 + 4 = 6
  expect(scores).toEqual([9, 7, 6]);
});
