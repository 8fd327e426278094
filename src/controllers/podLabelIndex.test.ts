import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { LabelSelector } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import { evolveAll } from '../reducers/index.js';
import { initialState } from '../reducers/state.js';
import { makePod } from '../../test-support/scheduler.js';
import { PodLabelIndex, podsMatching } from './podLabelIndex.js';
import { asUid, type Uid } from '../api/ids.js';

const labels = fc.record({ app: fc.constantFrom('x', 'y'), tier: fc.constantFrom('1', '2') }, { requiredKeys: [] });
const step = fc.oneof(
  fc.record({ op: fc.constant('create' as const), ns: fc.constantFrom('default', 'other'), labels }),
  fc.record({ op: fc.constant('relabel' as const), i: fc.nat(), labels }),
  fc.record({ op: fc.constant('delete' as const), i: fc.nat() }),
);
const selectors: LabelSelector[] = [
  { matchLabels: { app: 'x' } }, { matchLabels: { app: 'y', tier: '2' } }, { matchLabels: {} },
  { matchExpressions: [{ key: 'tier', operator: 'In', values: ['1'] }] },
  { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['x'] }] },
];
const byName = (ps: { metadata: { name: string } }[]) => ps.map((p) => p.metadata.name).sort();

/**
 * The index, read at random points of a run of pod facts (created, relabelled, deleted; first
 * read after some facts, so it is built from the state and then kept from facts), against a scan of every pod.
 */
test('PodLabelIndex selects exactly the pods a scan of the state selects', () => {
  fc.assert(fc.property(fc.array(fc.tuple(step, fc.boolean()), { maxLength: 30 }), (steps) => {
    const index = new PodLabelIndex();
    let state = initialState();
    const live: { key: string; uid: Uid }[] = [];
    steps.forEach(([s, read], n) => {
      let e: ClusterEvent | undefined;
      if (s.op === 'create') {
        const pod = makePod(`p${n}`).namespace(s.ns).uid(`u${n}`).labels(s.labels).obj();
        live.push({ key: `${s.ns}/p${n}`, uid: asUid(`u${n}`) });
        e = { type: 'PodCreated', at: n, pod: `${s.ns}/p${n}`, uid: asUid(`u${n}`), object: pod };
      } else if (live.length) {
        const t = live[s.i % live.length];
        if (s.op === 'delete') live.splice(s.i % live.length, 1);
        e = s.op === 'delete' ? { type: 'PodDeleted', at: n, pod: t.key, uid: t.uid }
          : { type: 'PodMetadataChanged', at: n, pod: t.key, uid: t.uid, labels: s.labels };
      }
      if (e) { state = evolveAll(state, [e]); index.observe([e], state); }
      if (!read) return;
      for (const ns of ['default', 'other']) for (const sel of selectors) {
        expect(byName(index.select(state, ns, sel))).toEqual(byName(podsMatching(state, ns, sel)));
      }
    });
  }), { numRuns: 200 });
});
