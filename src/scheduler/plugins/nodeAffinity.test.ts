import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState, preFilterNodesKey } from '../cycleState.js';
import { SUCCESS, unresolvable } from '../status.js';
import { nodeAffinity } from './nodeAffinity.js';

const NO = unresolvable('NodeAffinity', "node(s) didn't match Pod's node affinity/selector");
const node = makeNode('n1').labels({ zone: 'a', gen: '5', disk: 'ssd' }).obj();

describe('NodeAffinity filter', () => {
  test.each([
    { name: 'nodeSelector matching every label passes', pod: makePod().nodeSelector({ zone: 'a', disk: 'ssd' }),
      want: SUCCESS },
    { name: 'nodeSelector with a wrong value fails', pod: makePod().nodeSelector({ zone: 'b' }), want: NO },
    { name: 'In with the value passes', pod: makePod().requiredNodeAffinity(
      [{ key: 'zone', operator: 'In', values: ['a', 'b'] }]), want: SUCCESS },
    { name: 'In without the value fails', pod: makePod().requiredNodeAffinity(
      [{ key: 'zone', operator: 'In', values: ['b'] }]), want: NO },
    { name: 'NotIn with the value fails', pod: makePod().requiredNodeAffinity(
      [{ key: 'zone', operator: 'NotIn', values: ['a'] }]), want: NO },
    { name: 'NotIn on a missing key passes', pod: makePod().requiredNodeAffinity(
      [{ key: 'rack', operator: 'NotIn', values: ['r1'] }]), want: SUCCESS },
    { name: 'Exists passes when the key is there', pod: makePod().requiredNodeAffinity(
      [{ key: 'disk', operator: 'Exists' }]), want: SUCCESS },
    { name: 'Exists fails when the key is missing', pod: makePod().requiredNodeAffinity(
      [{ key: 'gpu', operator: 'Exists' }]), want: NO },
    { name: 'DoesNotExist passes when the key is missing', pod: makePod().requiredNodeAffinity(
      [{ key: 'gpu', operator: 'DoesNotExist' }]), want: SUCCESS },
    { name: 'DoesNotExist fails when the key is there', pod: makePod().requiredNodeAffinity(
      [{ key: 'zone', operator: 'DoesNotExist' }]), want: NO },
    { name: 'Gt compares integers (5 > 4)', pod: makePod().requiredNodeAffinity(
      [{ key: 'gen', operator: 'Gt', values: ['4'] }]), want: SUCCESS },
    { name: 'Gt fails when equal', pod: makePod().requiredNodeAffinity([{ key: 'gen', operator: 'Gt', values: ['5'] }]),
      want: NO },
    { name: 'Lt compares integers (5 < 10, not as strings)',
      pod: makePod().requiredNodeAffinity([{ key: 'gen', operator: 'Lt', values: ['10'] }]), want: SUCCESS },
    { name: 'Gt on a non-integer label fails', pod: makePod().requiredNodeAffinity(
      [{ key: 'zone', operator: 'Gt', values: ['1'] }]), want: NO },
    { name: 'terms are ORed: a second matching term passes',
      pod: makePod().requiredNodeAffinity([{ key: 'zone', operator: 'In', values: ['b'] }],
        [{ key: 'disk', operator: 'Exists' }]), want: SUCCESS },
    { name: 'requirements in a term are ANDed', pod: makePod().requiredNodeAffinity(
      [{ key: 'zone', operator: 'In', values: ['a'] }, { key: 'gpu', operator: 'Exists' }]), want: NO },
    { name: 'matchFields metadata.name In the node name passes',
      pod: makePod().requiredNodeFields({ key: 'metadata.name', operator: 'In', values: ['n1'] }), want: SUCCESS },
    { name: 'matchFields metadata.name NotIn the node name fails',
      pod: makePod().requiredNodeFields({ key: 'metadata.name', operator: 'NotIn', values: ['n1'] }), want: NO },
    { name: 'nodeSelector and affinity must both hold', pod: makePod().nodeSelector({ zone: 'b' }).requiredNodeAffinity(
      [{ key: 'disk', operator: 'Exists' }]), want: NO },
  ])('$name', ({ pod, want }) => {
    const snap = makeSnapshot([node]);
    expect(nodeAffinity.filter(newCycleState(), pod.info(), snap.get('n1')!)).toEqual(want);
  });
});

test('Score sums the weights of matching preferred terms and normalises by the maximum', () => {
  const snap = makeSnapshot([
    makeNode('n1').labels({ zone: 'a', disk: 'ssd' }).obj(),
    makeNode('n2').labels({ zone: 'a' }).obj(),
    makeNode('n3').obj(),
  ]);
  const pod = makePod().preferredNodeAffinity({ weight: 2, match: [{ key: 'zone', operator: 'In', values: ['a'] }] },
    { weight: 5, match: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }).info();
  const s = newCycleState();
  const scores = snap.nodes.map((n) => nodeAffinity.score(s, pod, n));
  expect(scores).toEqual([7, 2, 0]);
  nodeAffinity.normalizeScore(s, pod, scores);
  expect(scores).toEqual([100, 28, 0]); // 2 * 100 / 7 = 28.57 -> 28
});

test('PreScore skips a pod without preferred terms', () => {
  expect(nodeAffinity.preScore(newCycleState(), makePod().nodeSelector({ zone: 'a' }).info())).toEqual(
    { code: 'Skip' });
  expect(nodeAffinity.preScore(newCycleState(), makePod().preferredNodeAffinity(
    { weight: 1, match: [{ key: 'zone', operator: 'Exists' }] }).info())).toEqual({ code: 'Success' });
});

test('PreFilter skips the filter for a pod without nodeSelector or required terms', () => {
  expect(nodeAffinity.preFilter(newCycleState(), makePod().info())).toEqual({ code: 'Skip' });
  expect(nodeAffinity.preFilter(newCycleState(), makePod().nodeSelector({ zone: 'a' }).info())).toEqual(
    { code: 'Success' });
  expect(nodeAffinity.preFilter(newCycleState(), makePod().requiredNodeAffinity(
    [{ key: 'zone', operator: 'Exists' }]).info())).toEqual({ code: 'Success' });
});

test('PreFilter narrows to the named nodes, and reports terms whose names conflict', () => {
  const s = newCycleState();
  expect(nodeAffinity.preFilter(s, makePod().requiredNodeFields(
    { key: 'metadata.name', operator: 'In', values: ['n1', 'n2'] }).info())).toEqual({ code: 'Success' });
  expect(s.read(preFilterNodesKey)).toEqual({ names: new Set(['n1', 'n2']), plugins: ['NodeAffinity'] });
  const conflict = makePod().requiredNodeFields({ key: 'metadata.name', operator: 'In', values: ['n1'] },
    { key: 'metadata.name', operator: 'In', values: ['n2'] }).info();
  expect(nodeAffinity.preFilter(newCycleState(), conflict)).toEqual(
    unresolvable('NodeAffinity', 'pod affinity terms conflict'));
});
