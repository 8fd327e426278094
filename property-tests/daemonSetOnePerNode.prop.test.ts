import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { KubeObject, Node, Taint } from '../src/api/types.js';
import type { TimelineAction } from '../src/scenario/types.js';
import { isActive, node, pods, runChecked, scenario } from './arbitraries/workloads.js';
import { getObject } from '../src/reducers/state.js';
import { runs } from './support/runs.js';
import { asNodeName } from '../src/api/ids.js';

/**
 * Law: once the node changes stop (and the pod GC's 40 s quarantine has passed), a DaemonSet has
 * exactly one pod on each node that should run it and none elsewhere. The model of "should run"
 * is written here from the rule, not from the controller: the node has the selected label and
 * every NoSchedule/NoExecute taint on it is the tolerated `dedicated` one (or a node
 * condition taint the DaemonSet tolerates by itself); cordoned nodes still count.
 */
const nodeSpec = fc.record({
  worker: fc.boolean(),
  taint: fc.constantFrom<(Taint | undefined)[]>(undefined, { key: 'dedicated', value: 'infra', effect: 'NoSchedule' }, { key: 'gpu', value: 'yes', effect: 'NoSchedule' }, { key: 'gpu', value: 'yes', effect: 'NoExecute' }, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }),
});
const shouldRun = (labels: Record<string, string>, taints: readonly Taint[]) =>
  labels.role === 'worker' && taints.every((t) => t.key === 'dedicated' || t.key.startsWith('node.kubernetes.io/'));
const ds: KubeObject = {
  apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default' },
  spec: {
    selector: { matchLabels: { app: 'agent' } },
    template: { metadata: { labels: { app: 'agent' } }, spec: { nodeSelector: { role: 'worker' }, tolerations: [{ key: 'dedicated', operator: 'Exists' }], containers: [{ name: 'a', image: 'agent:1', resources: { requests: { cpu: '10m' } } }] } },
  },
};

test('a DaemonSet has exactly one pod on each eligible node and none elsewhere', () => {
  fc.assert(fc.property(
    fc.array(nodeSpec, { minLength: 1, maxLength: 5 }),
    fc.array(fc.record({ at: fc.integer({ min: 1, max: 120 }).map((s) => s * 1000), kind: fc.constantFrom('add', 'remove', 'cordon', 'uncordon', 'setImage'), i: fc.nat(5), spec: nodeSpec }), { maxLength: 6 }),
    (initial, unsorted) => {
      const changes = [...unsorted].sort((a, b) => a.at - b.at);
      const mk = (name: string, s: { worker: boolean; taint: Taint | undefined }): Node => node(name, 4, s.worker ? { role: 'worker' } : {}, s.taint ? [s.taint] : []);
      const nodes = initial.map((s, i) => mk(`n-${i}`, s));
      const timeline = changes.map(({ at, kind, i, spec }): { at: number; action: TimelineAction } => {
        switch (kind) {
          case 'add': return { at, action: { kind: 'addNode', node: mk(`late-${i}`, spec) } };
          case 'remove': return { at, action: { kind: 'removeNode', node: asNodeName(`n-${i}`) } };
          case 'cordon': case 'uncordon': return { at, action: { kind, node: asNodeName(`n-${i}`) } };
          default: return { at, action: { kind: 'setImage', resource: 'daemonsets', objectKind: 'DaemonSet', namespace: 'default', name: 'agent', container: 'a', image: `agent:${i}` } };
        }
      });
      const state = runChecked(scenario(nodes, [ds], timeline, 5 * 60_000));
      const live = pods(state).filter(isActive);
      const image = (getObject(state, 'daemonsets', 'default/agent')!.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0].image;
      const eligible: string[] = [];
      for (const name of state.nodeNames) {
        const ns = [...initial.map((s, i) => ({ name: `n-${i}`, s })), ...changes.filter((c) => c.kind === 'add').map((c) => ({ name: `late-${c.i}`, s: c.spec }))].find((x) => x.name === name)!;
        if (shouldRun(ns.s.worker ? { role: 'worker' } : {}, ns.s.taint ? [ns.s.taint] : [])) eligible.push(name);
      }
      expect(live.map((p) => p.spec.nodeName).sort()).toEqual([...eligible].sort());
      for (const p of live) expect(p.spec.containers[0].image).toBe(image);
    },
  ), { numRuns: runs(30) });
});
