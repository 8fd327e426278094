import { describe, expect, test } from 'vitest';
import type { ClusterEvent } from '../../events/index.js';
import { livePods, runRecorded, scenarioYaml } from '../../../test-support/workloads.js';
import { getObject, listObjects, objectKeys } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

const deployment = `  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: c, image: "app:1"}]}`;
const run = (timeline: string, manifests = deployment) =>
  runRecorded(scenarioFrom(scenarioYaml({ manifests, timeline, until: '3m' })));
/** The deletion facts after `from`, as `Type resource-or-pod` lines. */
const deletions = (events: readonly ClusterEvent[], from: number) => events.filter((e) => e.at >= from).flatMap((e) => {
  switch (e.type) {
    case 'ObjectTerminating': return [`ObjectTerminating ${e.resource} (${e.propagationPolicy})`];
    case 'ObjectDeleted': return [`ObjectDeleted ${e.resource}`];
    case 'PodTerminating': return ['PodTerminating'];
    case 'PodDeleted': return ['PodDeleted'];
    case 'PodMetadataChanged': return [`PodMetadataChanged ownerReferences=${JSON.stringify(e.ownerReferences)}`];
    case 'ObjectApplied': return e.resource === 'replicasets'
      ? [`ObjectApplied replicasets ownerReferences=${JSON.stringify(e.object.metadata.ownerReferences ?? null)}`] : [];
    default: return [];
  }
});

describe('garbage collector', () => {
  test('Background: the Deployment goes at once, then its ReplicaSet, then the pods', () => {
    const { result, events } = run('  - {at: 1m, delete: {kind: Deployment, name: web}}');
    expect(deletions(events, 60_000)).toEqual(['ObjectDeleted deployments', 'ObjectDeleted replicasets',
      'PodTerminating', 'PodTerminating', 'PodDeleted', 'PodDeleted']);
    expect([livePods(result.state), objectKeys(result.state, 'replicasets')]).toEqual([[], []]);
  });

  test('Foreground: the Deployment waits with its finalizer until the ReplicaSet and its pods are gone', () => {
    const { result, events } =
      run('  - {at: 1m, delete: {kind: Deployment, name: web, propagationPolicy: Foreground}}');
    expect(deletions(events, 60_000)).toEqual([
      'ObjectTerminating deployments (Foreground)', 'ObjectTerminating replicasets (Foreground)', 'PodTerminating',
        'PodTerminating',
      'PodDeleted', 'PodDeleted', 'ObjectDeleted replicasets', 'ObjectDeleted deployments',
    ]);
    expect(objectKeys(result.state, 'deployments')).toEqual([]);
  });

  test('Orphan: the ReplicaSet loses its owner and keeps running its pods', () => {
    const { result, events } = run('  - {at: 1m, delete: {kind: Deployment, name: web, propagationPolicy: Orphan}}');
    expect(deletions(events, 60_000)).toEqual(['ObjectTerminating deployments (Orphan)',
      'ObjectApplied replicasets ownerReferences=null', 'ObjectDeleted deployments']);
    expect(livePods(result.state).map((p) => p.status.phase)).toEqual(['Running', 'Running']);
    expect(listObjects(result.state, 'replicasets').map((rs) => rs.metadata.ownerReferences)).toEqual([undefined]);
  });

  test('Orphan then apply again: the new Deployment adopts the orphaned ReplicaSet and its pods live on', () => {
    const before = run('  - {at: 1m, delete: {kind: Deployment, name: web, propagationPolicy: Orphan}}');
    const apply = deployment.replace('  - apiVersion', '    - apiVersion').split('\n').map((l, i) =>
      (i === 0 ? l : `  ${l}`)).join('\n');
    const { result, events } =
      run(`  - {at: 1m, delete: {kind: Deployment, name: web, propagationPolicy: Orphan}}\n  - at: 2m\n    ` +
        `apply:\n${apply}`);
    expect(events.filter((e) => e.type === 'PodCreated' && e.at >= 60_000)).toEqual([]);
    expect(livePods(result.state).map((p) => p.metadata.uid)).toEqual(
      livePods(before.result.state).map((p) => p.metadata.uid));
    const [rs] = listObjects(result.state, 'replicasets');
    expect(rs.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web',
      uid: getObject(result.state, 'deployments', 'default/web')!.metadata.uid, controller: true,
        blockOwnerDeletion: true }]);
  });

  test('a ReplicaSet deleted on its own is recreated by its Deployment (new uid), and its old pods are collected',
    () => {
    const before = run('  - {at: 1m, scale: {kind: Deployment, name: web, replicas: 2}}');
    const rs = listObjects(before.result.state, 'replicasets')[0].metadata.name;
    const { result, events } = run(`  - {at: 1m, delete: {kind: ReplicaSet, name: ${rs}}}`);
    expect(events.filter((e) => e.type === 'Warning')).toEqual([]);
    const oldPods = livePods(before.result.state).map((p) => p.metadata.uid);
    const pods = livePods(result.state);
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(oldPods).not.toContain(p.metadata.uid);
    expect(getObject(result.state, 'replicasets', `default/${rs}`)!.metadata.uid).not.toBe(
      getObject(before.result.state, 'replicasets', `default/${rs}`)!.metadata.uid);
  });

  test('pods of a ReplicaSet that never existed are collected at start', () => {
    const orphan = `  - apiVersion: v1
    kind: Pod
    metadata:
      name: lost
      ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: gone, uid: 0000-gone, controller: true}]
    spec: {containers: [{name: c, image: "app:1"}]}`;
    const { result } = run('  - {at: 1m, scale: {kind: Deployment, name: web, replicas: 2}}',
      `${deployment}\n${orphan}`);
    expect(livePods(result.state).map((p) => p.metadata.name)).not.toContain('lost');
  });
});
