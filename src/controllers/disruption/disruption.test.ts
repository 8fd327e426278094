import { describe, expect, test } from 'vitest';
import { batchSimulation } from '../../../test-support/batch.js';
import type { ClusterEvent } from '../../events/index.js';
import { tvalues } from '../../reducers/table.js';
import { checkEviction, disruptionController, scaledValue, type PodDisruptionBudget } from './disruption.js';
import { drainer } from '../drain/drain.js';
import type { Pod } from '../../api/types.js';
import { getObject } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';
import { asUid } from '../../api/ids.js';

const pod = (name: string, ready: boolean, phase = 'Running'): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: asUid(name), labels: { app: 'web' } },
  spec: { containers: [{ name: 'c' }] },
  status: { phase: phase as Pod['status']['phase'], conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const pdb = (status: { disruptionsAllowed: number; currentHealthy: number; desiredHealthy: number },
  policy?: 'AlwaysAllow'): { key: string; pdb: PodDisruptionBudget } => ({
  key: 'default/web',
  pdb: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' },
    spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } },
      ...(policy ? { unhealthyPodEvictionPolicy: policy } : {}) }, status: { ...status, expectedPods: 3 } },
});

describe('Eviction API check', () => {
  test.each([
    { name: 'a pod no PDB covers may go', p: pod('a', true), pdbs: [], want: { allowed: true } },
    { name: 'a finished pod may go', p: pod('a', true, 'Succeeded'),
      pdbs: [pdb({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 2 })], want: { allowed: true } },
    { name: 'no disruption allowed: 429', p: pod('a', true),
      pdbs: [pdb({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 2 })],
        want: { allowed: false, code: 429,
          message: "Cannot evict pod as it would violate the pod's disruption budget." } },
    { name: 'two PDBs: 500', p: pod('a', true), pdbs: [pdb({ disruptionsAllowed: 1, currentHealthy: 3,
      desiredHealthy: 2 }), pdb({ disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 })],
        want: { allowed: false, code: 500,
          message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not ' +
            'support.' } },
    { name: 'an unready pod may go while the budget is met (IfHealthyBudget)', p: pod('a', false),
      pdbs: [pdb({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 2 })], want: { allowed: true } },
    { name: 'an unready pod may not go when the budget is not met', p: pod('a', false),
      pdbs: [pdb({ disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 2 })],
        want: { allowed: false, code: 429,
          message: "Cannot evict pod as it would violate the pod's disruption budget." } },
    { name: 'AlwaysAllow lets an unready pod go', p: pod('a', false),
      pdbs: [pdb({ disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 2 }, 'AlwaysAllow')],
        want: { allowed: true } },
  ])('$name', ({ p, pdbs, want }) => expect(checkEviction(p, pdbs, 1000)).toEqual(want));

  test('an allowed eviction uses up one disruption and records the pod', () => {
    expect(checkEviction(pod('a', true), [pdb({ disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 })],
      1000)).toEqual({
      allowed: true, pdb: { key: 'default/web', status: { disruptionsAllowed: 0, currentHealthy: 3, desiredHealthy: 2,
        expectedPods: 3, disruptedPods: { a: 1000 } } },
    });
  });

  test.each([
    { name: 'an int is itself', v: 3, total: 10, up: true, want: 3 },
    { name: 'percentages round up', v: '25%', total: 10, up: true, want: 3 },
    { name: 'or down', v: '25%', total: 10, up: false, want: 2 },
    { name: 'a bad string is an error', v: '25', total: 10, up: true,
      want: { error: 'invalid value for IntOrString: invalid value "25"' } },
  ])('$name', ({ v, total, up, want }) => expect(scaledValue(v, total, up)).toEqual(want));
});

const scenario = (pdbSpec: string, extra = '') => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: drain}
seed: 9
until: 3m
nodes:
  - {name: node-a, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
  - {name: node-b, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
manifests:
  - {apiVersion: policy/v1, kind: PodDisruptionBudget, metadata: {name: web}, spec: {${pdbSpec}, selector: ` +
    (`{matchLabels: {app: web}}}}
  - {apiVersion: v1, kind: Pod, metadata: {name: web-a1, labels: {app: web}}, spec: {nodeName: node-a, containers: ` +
    (`[{name: c, image: nginx}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: web-a2, labels: {app: web}}, spec: {nodeName: node-a, containers: ` +
    (`[{name: c, image: nginx}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: web-a3, labels: {app: web}}, spec: {nodeName: node-a, containers: ` +
    (`[{name: c, image: nginx}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: web-b1, labels: {app: web}}, spec: {nodeName: node-b, containers: ` +
    `[{name: c, image: nginx}]}}
timeline:
  - {at: 1m, drain: node-a}
${extra}
`)))));

type CE = Extract<ClusterEvent, { type: 'ControllerEvent' }>;
describe('PodDisruptionBudget and drain', () => {
  test('the PDB status counts healthy pods against minAvailable', () => {
    const { sim } = batchSimulation(scenario('minAvailable: 3'), [disruptionController]);
    sim.runUntil(30_000);
    expect(getObject(sim.state, 'poddisruptionbudgets', 'default/web')!.status).toEqual({
      observedGeneration: 1, disruptedPods: {}, disruptionsAllowed: 1, currentHealthy: 4, desiredHealthy: 3,
        expectedPods: 4,
      conditions: [{ type: 'DisruptionAllowed', status: 'True', reason: 'SufficientPods', message: '',
        observedGeneration: 1, lastTransitionTime: 0 }],
    });
  });

  test('drain cordons, evicts what the budget allows and retries the rest every 5 s until a new pod makes room', () => {
    const extra =
      '  - {at: 2m, apply: {apiVersion: v1, kind: Pod, metadata: {name: web-b2, labels: {app: web}}, spec: {nodeName: '
        +
        'node-b, containers: [{name: c, image: nginx}]}}}';
    const { sim, events } = batchSimulation(scenario('minAvailable: 3', extra), [disruptionController, drainer]);
    sim.run();
    const ce = events.filter((e): e is CE => e.type === 'ControllerEvent' && e.resource === 'pods');
    expect(ce.map((e) => [e.at / 1000, e.reason, e.key])).toEqual([
      [60, 'Evicting', 'default/web-a1'],
      [60, 'EvictionRefused', 'default/web-a2'],
      [60, 'EvictionRefused', 'default/web-a3'],
      [125, 'Evicting', 'default/web-a2'],
    ]);
    expect(ce[1].message).toBe(
      `error when evicting pods/"web-a2" -n "default" (will retry after 5s): Cannot evict pod as it would violate ` +
        `the pod's disruption budget.`);
    expect(events.filter((e) => e.type === 'NodeSchedulableChanged').map((e) => e.at)).toEqual([60_000]);
    expect(tvalues(sim.state.pods).map((p) => p.metadata.name).sort()).toEqual(['web-a3', 'web-b1', 'web-b2']);
  });

  test('without a PDB the node drains at once', () => {
    const { sim, events } = batchSimulation(scenario('minAvailable: 0'), [disruptionController, drainer]);
    sim.run();
    expect(events.filter((e): e is CE => e.type === 'ControllerEvent'
      && e.reason === 'Drained').map((e) => [e.at, e.message])).toEqual([[60_000, 'node/node-a drained']]);
    expect(tvalues(sim.state.pods).map((p) => p.metadata.name)).toEqual(['web-b1']);
  });

  test('drain leaves DaemonSet and mirror pods and reports the node drained when the rest are gone', () => {
    const extra =
      `  - {at: 1s, apply: {apiVersion: v1, kind: Pod, metadata: {name: ds-pod, ownerReferences: [{apiVersion: ` +
        (`apps/v1, kind: DaemonSet, name: agent, uid: u-1, controller: true}]}, spec: {nodeName: node-a, containers: ` +
          `[{name: c, image: agent}]}}}
  - {at: 1s, apply: {apiVersion: v1, kind: Pod, metadata: {name: mirror, annotations: {kubernetes.io/config.mirror: `) +
    `abc}}, spec: {nodeName: node-a, containers: [{name: c, image: etcd}]}}}`;
    const { sim, events } = batchSimulation(scenario('minAvailable: 0', extra), [disruptionController, drainer]);
    sim.run();
    expect(tvalues(sim.state.pods).map((p) => p.metadata.name).sort()).toEqual(['ds-pod', 'mirror', 'web-b1']);
    expect(events.filter((e): e is CE => e.type === 'ControllerEvent'
      && e.reason === 'Drained').map((e) => e.at)).toEqual([60_000]);
  });
});
