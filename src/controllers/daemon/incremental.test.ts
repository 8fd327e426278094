import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { KubeObject, Node, Taint } from '../../api/types.js';
import { DEFAULT_COMPONENTS } from '../../engine/components.js';
import { buildNode } from '../../scenario/nodes.js';
import type { BehaviorRule, Scenario, TimelineAction } from '../../scenario/types.js';
import { controller } from '../controller.js';
import { daemonSetControllerDef } from './daemonSet.js';
import { factLines } from '../../../test-support/kubelet.js';

/*
 * The DaemonSet controller with its cache keeps each DaemonSet's sync in a book and examines only
 * the nodes whose pods or Should changed (book.ts); without the cache every sync walks every node
 * and rollingUpdate counts as it goes (syncScan, update.ts rollingUpdate). Both must emit the same
 * facts in the same order: the whole log of random clusters is compared.
 */

const SCAN = DEFAULT_COMPONENTS.map((f) => (f.name === daemonSetControllerDef.name
  ? controller({ ...daemonSetControllerDef, createCache: undefined }) : f));

const M = 60_000;
const node = (name: string, ssd: boolean, taint: Taint | undefined): Node => buildNode(name, {
  capacity: { cpu: '8', memory: '32Gi', pods: '110' }, labels: ssd ? { disk: 'ssd' } : {},
  ...(taint ? { taints: [taint] } : {}) }, [], 'nodes');
const taintArb = fc.option(fc.record({ key: fc.constant('dedicated'), value: fc.constant('x'),
  effect: fc.constantFrom('NoSchedule' as const, 'NoExecute' as const) }), { nil: undefined });
const bound = fc.constantFrom<number | string>(0, 1, 2, '30%', '50%');
const surge = fc.constantFrom<number | string>(0, 0, 0, 1, '30%');

const dsArb = fc.record({
  ssdOnly: fc.boolean(), tolerate: fc.boolean(), onDelete: fc.constantFrom(false, false, false, true),
  maxUnavailable: bound,
  maxSurge: surge,
  minReadySeconds: fc.constantFrom(0, 0, 20), probe: fc.boolean(),
});

const actionArb = (nodes: number, sets: number) => fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('setImage'), i: fc.nat(sets - 1), v: fc.integer({ min: 2, max: 9 }) }),
    weight: 4 },
  fc.record({ k: fc.constantFrom('nodeLost', 'nodeRecovered', 'removeNode', 'cordon', 'uncordon', 'drain'),
    i: fc.nat(nodes + 1) }),
  fc.record({ k: fc.constant('relabel'), i: fc.nat(nodes - 1), ssd: fc.boolean(), taint: taintArb }),
  fc.record({ k: fc.constant('addNode'), i: fc.integer({ min: nodes, max: nodes + 1 }), ssd: fc.boolean() }),
  { arbitrary: fc.record({ k: fc.constant('orphan'), i: fc.nat(sets - 1), on: fc.nat(nodes - 1), fail: fc.boolean() }),
    weight: 2 },
  { arbitrary: fc.record({ k: fc.constant('deleteDs'), i: fc.nat(sets - 1) }), weight: 1 },
);

const clusterArb = fc.record({
  nodes: fc.array(fc.record({ ssd: fc.boolean(), taint: taintArb }), { minLength: 2, maxLength: 12 }),
  sets: fc.array(dsArb, { minLength: 1, maxLength: 3 }),
  seed: fc.nat(1000),
}).chain((c) => fc.record({
  c: fc.constant(c),
  timeline: fc.array(fc.record({ at: fc.integer({ min: 0, max: 12 * M }), a: actionArb(c.nodes.length,
    c.sets.length) }), { maxLength: 10 }),
}));

type Cluster = typeof clusterArb extends fc.Arbitrary<infer T> ? T : never;

function scenario({ c, timeline }: Cluster): Scenario {
  const nodes = c.nodes.map((n, i) => node(`node-${i}`, n.ssd, n.taint));
  const manifests: KubeObject[] = c.sets.map((d, i) => ({
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: `agent-${i}`, namespace: 'default' },
    spec: {
      selector: { matchLabels: { app: `agent-${i}` } }, minReadySeconds: d.minReadySeconds,
      updateStrategy: d.onDelete ? { type: 'OnDelete' } : { type: 'RollingUpdate', rollingUpdate: {
        maxUnavailable: d.maxUnavailable === 0 && d.maxSurge === 0 ? 1 : d.maxUnavailable, maxSurge: d.maxSurge } },
      template: { metadata: { labels: { app: `agent-${i}` } }, spec: {
        ...(d.ssdOnly ? { nodeSelector: { disk: 'ssd' } } : {}),
        ...(d.tolerate ? { tolerations: [{ key: 'dedicated', operator: 'Exists' }] } : {}),
        containers: [{ name: 'agent', image: `agent-${i}:1`,
          ...(d.probe ? { readinessProbe: { exec: { command: ['ok'] }, periodSeconds: 10 } } : {}) }] } },
    },
  }));
  const behaviors: BehaviorRule[] = c.sets.flatMap((d, i) => (d.probe ? [{ match: { labels: { app: `agent-${i}` } },
    behavior: { startDelay: 15_000, probes: { readiness: { failAfter: 60_000, passAfter: 120_000 } } } }] : []));
  const actions = timeline.map(({ at, a }): { at: number; action: TimelineAction } => {
    const ref = (i: number) => ({ resource: 'daemonsets', objectKind: 'DaemonSet', namespace: 'default',
      name: `agent-${i}` });
    const nodeName = `node-${a.i}`;
    switch (a.k) {
      case 'setImage': return { at, action: { kind: 'setImage', ...ref(a.i), container: 'agent',
        image: `agent-${a.i}:${a.v}` } };
      case 'relabel': return { at, action: { kind: 'apply', objects: [{ object: node(nodeName, a.ssd,
        a.taint) as unknown as KubeObject, source: { file: 'test' } }] } };
      case 'addNode': return { at, action: { kind: 'addNode', node: node(nodeName, a.ssd, undefined) } };
      case 'orphan': return { at, action: { kind: 'apply', objects: [{ source: { file: 'test' }, object: {
        apiVersion: 'v1', kind: 'Pod', metadata: { name: `stray-${at}`, namespace: 'default',
          labels: { app: `agent-${a.i}` } },
        spec: { nodeName: `node-${a.on}`, restartPolicy: a.fail ? 'Never' : 'Always',
          containers: [{ name: 'agent', image: a.fail ? 'fails:1' : `agent-${a.i}:1` }] } }, }] } };
      case 'deleteDs': return { at, action: { kind: 'delete', ...ref(a.i) } };
      default: return { at, action: { kind: a.k, node: nodeName } as TimelineAction };
    }
  });
  behaviors.push({ match: { image: 'fails:1' }, behavior: { exitAfter: 20_000, exitCode: 1 } });
  return {
    name: 'daemonsets', file: 'test', seed: c.seed, until: 20 * M, startTime: 0, nodes,
    manifests: manifests.map((object) => ({ object, source: { file: 'test' } })),
    timeline: actions.sort((x, y) => x.at - y.at).map((t) => ({ ...t, source: { file: 'test' } })),
    behaviors, staticPods: [], warnings: [],
  };
}

describe('the DaemonSet controller with its book', () => {
  test('emits the same facts as walking every node at every sync (random clusters, rollouts, node changes, ' +
    'orphans that fail)', () => {
    let facts = 0;
    const kinds = new Set<string>();
    fc.assert(fc.property(clusterArb, (cluster) => {
      const s = scenario(cluster);
      const incremental = factLines(s, DEFAULT_COMPONENTS), scan = factLines(s, SCAN);
      facts += scan.length;
      for (const l of scan) {
        const m = /"reason":"(\w+)"/.exec(l);
        if (m) kinds.add(m[1]);
      }
      expect(incremental).toEqual(scan);
    }), { numRuns: 60, seed: 17 });
    // The runs reached what the book must get right: creations, deletions, failed pods, adoption.
    for (const k of ['SuccessfulCreate', 'SuccessfulDelete', 'FailedDaemonPod']) expect(kinds).toContain(k);
    expect(facts).toBeGreaterThan(5_000);
  });
});
