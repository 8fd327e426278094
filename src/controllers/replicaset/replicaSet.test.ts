import { describe, expect, test } from 'vitest';
import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { evolveAll } from '../../reducers/index.js';
import { nodeAdded, objectApplied, ownerRef, podCreated, stateOf, syncOnce,
  type PodOpts } from '../../../test-support/workloads.js';
import { activePodsWithRanksLess, BURST_REPLICAS, getPodsToDelete, replicaSetController,
  replicationControllerController } from './replicaSet.js';
import { asUid } from '../../api/ids.js';

const rs = (replicas: number, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet',
  metadata: { name: 'web', namespace: 'default', uid: asUid('uid-web'), generation: 1 },
  spec: { replicas, selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      ...extra },
});
const owned = (o: PodOpts = {}): PodOpts => ({ owner: ownerRef('ReplicaSet', 'web'), labels: { app: 'web' }, ...o });
const pod = (name: string, o: PodOpts = {}): Pod => (podCreated(name, o) as { object: Pod }).object;
const NAME = /^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
const summary = (es: readonly ClusterEvent[]) => es.map((e) =>
  (e.type === 'ControllerEvent' ? `${e.reason}: ${e.message}` : e.type));

describe('getPodsToDelete (ActivePodsWithRanks order)', () => {
  const now = 1_000_000;
  test.each([
    { name: 'an unassigned pod goes before an assigned one', a: pod('a'), b: pod('b', { node: 'n1', readyAt: 0 }) },
    { name: 'a Pending pod goes before a Running one on a node', a: pod('a', { node: 'n1', phase: 'Pending' }),
      b: pod('b', { node: 'n1', phase: 'Running' }) },
    { name: 'a pod that is not ready goes before a ready one', a: pod('a', { node: 'n1' }),
      b: pod('b', { node: 'n1', readyAt: 0 }) },
    { name: 'a lower pod-deletion-cost goes first', a: pod('a',
      { node: 'n1', readyAt: 0, annotations: { 'controller.kubernetes.io/pod-deletion-cost': '-5' } }),
        b: pod('b', { node: 'n1', readyAt: 0 }) },
    { name: 'a pod ready for less time (log scale) goes first', a: pod('a', { node: 'n1', readyAt: now - 1000 }),
      b: pod('b', { node: 'n1', readyAt: now - 500_000 }) },
    { name: 'a pod with more restarts goes first', a: pod('a', { node: 'n1', readyAt: 0, restarts: 3 }),
      b: pod('b', { node: 'n1', readyAt: 0 }) },
    { name: 'a newer pod goes before an older one', a: pod('a', { node: 'n1', readyAt: 0, created: now - 1000 }),
      b: pod('b', { node: 'n1', readyAt: 0, created: 0 }) },
  ])('$name', ({ a, b }) => {
    expect(activePodsWithRanksLess(a, 0, b, 0, now)).toBe(true);
    expect(activePodsWithRanksLess(b, 0, a, 0, now)).toBe(false);
  });

  test('a pod sharing its node with more related pods goes first', () => {
    const a = pod('a', { node: 'n1', readyAt: 0 }), b = pod('b', { node: 'n2', readyAt: 0 }),
      c = pod('c', { node: 'n1', readyAt: 0 });
    expect(getPodsToDelete([b, a, c], [a, b, c], 1, 10).map((p) => p.metadata.name)).toEqual(['a']);
  });

  test('deleting all pods returns them unsorted', () => {
    const a = pod('a', { node: 'n1' }), b = pod('b');
    expect(getPodsToDelete([a, b], [a, b], 2, 0)).toEqual([a, b]);
  });
});

describe('syncReplicaSet', () => {
  test('creates the missing pods in slow-start batches, names from generateName, then writes status', () => {
    const s = stateOf([nodeAdded('n1'), objectApplied('replicasets', rs(3))]);
    const { events } = syncOnce(replicaSetController, 'default/web', s);
    const created = events.filter((e): e is Extract<ClusterEvent, { type: 'PodCreated' }> => e.type === 'PodCreated');
    expect(created).toHaveLength(3);
    for (const c of created) {
      expect(c.object.metadata.name).toMatch(NAME);
      expect(c.object.metadata.generateName).toBe('web-');
      expect(c.object.metadata.labels).toEqual({ app: 'web' });
      expect(c.object.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web',
        uid: asUid('uid-web'), controller: true, blockOwnerDeletion: true }]);
    }
    expect(summary(events)).toEqual([
      'PodCreated', `SuccessfulCreate: Created pod: ${created[0].object.metadata.name}`,
      'PodCreated', `SuccessfulCreate: Created pod: ${created[1].object.metadata.name}`,
      'PodCreated', `SuccessfulCreate: Created pod: ${created[2].object.metadata.name}`,
      'ObjectStatusUpdated',
    ]);
    expect(events.at(-1)).toEqual({ type: 'ObjectStatusUpdated', at: 0, resource: 'replicasets', key: 'default/web',
      status: { replicas: 0, observedGeneration: 1 } });
  });

  test('after its own facts a sync only reports the new pods in status, and then emits nothing (idempotent)', () => {
    const s0 = stateOf([nodeAdded('n1'), objectApplied('replicasets', rs(3))]);
    const s1 = evolveAll(s0, syncOnce(replicaSetController, 'default/web', s0).events);
    const second = syncOnce(replicaSetController, 'default/web', s1, 0, 2).events;
    expect(second).toEqual([{ type: 'ObjectStatusUpdated', at: 0, resource: 'replicasets', key: 'default/web',
      status: { replicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1 } }]);
    expect(syncOnce(replicaSetController, 'default/web', evolveAll(s1, second), 0, 3).events).toEqual([]);
  });

  test('never creates more than BurstReplicas pods in one sync', () => {
    const s = stateOf([objectApplied('replicasets', rs(BURST_REPLICAS + 100))]);
    expect(syncOnce(replicaSetController, 'default/web', s).events.filter((e) => e.type === 'PodCreated')).toHaveLength(
      BURST_REPLICAS);
  });

  test('scale-down deletes the pods ranked first: unassigned, then not ready', () => {
    const s = stateOf([
      nodeAdded('n1'), objectApplied('replicasets', rs(1)),
      podCreated('web-ready', owned({ node: 'n1', readyAt: 0 })),
      podCreated('web-unready', owned({ node: 'n1' })),
      podCreated('web-pending', owned()),
    ]);
    const { events } = syncOnce(replicaSetController, 'default/web', s, 5000);
    expect(events).toEqual([
      { type: 'PodDeleted', at: 5000, pod: 'default/web-pending', uid: asUid('uid-web-pending') },
      { type: 'ControllerEvent', at: 5000, resource: 'replicasets', key: 'default/web', reason: 'SuccessfulDelete',
        message: 'Deleted pod: web-pending' },
      { type: 'PodTerminating', at: 5000, pod: 'default/web-unready', uid: asUid('uid-web-unready'),
        gracePeriodSeconds: 30 },
      { type: 'ControllerEvent', at: 5000, resource: 'replicasets', key: 'default/web', reason: 'SuccessfulDelete',
        message: 'Deleted pod: web-unready' },
      { type: 'ObjectStatusUpdated', at: 5000, resource: 'replicasets', key: 'default/web',
        status: { replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 1, availableReplicas: 1,
          observedGeneration: 1 } },
    ]);
  });

  test('terminating, Succeeded and Failed pods do not count: replacements are created', () => {
    const s = stateOf([
      nodeAdded('n1'), objectApplied('replicasets', rs(3)),
      podCreated('web-a', owned({ node: 'n1', readyAt: 0 })),
      podCreated('web-b', owned({ node: 'n1', deleting: true })),
      podCreated('web-c', owned({ node: 'n1', phase: 'Failed' })),
      podCreated('web-d', owned({ node: 'n1', phase: 'Succeeded' })),
    ]);
    expect(syncOnce(replicaSetController, 'default/web', s).events.filter((e) => e.type === 'PodCreated')).toHaveLength(
      2);
  });

  test('adopts a matching orphan and releases an owned pod that stopped matching', () => {
    const s = stateOf([
      nodeAdded('n1'), objectApplied('replicasets', rs(1)),
      podCreated('stray', { labels: { app: 'web' }, node: 'n1', readyAt: 0 }),
      podCreated('web-old', owned({ labels: { app: 'debug' }, node: 'n1', readyAt: 0 })),
    ]);
    const { events } = syncOnce(replicaSetController, 'default/web', s);
    expect(events).toEqual([
      { type: 'PodMetadataChanged', at: 0, pod: 'default/web-old', uid: asUid('uid-web-old'), ownerReferences: [] },
      { type: 'PodMetadataChanged', at: 0, pod: 'default/stray', uid: asUid('uid-stray'),
        ownerReferences: [ownerRef('ReplicaSet', 'web')] },
      { type: 'ObjectStatusUpdated', at: 0, resource: 'replicasets', key: 'default/web',
        status: { replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, availableReplicas: 1,
          observedGeneration: 1 } },
    ]);
  });

  test('with minReadySeconds a ready pod is available only after it, and the sync requeues for that moment', () => {
    const s = stateOf([nodeAdded('n1'), objectApplied('replicasets', rs(1, { minReadySeconds: 10 })),
      podCreated('web-a', owned({ node: 'n1', readyAt: 2000 }))]);
    const { events, result } = syncOnce(replicaSetController, 'default/web', s, 3000);
    expect(events).toEqual([{ type: 'ObjectStatusUpdated', at: 3000, resource: 'replicasets', key: 'default/web',
      status: { replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, observedGeneration: 1 } }]);
    expect(result).toEqual({ requeueAfter: 9001 });
    const later = syncOnce(replicaSetController, 'default/web', s, 12_001);
    expect(later.events[0]).toMatchObject({ status: { availableReplicas: 1 } });
    expect(later.result).toBeUndefined();
  });

  test('a failed creation stops the slow start and sets ReplicaFailure with the admission error', () => {
    const s = stateOf([objectApplied('replicasets', rs(4, { template: { metadata: { labels: { app: 'web' } },
      spec: { priorityClassName: 'missing', containers: [{ name: 'c' }] } } }))]);
    const { events } = syncOnce(replicaSetController, 'default/web', s, 7);
    expect(events).toEqual([
      { type: 'ControllerEvent', at: 7, resource: 'replicasets', key: 'default/web', reason: 'FailedCreate',
        message: 'Error creating: no PriorityClass with name missing was found', eventType: 'Warning' },
      { type: 'ObjectStatusUpdated', at: 7, resource: 'replicasets', key: 'default/web',
        status: { replicas: 0, observedGeneration: 1, conditions: [
          { type: 'ReplicaFailure', status: 'True', lastTransitionTime: 7, reason: 'FailedCreate',
            message: 'no PriorityClass with name missing was found' }] } },
    ]);
  });

  test('a ReplicaSet being deleted creates nothing', () => {
    const s = stateOf([objectApplied('replicasets', { ...rs(2),
      metadata: { ...rs(2).metadata, deletionTimestamp: 0, finalizers: ['foregroundDeletion'] } })]);
    expect(summary(syncOnce(replicaSetController, 'default/web', s).events)).toEqual(['ObjectStatusUpdated']);
  });
});

describe('ReplicationController', () => {
  test('selects by label map (defaulting to the template labels) and creates pods named after it', () => {
    const rc: KubeObject = { apiVersion: 'v1', kind: 'ReplicationController',
      metadata: { name: 'web', namespace: 'default', uid: asUid('uid-web'), generation: 1 },
        spec: { replicas: 2, template: { metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'c' }] } } } };
    const s = stateOf([objectApplied('replicationcontrollers', rc),
      podCreated('web-x', { owner: ownerRef('ReplicationController', 'web'), labels: { app: 'web' }, node: 'n1',
        readyAt: 0 })]);
    const { events } = syncOnce(replicationControllerController, 'default/web', s);
    const created = events.filter((e): e is Extract<ClusterEvent, { type: 'PodCreated' }> => e.type === 'PodCreated');
    expect(created.map((c) => c.object.metadata.name)).toEqual([expect.stringMatching(NAME)]);
    expect(created[0].object.metadata.ownerReferences?.[0]).toMatchObject(
      { apiVersion: 'v1', kind: 'ReplicationController' });
  });
});
