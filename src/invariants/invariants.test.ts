import { describe, expect, test } from 'vitest';
import type { KubeObject, Pod } from '../api/types.js';
import { DEFAULT_COMPONENTS } from '../engine/components.js';
import { Simulation } from '../engine/simulation.js';
import type { ClusterEvent } from '../events/index.js';
import { produce, type Draft } from '../reducers/immer.js';
import type { ClusterState } from '../reducers/state.js';
import { tget, tset, type Table } from '../reducers/table.js';
import { uidSetAdd } from '../reducers/uidSet.js';

const TABLES = ['nodes', 'pods', 'podUids', 'podsOnNode', 'podsByOwner'] as const;
import { cronJobForbid } from './cronJobForbid.js';
import { daemonSetOnePerNode } from './daemonSetOnePerNode.js';
import { jobCompletions } from './jobCompletions.js';
import { legalPhaseTransitions } from './legalPhaseTransitions.js';
import { noOvercommit } from './noOvercommit.js';
import { noRunningContainerInTerminatedPod } from './noRunningContainerInTerminatedPod.js';
import { pdbRespected } from './pdbRespected.js';
import { podOnOneNode } from './podOnOneNode.js';
import { restartCountMonotonic } from './restartCountMonotonic.js';
import { statefulSetOrdinals } from './statefulSetOrdinals.js';
import type { Invariant } from './types.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { asNodeName, asUid } from '../api/ids.js';

// A base state from a real run: two nodes (1 cpu), pods a and b (300m each) running on them.
const base: ClusterState = new Simulation(scenarioFrom(`apiVersion: kubesim/v1
kind: Scenario
metadata: {name: inv}
until: 1m
nodes: [{namePrefix: node-, count: 2, capacity: {cpu: "1", memory: 1Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: a, labels: {app: x}}, spec: {containers: [{name: c, image: i, ` +
    (`resources: {requests: {cpu: 300m}}}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: b, labels: {app: x}}, spec: {containers: [{name: c, image: i, ` +
    `resources: {requests: {cpu: 300m}}}]}}
`)), { components: DEFAULT_COMPONENTS }).run();

const podNamed = (s: ClusterState, name: string): Pod => tget(s.pods, tget(s.podUids, `default/${name}`)!)!;
const A = podNamed(base, 'a');
const touch = (p: Pod): ClusterEvent => ({ type: 'PodStatusPatched', at: 1000, pod: `default/${p.metadata.name}`,
  uid: p.metadata.uid });
/** An edited copy of the base state: tables are writable only inside a batch (reducers/table.ts). */
const edit = (f: (d: Draft<ClusterState>) => void): ClusterState => produce(base, (d) => {
  const w = d as unknown as Record<string, Table<unknown>>;
  for (const k of TABLES) w[k] = w[k].beginBatch();
  f(d);
  for (const k of TABLES) w[k] = w[k].persistent();
});
const editPod = (name: string, f: (p: Pod) => Pod) => edit((d) => { const p = podNamed(base, name);
  tset(d.pods, p.metadata.uid, f(p)); });
const put = (resource: string, o: KubeObject) => (d: Draft<ClusterState>) => {
  const objects = d.objects as unknown as Record<string, Table<KubeObject>>;
  const t = objects[resource].beginBatch();
  t.set(`default/${o.metadata.name}`, o);
  objects[resource] = t.persistent();
};
const owned = (kind: string, name: string, uid: string) => (
  { ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: asUid(uid), controller: true }] });
const own = (d: Draft<ClusterState>, ownerUid: string, pod: Pod, ref: ReturnType<typeof owned>) => {
  tset(d.pods as never, pod.metadata.uid, { ...pod, metadata: { ...pod.metadata, ...ref } });
  uidSetAdd(d.podsByOwner, ownerUid, pod.metadata.uid);
};
const run = (inv: Invariant, state: ClusterState, batch: ClusterEvent[], final = false) =>
  inv.check({ state, previous: base, batch, history: [], final }).map((v) => v.message);

describe('built-in invariants', () => {
  test('the base run breaks none of them', () => {
    for (const inv of [legalPhaseTransitions, restartCountMonotonic, podOnOneNode, noRunningContainerInTerminatedPod,
      noOvercommit])
      expect(run(inv, base, [touch(A), { type: 'PodScheduled', at: 0, pod: 'default/a', uid: A.metadata.uid,
        node: A.spec.nodeName! }])).toEqual([]);
  });

  test.each([
    { name: 'legal-phase-transitions: Succeeded back to Running', inv: legalPhaseTransitions,
      state: () => editPod('a', (p) => ({ ...p, status: { ...p.status, phase: 'Running' } })),
        prev: () => editPod('a', (p) => ({ ...p, status: { ...p.status, phase: 'Succeeded' } })),
          want: ['Pod/default/a went from phase Succeeded to Running'] },
    { name: 'restart-count-monotonic: a restart count going down', inv: restartCountMonotonic, state: () => base,
      prev: () => editPod('a', (p) => ({ ...p, status: { ...p.status,
        containerStatuses: p.status.containerStatuses!.map((c) => ({ ...c, restartCount: 2 })) } })),
          want: ['Pod/default/a container c: restartCount went from 2 to 0'] },
    { name: 'pod-on-one-node: a bound pod moving', inv: podOnOneNode,
      state: () => editPod('a', (p) => ({ ...p, spec: { ...p.spec, nodeName: asNodeName('node-9') } })),
        prev: () => base,
        want: [`Pod/default/a moved from node ${A.spec.nodeName} to node-9`,
          'Pod/default/a is bound to node-9 but not listed under it',
            `Pod/default/a is still listed under ${A.spec.nodeName}`] },
    { name: 'no-running-container-in-terminated-pod: Failed with a running container',
      inv: noRunningContainerInTerminatedPod, state: () => editPod('a',
        (p) => ({ ...p, status: { ...p.status, phase: 'Failed' } })), prev: () => base,
          want: ['Pod/default/a is Failed but container c is running'] },
  ])('$name', ({ inv, state, prev, want }) => {
    expect(inv.check({ state: state(), previous: prev(), batch: [touch(A)], history: [], final: false }).map((v) =>
      v.message)).toEqual(want);
  });

  test('no-overcommit: requests above allocatable on a node', () => {
    const node = A.spec.nodeName!;
    const s = edit((d) => { const n = tget(d.nodes, node)!;
      tset(d.nodes as never, node, { ...n, object: { ...n.object,
        status: { ...n.object.status, allocatable: { cpu: '200m', memory: '1Gi', pods: '110' } } } }); });
    expect(run(noOvercommit, s, [{ type: 'PodScheduled', at: 0, pod: 'default/a', uid: A.metadata.uid,
      node }])).toEqual([`node ${node}: cpu requested 300 > allocatable 200`]);
  });

  test('daemonset-one-per-node: two pods of one DaemonSet on a node', () => {
    const B = podNamed(base, 'b');
    const s = edit((d) => {
      put('daemonsets', { apiVersion: 'apps/v1', kind: 'DaemonSet',
        metadata: { name: 'ds', namespace: 'default', uid: asUid('ds-uid') } })(d);
      own(d, 'ds-uid', A, owned('DaemonSet', 'ds', 'ds-uid'));
      own(d, 'ds-uid', { ...B, spec: { ...B.spec, nodeName: A.spec.nodeName } }, owned('DaemonSet', 'ds', 'ds-uid'));
    });
    expect(run(daemonSetOnePerNode(), s, [{ type: 'PodCreated', at: 0, pod: 'default/b', uid: B.metadata.uid,
      object: B }])).toEqual([`DaemonSet/default/ds has 2 active pods on node ${A.spec.nodeName}`]);
  });

  test('daemonset-one-per-node: a settled DaemonSet missing from an eligible node', () => {
    const s = edit((d) => {
      put('daemonsets', { apiVersion: 'apps/v1', kind: 'DaemonSet',
        metadata: { name: 'ds', namespace: 'default', uid: asUid('ds-uid') }, spec: { template: { spec: {} } } })(d);
      own(d, 'ds-uid', A, owned('DaemonSet', 'ds', 'ds-uid'));
    });
    const other = base.nodeNames.find((n) => n !== A.spec.nodeName)!;
    expect(run(daemonSetOnePerNode({ settle: 0 }), s, [], true)).toEqual(
      [`DaemonSet/default/ds has no pod on eligible node ${other}`]);
  });

  test('statefulset-ordinals: a pod that is not <name>-<ordinal>, and missing ordinals at the end', () => {
    const s = edit((d) => {
      put('statefulsets', { apiVersion: 'apps/v1', kind: 'StatefulSet',
        metadata: { name: 'db', namespace: 'default', uid: asUid('sts-uid') }, spec: { replicas: 2 } })(d);
      own(d, 'sts-uid', A, owned('StatefulSet', 'db', 'sts-uid'));
    });
    expect(run(statefulSetOrdinals({ settle: 0 }), s, [], true)).toEqual(
      ['Pod/default/a is owned by StatefulSet/default/db but is not named db-<ordinal>',
        'StatefulSet/default/db is missing ordinals 0, 1']);
  });

  test('job-completions: more succeeded than completions and more active than parallelism', () => {
    const s = edit(put('jobs', { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'default' },
      spec: { completions: 2, parallelism: 1 }, status: { succeeded: 3, active: 2 } }));
    expect(run(jobCompletions, s, [{ type: 'ObjectStatusUpdated', at: 0, resource: 'jobs', key: 'default/j',
      status: {} }])).toEqual(['Job/default/j has status.succeeded=3 > spec.completions=2',
        'Job/default/j has status.active=2 > spec.parallelism=1']);
  });

  test('cronjob-forbid: two unfinished Jobs of a Forbid CronJob; a finished one does not count', () => {
    const job = (name: string, done: boolean): KubeObject =>
      ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name, namespace: 'default',
        ...owned('CronJob', 'cj', 'cj-uid') }, status: done ? { conditions: [{ type: 'Complete', status: 'True' }] }
          : {} });
    const s = edit((d) => { put('cronjobs', { apiVersion: 'batch/v1', kind: 'CronJob',
      metadata: { name: 'cj', namespace: 'default', uid: asUid('cj-uid') }, spec: { concurrencyPolicy: 'Forbid' } })(d);
        for (const j of [job('j1', false), job('j2', false), job('j0', true)]) put('jobs', j)(d); });
    expect(run(cronJobForbid, s, [{ type: 'ObjectApplied', at: 0, resource: 'jobs', key: 'default/j2',
      object: job('j2', false) }])).toEqual(['CronJob/default/cj (concurrencyPolicy: Forbid) has 2 unfinished Jobs']);
  });

  test('pdb-respected: an eviction below minAvailable; node loss is not judged', () => {
    const s = edit((d) => {
      put('poddisruptionbudgets', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget',
        metadata: { name: 'pdb', namespace: 'default' }, spec: { minAvailable: 2,
          selector: { matchLabels: { app: 'x' } } } })(d);
      tset(d.pods as never, A.metadata.uid, { ...A, metadata: { ...A.metadata, deletionTimestamp: 1000 } });
    });
    const terminating = (reason: string): ClusterEvent => ({ type: 'PodTerminating', at: 1000, pod: 'default/a',
      uid: A.metadata.uid, gracePeriodSeconds: 30, reason });
    expect(run(pdbRespected, s, [terminating('EvictionByEvictionAPI')])).toEqual(
      ['eviction left PodDisruptionBudget/default/pdb with 1 healthy pods, desired 2']);
    expect(run(pdbRespected, s, [terminating('NodeLost')])).toEqual([]);
  });
});
