import { noScheduleTaintDiff } from './conditionTaints.js';
import type { Node } from '../../api/types.js';
import { describe, expect, test } from 'vitest';
import { batchSimulation } from '../../../test-support/batch.js';
import type { ClusterEvent } from '../../events/index.js';
import { tget, tvalues } from '../../reducers/table.js';
import { jobController } from '../job/job.js';
import { makeNodeLifecycleController, nodeLifecycleController, nodeUnknownAt } from './nodeLifecycle.js';
import { nodeAdded, stateOf, syncOnce } from '../../../test-support/workloads.js';
import { podGCController } from '../podgc/podGC.js';
import { getMinTolerationTime, taintEvictionController } from '../tainteviction/taintEviction.js';
import { scenarioFrom } from '../../../test-support/scenario.js';
import { asNodeName } from '../../api/ids.js';

const scenario = (timeline: string, podExtra = '', jobExtra = '') => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: nodes}
seed: 1
until: 15m
nodes:
  - {name: node-a, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
  - {name: node-b, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}
manifests:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: work}
    spec:
      parallelism: 1
      completions: 1
${jobExtra}
      template:
        spec:
          restartPolicy: Never
          nodeSelector: {kubernetes.io/hostname: node-b}
          containers: [{name: w, image: busybox}]
  - apiVersion: v1
    kind: Pod
    metadata: {name: tolerant}
    spec:
      nodeName: node-b
${podExtra}
      containers: [{name: c, image: busybox}]
behaviors:
  - {match: {pod: "work-*"}, exitAfter: 1h}
timeline:
${timeline}
`);

const controllers = [jobController, nodeLifecycleController, taintEvictionController, podGCController];

describe('node lifecycle', () => {
  test.each([
    { name: 'lost just after a renewal', hb: 0, lost: 62_000, want: { lastRenewal: 60_000, unknownAt: 115_000 } },
    { name: 'lost on a renewal tick', hb: 0, lost: 60_000, want: { lastRenewal: 60_000, unknownAt: 115_000 } },
    { name: 'renewals off the monitor grid', hb: 3_000, lost: 20_000,
      want: { lastRenewal: 13_000, unknownAt: 70_000 } },
  ])('$name', ({ hb, lost, want }) => expect(nodeUnknownAt(hb, lost)).toEqual(want));

  test.each([
    { name: 'an untolerated taint evicts at once', tols: [], want: 0 },
    { name: 'the admission default tolerates 300 s', tols: [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists' as const, effect: 'NoExecute' as const,
        tolerationSeconds: 300 }], want: 300_000 },
    { name: 'a toleration without seconds tolerates forever', tols: [{ operator: 'Exists' as const }], want: Infinity },
  ])('$name', ({ tols, want }) => expect(getMinTolerationTime(
    [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }], tols)).toBe(want));

  test('a lost node goes Unknown at 115 s, is tainted, and its pods are evicted 300 s later and replaced elsewhere',
    () => {
    const s = scenario('  - {at: 62s, nodeLost: node-b}\n  - {at: 10m, nodeRecovered: node-b}');
    const { sim, events } = batchSimulation(s, controllers);
    sim.runUntil(114_999);
    expect(tget(sim.state.nodes, 'node-b')!.object.status.conditions.find((c) => c.type === 'Ready')!.status).toBe(
      'True');
    sim.runUntil(115_000);
    const ready = tget(sim.state.nodes, 'node-b')!.object.status.conditions.find((c) => c.type === 'Ready')!;
    expect(ready).toEqual({ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.', lastHeartbeatTime: 0, lastTransitionTime: 115_000 });
    expect(tget(sim.state.nodes, 'node-b')!.object.spec.taints).toEqual([
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: 115_000 },
    ]);
    const tolerant = () => tvalues(sim.state.pods).find((p) => p.metadata.name === 'tolerant')!;
    expect(tolerant().status.conditions.find((c) => c.type === 'Ready')?.status).toBe('False');
    sim.runUntil(415_000);
    expect(tolerant().metadata.deletionTimestamp).toBe(415_000 + 30_000);
    expect(tolerant().status.conditions.find((c) => c.type === 'DisruptionTarget')).toEqual(
      { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager',
        message: 'Taint manager: deleting due to NoExecute taint', lastProbeTime: null, lastTransitionTime: 415_000 });
    const evictions = events.filter((e): e is Extract<ClusterEvent,
      { type: 'ControllerEvent' }> => e.type === 'ControllerEvent' && e.reason === 'TaintManagerEviction');
    expect(evictions.map((e) => [e.at, e.key])).toEqual([[415_000, 'default/tolerant'],
      [415_000, expect.stringMatching(/^default\/work-/)]]);
    // The Job replaced its evicted pod at once (terminating pods are not active); it waits Pending for node-b.
    const work = tvalues(sim.state.pods).filter((p) => p.metadata.name.startsWith('work-'));
    expect(work.map((p) => [p.metadata.deletionTimestamp !== undefined, p.status.phase])).toEqual(
      [[true, 'Running'], [false, 'Pending']]);
    sim.run();
    // Recovery at 10m: Ready again, taints gone, the kubelet finishes the terminating pods.
    expect(tget(sim.state.nodes, 'node-b')!.object.spec.taints).toEqual([]);
    expect(tvalues(sim.state.pods).map((p) => p.metadata.name).filter((n) => n === 'tolerant')).toEqual([]);
    expect(events.filter((e) => e.type === 'NodeConditionChanged' && e.node === 'node-b'
      && e.condition.type === 'Ready').map((e) => [e.at, (e as {
        condition: { status: string } }).condition.status])).toEqual([[115_000, 'Unknown'], [600_000, 'True']]);
  });

  // node_lifecycle_controller.go doNoScheduleTaintingPass: a cordoned node gets
  // node.kubernetes.io/unschedulable:NoSchedule, and loses it when uncordoned; no condition changes.
  test('cordon taints the node unschedulable:NoSchedule and uncordon removes it; nothing else happens', () => {
    const s = scenario('  - {at: 1m, cordon: node-a}\n  - {at: 2m, uncordon: node-a}');
    const { sim, events } = batchSimulation(s, controllers);
    sim.run();
    expect(events.filter((e) => e.type === 'NodeConditionChanged')).toEqual([]);
    expect(events.filter((e) => e.type === 'NodeTainted' || e.type === 'NodeUntainted')).toEqual([
      { type: 'NodeTainted', at: 60_000, node: 'node-a',
        taint: { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' } },
      { type: 'NodeUntainted', at: 120_000, node: 'node-a', key: 'node.kubernetes.io/unschedulable',
        effect: 'NoSchedule' },
    ]);
  });
  test('doNoScheduleTaintingPass: each condition of nodeConditionToTaintKeyStatusMap calls for its NoSchedule taint',
    () => {
    const node = {
      apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' },
      spec: { taints: [{ key: 'node.kubernetes.io/pid-pressure', effect: 'NoSchedule' }] },
      status: { conditions: [
        { type: 'Ready', status: 'True' }, { type: 'MemoryPressure', status: 'True' },
          { type: 'DiskPressure', status: 'True' },
        { type: 'NetworkUnavailable', status: 'True' }, { type: 'PIDPressure', status: 'False' },
      ] },
    } as unknown as Node;
    expect(noScheduleTaintDiff(node)).toEqual({
      add: [
        { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' },
      ],
      remove: [{ key: 'node.kubernetes.io/pid-pressure', effect: 'NoSchedule' }],
    });
  });

  test('pods of a removed node are deleted by the pod GC after the 40 s quarantine', () => {
    const s = scenario('  - {at: 1m, removeNode: node-b}');
    const { sim, events } = batchSimulation(s, controllers);
    sim.run();
    const deleted = events.filter((e) => e.type === 'PodDeleted').map((e) =>
      [e.at, (e as { pod: string }).pod.split('-')[0]]);
    expect(deleted).toEqual([[100_000, 'default/tolerant'], [100_000, 'default/work']]);
  });

  test.each([
    { name: 'a Job replaces a pod as soon as it is terminating (TerminatingOrFailed)', extra: '', want: [415_000] },
    // Gone at 10m, the pod counts as a failure, so the replacement also waits out the first 10 s backoff.
    { name: 'podReplacementPolicy Failed waits until the terminating pod is gone (node back at 10m)',
      extra: '      podReplacementPolicy: Failed', want: [610_000] },
  ])('$name', ({ extra, want }) => {
    const s = scenario('  - {at: 62s, nodeLost: node-b}\n  - {at: 10m, nodeRecovered: node-b}', '', extra);
    const { sim, events } = batchSimulation(s, controllers);
    sim.run();
    const creates = events.filter((e): e is Extract<ClusterEvent,
      { type: 'ControllerEvent' }> => e.type === 'ControllerEvent' && e.resource === 'jobs'
        && e.reason === 'SuccessfulCreate');
    expect(creates.map((e) => e.at).slice(1)).toEqual(want);
  });
});

// node_lifecycle_controller.go tryUpdateNodeHealth: a monitored condition the kubelet never posted
// becomes Unknown with reason NodeStatusNeverUpdated ("Kubelet never posted node status."), its
// heartbeat and transition at the node's creation; a posted one keeps NodeStatusUnknown.
test('conditions a kubelet never posted go Unknown with NodeStatusNeverUpdated', () => {
  const added = nodeAdded('n1') as Extract<ClusterEvent, { type: 'NodeAdded' }>;
  const object = { ...added.object, metadata: { ...added.object.metadata, creationTimestamp: 7 },
    status: { ...added.object.status, conditions: added.object.status.conditions.filter((c) => c.type === 'Ready') } };
  const state = stateOf([{ ...added, object }, { type: 'NodeLost', at: 0, node: asNodeName('n1') }]);
  const { events } = syncOnce(makeNodeLifecycleController(), 'n1', state, nodeUnknownAt(0, 0).unknownAt);
  const changed = events.flatMap((e) => (e.type === 'NodeConditionChanged' ? [e.condition] : []));
  expect(changed.map((c) => [c.type, c.status, c.reason, c.message, c.lastHeartbeatTime, c.lastTransitionTime]))
    .toEqual([
      ['Ready', 'Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.',
        object.status.conditions[0].lastHeartbeatTime, 55_000],
      ...['MemoryPressure', 'DiskPressure', 'PIDPressure'].map((t) => [t, 'Unknown', 'NodeStatusNeverUpdated',
        'Kubelet never posted node status.', 7, 7]),
    ]);
});
