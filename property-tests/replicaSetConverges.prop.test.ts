import fc from 'fast-check';
import { expect, test } from 'vitest';
import { replay } from '../src/engine/replay.js';
import type { ClusterEvent } from '../src/events/index.js';
import { toApi } from '../src/output/toApi.js';
import type { TimelineAction } from '../src/scenario/types.js';
import { deployment, isActive, isReady, node, nodeCpus, pods, runChecked, scenario } from './arbitraries/workloads.js';
import { getObject } from '../src/reducers/state.js';
import { runs } from './support/runs.js';
import { asNodeName } from '../src/api/ids.js';

/**
 * Law: after the faults stop and enough virtual time passes, every Deployment (and so its
 * ReplicaSets) has exactly `replicas` ready pods when the cluster has room for them, all of the
 * current template, and its status says so; and replaying the log gives the same API objects.
 */
const ref = (name: string) => ({ resource: 'deployments', objectKind: 'Deployment', namespace: 'default', name });
const action = (deps: number, extraNodes: number) => fc.oneof(
  fc.record({ d: fc.nat(deps - 1), replicas: fc.integer({ min: 0, max: 6 }) }).map(({ d, replicas }): TimelineAction => ({ kind: 'scale', ...ref(`app-${d}`), replicas })),
  fc.record({ d: fc.nat(deps - 1), v: fc.integer({ min: 2, max: 4 }) }).map(({ d, v }): TimelineAction => ({ kind: 'setImage', ...ref(`app-${d}`), container: 'c', image: `img:${v}` })),
  fc.nat(extraNodes).map((i): TimelineAction => ({ kind: 'removeNode', node: asNodeName(`extra-${i}`) })),
  fc.nat(2).map((i): TimelineAction => ({ kind: 'addNode', node: node(`late-${i}`, 4) })),
  fc.record({ d: fc.nat(deps - 1) }).map(({ d }): TimelineAction => ({ kind: 'rolloutUndo', ...ref(`app-${d}`) })),
);

test('every Deployment converges to exactly replicas ready pods of its template', () => {
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 2 }), nodeCpus, fc.integer({ min: 1, max: 1000 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
    fc.integer({ min: 1, max: 3 }).chain((deps) => fc.array(fc.record({ at: fc.integer({ min: 1, max: 300 }).map((s) => s * 1000), action: action(3, 2) }), { maxLength: 8 }).map((t) => ({ deps, t }))),
    (extra, cpu, seed, replicas, { deps, t }) => {
      const nodes = [node('base', 8), ...Array.from({ length: extra + 1 }, (_, i) => node(`extra-${i}`, cpu))];
      const manifests = Array.from({ length: deps }, (_, i) => deployment(`app-${i}`, replicas[i], 'img:1', 100));
      const timeline = t.filter((x) => !('resource' in x.action) || Number(x.action.name.split('-')[1]) < deps);
      const log: ClusterEvent[] = [];
      const state = runChecked(scenario(nodes, manifests, timeline, 15 * 60_000, seed), undefined, log);
      // Replay from the facts alone gives the same API objects, statuses included.
      expect(JSON.stringify(toApi(replay(log)))).toBe(JSON.stringify(toApi(state)));
      for (let i = 0; i < deps; i++) {
        const d = getObject(state, 'deployments', `default/app-${i}`)!;
        const spec = d.spec as { replicas: number; template: { spec: { containers: { image: string }[] } } };
        const mine = pods(state).filter((p) => p.metadata.labels?.app === `app-${i}` && isActive(p));
        expect(mine.filter(isReady)).toHaveLength(spec.replicas);
        expect(mine).toHaveLength(spec.replicas);
        for (const p of mine) expect(p.spec.containers[0].image).toBe(spec.template.spec.containers[0].image);
        const st = (d.status ?? {}) as Record<string, number>;
        expect([st.replicas ?? 0, st.updatedReplicas ?? 0, st.readyReplicas ?? 0, st.availableReplicas ?? 0]).toEqual([spec.replicas, spec.replicas, spec.replicas, spec.replicas]);
      }
    },
  ), { numRuns: runs(25) });
});
