import { describe, expect, test } from 'vitest';
import { applyCase, caseSize, faultTimeline, nodeNamesOf } from './materialize.js';
import type { FuzzBase } from './types.js';

const nodes = ['n0', 'n1', 'n2'];
const pods = [{ namespace: 'default', pod: 'db-0' }, { namespace: 'prod', pod: 'solo', container: 'main' }];

describe('faultTimeline', () => {
  test.each([
    { name: 'a node loss with its recovery, in time order',
      faults: [{ kind: 'nodeLost' as const, at: 60_000, target: 4, recoverAfter: 30_000 },
        { kind: 'nodeLost' as const, at: 70_000, target: 0 }],
      want: [{ at: '60s', nodeLost: 'n1' }, { at: '70s', nodeLost: 'n0' }, { at: '90s', nodeRecovered: 'n1' }] },
    { name: 'never the last live node, never a node already lost',
      faults: [0, 1, 2].map((t) => ({ kind: 'nodeLost' as const, at: 1000 * t, target: t })).concat(
        [{ kind: 'nodeLost', at: 5000, target: 3 }]),
      want: [{ at: '0s', nodeLost: 'n0' }, { at: '1s', nodeLost: 'n1' }] },
    { name: 'container faults aim at known pods by index', faults: [{ kind: 'oom' as const, at: 2000, target: 1 },
      { kind: 'crash' as const, at: 1000, target: 2 }],
      want: [{ at: '1s', fault: { type: 'crash', pod: 'db-0' } },
        { at: '2s', fault: { type: 'oom', pod: 'solo', namespace: 'prod', container: 'main' } }] },
  ])('$name', ({ faults, want }) => expect(faultTimeline(faults, nodes, pods)).toEqual(want));

  test('a node lost by the user timeline counts as lost', () => {
    expect(faultTimeline([{ kind: 'nodeLost', at: 5000, target: 0 }, { kind: 'nodeLost', at: 6000, target: 2 }], nodes,
      [], [{ at: 1000, node: 'n1', lost: true }])).toEqual([{ at: '5s', nodeLost: 'n0' }]);
  });

  test('container faults are dropped when no pod name is known in advance', () => {
    expect(faultTimeline([{ kind: 'probeFail', at: 0, target: 0 }], nodes, [])).toEqual([]);
  });
});

describe('applyCase', () => {
  const base: FuzzBase = {
    doc: { apiVersion: 'kubesim/v1', kind: 'Scenario', metadata: { name: 's' }, seed: 1,
      nodes: [{ namePrefix: 'w-', count: 3 }, { name: 'gpu' }], manifests: [{ kind: 'Pod' }],
        timeline: [{ at: '1m', cordon: 'gpu' }], behaviors: [{ match: { pod: 'a' }, startDelay: '1s' },
          { match: { pod: 'b' } }] },
    nodeGroups: [3, 0], nodeMins: [1, 1], podTargets: [], until: 600_000, behaviorRules: 2,
  };
  test('sets the seed and node counts and appends the faults and operations, as chaos entries, after the user timeline',
    () => {
    const doc = applyCase(base, { seed: 9, nodeCounts: [1, 1],
      ops: [{ kind: 'nodeLost', at: 0, pick: 1, recoverAfter: 90_000 },
        { kind: 'scale', at: 5000, pick: 0, delta: -1 }], startDelays: [0, 0, 0] });
    expect(doc).toEqual({
      ...base.doc, seed: 9, nodes: [{ namePrefix: 'w-', count: 1 }, { name: 'gpu' }],
      timeline: [{ at: '1m', cordon: 'gpu' }, { at: '0s', chaos: { kind: 'nodeLost', pick: 1, recoverAfter: '90s' } },
        { at: '5s', chaos: { kind: 'scale', pick: 0, delta: -1 } }],
    });
    expect(nodeNamesOf(doc.nodes)).toEqual(['w-0', 'gpu']);
    expect(caseSize(doc)).toEqual({ objects: 1, faults: 3, nodes: 2 });
  });

  test('varies start delays: a rule keeps its own at 0, and a catch-all rule follows the user rules', () => {
    expect(applyCase(base, { seed: 1, nodeCounts: [3, 1], ops: [], startDelays: [0, 5000, 12000] }).behaviors).toEqual([
      { match: { pod: 'a' }, startDelay: '1s' }, { match: { pod: 'b' }, startDelay: '5s' },
        { match: {}, startDelay: '12s' },
    ]);
  });
});
