import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { SUCCESS, unresolvable } from '../status.js';
import { taintToleration } from './taintToleration.js';

const reject = (k: string, v: string) => unresolvable('TaintToleration', `node(s) had untolerated taint {${k}: ${v}}`);

describe('TaintToleration filter', () => {
  test.each([
    { name: 'a pod without tolerations is rejected by a NoSchedule taint',
      node: makeNode('n').taint('dedicated', 'user1', 'NoSchedule'), pod: makePod(),
        want: reject('dedicated', 'user1') },
    { name: 'a NoExecute taint rejects too', node: makeNode('n').taint('dedicated', 'user1', 'NoExecute'),
      pod: makePod(), want: reject('dedicated', 'user1') },
    { name: 'a PreferNoSchedule taint does not reject', node: makeNode('n').taint('dedicated', 'user1',
      'PreferNoSchedule'), pod: makePod(), want: SUCCESS },
    { name: 'Equal with the same key, value and effect tolerates',
      node: makeNode('n').taint('dedicated', 'user1', 'NoSchedule'),
        pod: makePod().toleration({ key: 'dedicated', operator: 'Equal', value: 'user1', effect: 'NoSchedule' }),
          want: SUCCESS },
    { name: 'Equal with another value does not tolerate', node: makeNode('n').taint('dedicated', 'user1', 'NoSchedule'),
      pod: makePod().toleration({ key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' }),
        want: reject('dedicated', 'user1') },
    { name: 'Exists with the key tolerates any value', node: makeNode('n').taint('dedicated', 'user1', 'NoSchedule'),
      pod: makePod().toleration({ key: 'dedicated', operator: 'Exists' }), want: SUCCESS },
    { name: 'Exists with an empty key tolerates every taint', node: makeNode('n').taint('a', 'b', 'NoExecute'),
      pod: makePod().toleration({ operator: 'Exists' }), want: SUCCESS },
    { name: 'a toleration for another effect does not tolerate',
      node: makeNode('n').taint('dedicated', 'user1', 'NoExecute'),
        pod: makePod().toleration({ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }),
          want: reject('dedicated', 'user1') },
    { name: 'the message shows an empty value for a taint without one',
      node: makeNode('n').taint('gpu', undefined, 'NoSchedule'), pod: makePod(), want: reject('gpu', '') },
    { name: 'the first untolerated taint is reported', node: makeNode('n').taint('a', '1', 'NoSchedule').taint('b', '2',
      'NoSchedule'), pod: makePod().toleration({ key: 'a', operator: 'Exists' }), want: reject('b', '2') },
  ])('$name', ({ node, pod, want }) => {
    const snap = makeSnapshot([node.obj()]);
    expect(taintToleration.filter(newCycleState(), pod.info(), snap.get('n')!)).toEqual(want);
  });
});

test('Score counts untolerated PreferNoSchedule taints and normalises in reverse', () => {
  const snap = makeSnapshot([
    makeNode('a').obj(),
    makeNode('b').taint('x', '1', 'PreferNoSchedule').obj(),
    makeNode('c').taint('x', '1', 'PreferNoSchedule').taint('y', '1', 'PreferNoSchedule').obj(),
    makeNode('d').taint('x', '1', 'PreferNoSchedule').taint('z', '1', 'PreferNoSchedule').obj(),
  ]);
  const pod = makePod().toleration({ key: 'z', operator: 'Exists', effect: 'PreferNoSchedule' }).info();
  const s = newCycleState();
  taintToleration.preScore(s, pod, snap);
  const scores = snap.nodes.map((n) => taintToleration.score(s, pod, n));
  expect(scores).toEqual([0, 1, 2, 1]);
  taintToleration.normalizeScore(s, pod, scores);
  // max 2: 100 - 100*raw/2
  expect(scores).toEqual([100, 50, 0, 50]);
});
