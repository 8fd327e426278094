import { expect, test } from 'vitest';
import { explainAttempt } from './explain.js';
import { asNodeName, asUid } from '../../api/ids.js';

test('an explained attempt prints feasible nodes by total (selected starred), then rejected nodes with their filter',
  () => {
  const text = explainAttempt({
    type: 'SchedulingAttemptExplained', at: 61_000, pod: 'default/web', uid: asUid('u'), attempt: 2,
      profile: 'default-scheduler', selected: asNodeName('n1'), evaluated: 3, totalNodes: 3,
    nodes: [
      { node: asNodeName('n3'), verdict: 'Insufficient cpu', plugin: 'NodeResourcesFit' },
      { node: asNodeName('n2'), verdict: 'Feasible', scores: { NodeResourcesFit: [40, 40, 40] }, total: 40 },
      { node: asNodeName('n1'), verdict: 'Feasible', scores: { NodeResourcesFit: [75, 75, 75] }, total: 75 },
    ],
  });
  expect(text).toBe([
    'Attempt 2 at 1m1s: bound to n1 (3 of 3 nodes filtered, profile default-scheduler)',
    '',
    'NODE  NodeResourcesFit (raw>norm*w)  TOTAL',
    '*n1   75>75=75                       75',
    ' n2   40>40=40                       40',
    '',
    'NODE  FILTER            REASON',
    'n3    NodeResourcesFit  Insufficient cpu',
  ].join('\n'));
});
