import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { KubeObject } from '../src/api/types.js';
import type { ClusterState } from '../src/reducers/state.js';
import { tget } from '../src/reducers/table.js';
import type { TimelineAction } from '../src/scenario/types.js';
import { isActive, isReady, node, pods, runChecked, scenario } from './arbitraries/workloads.js';
import { getObject } from '../src/reducers/state.js';
import { runs } from './support/runs.js';

/**
 * Laws for an OrderedReady StatefulSet under scaling and image changes: a pod `db-k` is only
 * ever created while db-0 .. db-(k-1) exist and are Running and Ready; no two live pods share an
 * ordinal; and once changes stop the pods are exactly db-0 .. db-(replicas-1), all Ready, each
 * with its own claim data-db-k.
 */
const sts = (replicas: number, minReadySeconds: number): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default' },
  spec: {
    replicas, serviceName: 'db', minReadySeconds, selector: { matchLabels: { app: 'db' } },
    template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'c', image: 'db:1', resources: { requests: { cpu: '100m' } } }] } },
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
  },
});
const ref = { resource: 'statefulsets', objectKind: 'StatefulSet', namespace: 'default', name: 'db' };
const ordinal = (name: string) => Number(name.slice('db-'.length));
const podNamed = (s: ClusterState, name: string) => { const uid = tget(s.podUids, `default/${name}`); return uid ? tget(s.pods, uid) : undefined; };

test('StatefulSet ordinals are unique and gap-free, created in OrderedReady order', () => {
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 5 }), fc.constantFrom(0, 5),
    fc.array(fc.record({ at: fc.integer({ min: 1, max: 200 }).map((s) => s * 1000), replicas: fc.integer({ min: 0, max: 6 }), image: fc.boolean() }), { maxLength: 5 }),
    (replicas, mrs, changes) => {
      const timeline = changes.map(({ at, replicas: r, image }): { at: number; action: TimelineAction } =>
        image ? { at, action: { kind: 'setImage', ...ref, container: 'c', image: `db:${r}` } } : { at, action: { kind: 'scale', ...ref, replicas: r } });
      const violations: string[] = [];
      const state = runChecked(scenario([node('a', 8), node('b', 8)], [sts(replicas, mrs)], timeline, 10 * 60_000), (events, before, after) => {
        for (const e of events) {
          if (e.type !== 'PodCreated' || !e.pod.startsWith('default/db-')) continue;
          const k = ordinal(e.object.metadata.name);
          for (let j = 0; j < k; j++) {
            const p = podNamed(before, `db-${j}`);
            if (!p || p.status.phase !== 'Running' || !isReady(p)) violations.push(`db-${k} created at ${e.at} before db-${j} was Running and Ready`);
          }
        }
        const live = pods(after).filter((p) => p.metadata.name.startsWith('db-'));
        if (new Set(live.map((p) => p.metadata.name)).size !== live.length) violations.push('two pods with one ordinal');
      });
      expect(violations).toEqual([]);
      const want = (getObject(state, 'statefulsets', 'default/db')!.spec as { replicas: number }).replicas;
      const live = pods(state).filter(isActive);
      expect(live.map((p) => p.metadata.name).sort()).toEqual(Array.from({ length: want }, (_, i) => `db-${i}`).sort());
      for (const p of live) {
        expect(isReady(p)).toBe(true);
        expect(p.spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: `data-${p.metadata.name}` } }]);
      }
    },
  ), { numRuns: runs(30) });
});
