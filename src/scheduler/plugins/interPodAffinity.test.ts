import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../status.js';
import { interPodAffinity } from './interPodAffinity.js';

const nodes = [
  makeNode('n1').labels({ zone: 'a' }).obj(),
  makeNode('n2').labels({ zone: 'a' }).obj(),
  makeNode('n3').labels({ zone: 'b' }).obj(),
];
const db = makePod('db').labels({ app: 'db' }).obj();
const term = (app: string, topologyKey: string) => ({ labelSelector: { matchLabels: { app } }, topologyKey });

function verdicts(existing: { pod: ReturnType<typeof makePod>['obj'] extends () => infer P ? P : never;
  node: string }[], pod: ReturnType<typeof makePod>) {
  const snap = makeSnapshot(nodes, existing);
  const info = pod.info();
  const s = newCycleState();
  const pre = interPodAffinity.preFilter(s, info, snap);
  if (pre.code === 'Skip') return 'skipped';
  return snap.nodes.map((n) => interPodAffinity.filter(s, info, n));
}

describe('InterPodAffinity filter', () => {
  test('required anti-affinity by hostname keeps the pod off the node with a matching pod', () => {
    expect(verdicts([{ pod: db, node: 'n1' }], makePod().podAffinity('podAntiAffinity',
      [term('db', 'kubernetes.io/hostname')])))
      .toEqual([unschedulable('InterPodAffinity', "node(s) didn't match pod anti-affinity rules"), SUCCESS, SUCCESS]);
  });
  test('required anti-affinity by zone blocks the whole zone', () => {
    expect(verdicts([{ pod: db, node: 'n1' }], makePod().podAffinity('podAntiAffinity', [term('db', 'zone')])))
      .toEqual([unschedulable('InterPodAffinity', "node(s) didn't match pod anti-affinity rules"),
        unschedulable('InterPodAffinity', "node(s) didn't match pod anti-affinity rules"), SUCCESS]);
  });
  test("an existing pod's anti-affinity keeps a matching pod away", () => {
    const guard = makePod('guard').labels({ app: 'guard' }).podAffinity('podAntiAffinity',
      [term('web', 'kubernetes.io/hostname')]).obj();
    expect(verdicts([{ pod: guard, node: 'n2' }], makePod().labels({ app: 'web' })))
      .toEqual([SUCCESS, unschedulable('InterPodAffinity', "node(s) didn't satisfy existing pods anti-affinity rules"),
        SUCCESS]);
  });
  test('required affinity by zone needs a matching pod in the zone', () => {
    expect(verdicts([{ pod: db, node: 'n1' }], makePod().podAffinity('podAffinity', [term('db', 'zone')])))
      .toEqual([SUCCESS, SUCCESS, unresolvable('InterPodAffinity', "node(s) didn't match pod affinity rules")]);
  });
  test('the first pod of a group that matches its own affinity may go anywhere', () => {
    expect(verdicts([], makePod().labels({ app: 'db' }).podAffinity('podAffinity', [term('db', 'zone')]))).toEqual(
      [SUCCESS, SUCCESS, SUCCESS]);
  });
  test('affinity with no matching pod anywhere and no self match fails everywhere', () => {
    const NO = unresolvable('InterPodAffinity', "node(s) didn't match pod affinity rules");
    expect(verdicts([], makePod().podAffinity('podAffinity', [term('db', 'zone')]))).toEqual([NO, NO, NO]);
  });
  test('pods in other namespaces do not match a term without namespaces', () => {
    expect(verdicts([{ pod: makePod('db2').namespace('other').labels({ app: 'db' }).obj(), node: 'n1' }],
      makePod().podAffinity('podAntiAffinity', [term('db', 'kubernetes.io/hostname')])))
      .toEqual([SUCCESS, SUCCESS, SUCCESS]);
  });
  test('a pod without affinity in a cluster without anti-affinity skips the plugin', () => {
    expect(verdicts([{ pod: db, node: 'n1' }], makePod())).toBe('skipped');
  });
});

test('Score: preferred affinity (weight 10) and anti-affinity (weight 4) by zone, normalised by min and max', () => {
  const cache = makeSnapshot(nodes, [{ pod: db, node: 'n1' },
    { pod: makePod('c').labels({ app: 'cache' }).obj(), node: 'n3' }]);
  const pod = makePod().podAffinity('podAffinity', [], [{ weight: 10, podAffinityTerm: term('db', 'zone') }]);
  const info = pod.info();
  const withAnti = { ...info, preferredAntiAffinity: makePod().podAffinity('podAntiAffinity', [],
    [{ weight: 4, podAffinityTerm: term('cache', 'zone') }]).info().preferredAntiAffinity };
  const s = newCycleState();
  expect(interPodAffinity.preScore(s, withAnti, cache)).toEqual(SUCCESS);
  const scores = cache.nodes.map((n) => interPodAffinity.score(s, withAnti, n));
  expect(scores).toEqual([10, 10, -4]);
  interPodAffinity.normalizeScore(s, withAnti, scores);
  expect(scores).toEqual([100, 100, 0]);
  expect(interPodAffinity.preScore(newCycleState(), makePod().info(),
    makeSnapshot(nodes, [{ pod: db, node: 'n1' }]))).toEqual(SKIP);
});
