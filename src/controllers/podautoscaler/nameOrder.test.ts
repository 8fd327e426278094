import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asNodeName, asUid } from '../../api/ids.js';
import type { KubeObject, Node, Pod } from '../../api/types.js';
import { DEFAULT_COMPONENTS } from '../../engine/components.js';
import { buildNode } from '../../scenario/nodes.js';
import type { BehaviorRule, Scenario, TimelineAction } from '../../scenario/types.js';
import { ControllerComponent } from '../controller.js';
import { makeHorizontalController, podsByName } from './podAutoscaler.js';
import { factLines } from '../../../test-support/kubelet.js';

/*
 * The HPA keeps each target's order of pods by name between syncs (podsByName) while the lister
 * gives the same pods in the same order. Compared with sorting afresh: call by call, and as the
 * whole log of random autoscaled Deployments with and without the controller's cache.
 */

const pod = (uid: string, name: string): Pod => ({ apiVersion: 'v1', kind: 'Pod',
  metadata: { uid: asUid(uid), name, namespace: 'default' }, spec: { containers: [] },
  status: { phase: 'Running', conditions: [] } });
const byName = (pods: readonly Pod[]) => [...pods].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));

describe('podsByName', () => {
  test('gives the name order of every list in a sequence, whatever the last one was', () => {
    // A pool of pods (names unique, uids unique); each step lists some of them, often as the step before.
    const pool = Array.from({ length: 12 }, (_, i) => pod(`uid-${i}`, `web-${'zyxwvutsrqpo'[i]}${i % 3}`));
    const step = fc.oneof(fc.constant('same' as const), fc.constant('fresh copies' as const),
      fc.shuffledSubarray(pool.map((_, i) => i)));
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
      const mem = {};
      let last: Pod[] = [];
      for (const s of steps) {
        // 'fresh copies': the same pods as new objects (a status change), in the same order.
        const list = s === 'same' ? last : s === 'fresh copies' ? last.map((p) => ({ ...p }))
          : s.map((i) => pool[i]);
        expect(podsByName(list, mem)).toEqual(byName(list));
        for (const [i, p] of podsByName(list, mem).entries()) expect(p).toBe(byName(list)[i]);
        last = list;
      }
    }), { numRuns: 200, seed: 5 });
  });
});

const M = 60_000;
const node = (i: number): Node => buildNode(`node-${i}`, { capacity: { cpu: '4', memory: '16Gi', pods: '30' } }, [],
  'nodes');

const appArb = fc.record({
  replicas: fc.integer({ min: 1, max: 4 }), max: fc.integer({ min: 4, max: 9 }), target: fc.constantFrom(30, 50, 80),
  load: fc.array(fc.record({ at: fc.integer({ min: 0, max: 20 * M }), value: fc.integer({ min: 5, max: 300 }) }),
    { minLength: 1, maxLength: 4 }),
});
const actionArb = (apps: number) => fc.oneof(
  fc.record({ k: fc.constant('setImage' as const), i: fc.nat(apps - 1), v: fc.integer({ min: 2, max: 9 }) }),
  fc.record({ k: fc.constant('scale' as const), i: fc.nat(apps - 1), n: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ k: fc.constant('nodeLost' as const), i: fc.nat(2) }),
);
const clusterArb = fc.record({ apps: fc.array(appArb, { minLength: 1, maxLength: 2 }), seed: fc.nat(1000) })
  .chain((c) => fc.record({ c: fc.constant(c), timeline: fc.array(fc.record({ at: fc.integer({ min: 0, max: 25 * M }),
    a: actionArb(c.apps.length) }), { maxLength: 6 }) }));

function scenario({ c, timeline }: typeof clusterArb extends fc.Arbitrary<infer T> ? T : never): Scenario {
  const manifests: KubeObject[] = c.apps.flatMap((a, i) => [{
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `app-${i}`, namespace: 'default' },
    spec: { replicas: a.replicas, selector: { matchLabels: { app: `app-${i}` } }, template: {
      metadata: { labels: { app: `app-${i}` } }, spec: { containers: [{ name: 'app', image: `app-${i}:1`,
        resources: { requests: { cpu: '100m' } } }] } } },
  }, {
    apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: `app-${i}`, namespace: 'default' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `app-${i}` }, minReplicas: 1,
      maxReplicas: a.max, metrics: [{ type: 'Resource', resource: { name: 'cpu',
        target: { type: 'Utilization', averageUtilization: a.target } } }] },
  }]);
  const behaviors: BehaviorRule[] = c.apps.map((a, i) => ({ match: { labels: { app: `app-${i}` } },
    behavior: { cpu: [...a.load].sort((x, y) => x.at - y.at) } }));
  const ref = (i: number) => ({ resource: 'deployments', objectKind: 'Deployment', namespace: 'default',
    name: `app-${i}` });
  const actions = timeline.map(({ at, a }): { at: number; action: TimelineAction } => {
    switch (a.k) {
      case 'setImage': return { at, action: { kind: 'setImage', ...ref(a.i), container: 'app', image: `app:${a.v}` } };
      case 'scale': return { at, action: { kind: 'scale', ...ref(a.i), replicas: a.n } };
      default: return { at, action: { kind: 'nodeLost', node: asNodeName(`node-${a.i}`) } };
    }
  });
  return {
    name: 'hpa', file: 'test', seed: c.seed, until: 30 * M, startTime: 0, nodes: [0, 1, 2].map(node),
    manifests: manifests.map((object) => ({ object, source: { file: 'test' } })),
    timeline: actions.sort((x, y) => x.at - y.at).map((t) => ({ ...t, source: { file: 'test' } })),
    behaviors, staticPods: [], warnings: [],
  };
}

const HPA = 'horizontal-pod-autoscaler';
/** The HPA controller without its cache: every sync lists by scanning and sorts by name afresh. */
const WITHOUT_CACHE = DEFAULT_COMPONENTS.map((f) => (f.name === HPA ? { name: HPA,
  create: (s: Scenario, ctx: { rng: ConstructorParameters<typeof ControllerComponent>[2] }) => new ControllerComponent(
    { ...makeHorizontalController(), createCache: undefined }, s, ctx.rng) } : f));

describe('the HPA with its cache', () => {
  test('emits the same facts as listing and sorting afresh at every sync (random loads, rollouts, scales, node loss)',
    () => {
      let rescales = 0;
      fc.assert(fc.property(clusterArb, (cluster) => {
        const s = scenario(cluster);
        const cached = factLines(s, DEFAULT_COMPONENTS), fresh = factLines(s, WITHOUT_CACHE);
        rescales += fresh.filter((l) => l.includes('"SuccessfulRescale"')).length;
        expect(cached).toEqual(fresh);
      }), { numRuns: 25, seed: 11 });
      expect(rescales).toBeGreaterThan(10);
    });
});
