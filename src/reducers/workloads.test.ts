import { describe, expect, test } from 'vitest';
import type { ClusterEvent } from '../events/index.js';
import { evolveAll } from './index.js';
import { dependentsOf, getObject, initialState, objectUidExists, resourceOfUid } from './state.js';

const applied = (): Extract<ClusterEvent, { type: 'ObjectApplied' }> => ({
  type: 'ObjectApplied', at: 0, resource: 'deployments', key: 'default/web',
  object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 1 } },
});

describe('workloadReducers', () => {
  test.each([
    { name: 'a status write in the same batch as the apply leaves the applied event untouched',
      then: { type: 'ObjectStatusUpdated', at: 0, resource: 'deployments', key: 'default/web',
        status: { replicas: 1 } } as ClusterEvent, want: { status: { replicas: 1 } } },
    { name: 'a foreground delete in the same batch as the apply leaves the applied event untouched',
      then: { type: 'ObjectTerminating', at: 5, resource: 'deployments', key: 'default/web',
        propagationPolicy: 'Foreground' } as ClusterEvent, want: {
          metadata: { name: 'web', namespace: 'default', deletionTimestamp: 5, finalizers: ['foregroundDeletion'] } } },
  ])('$name', ({ then, want }) => {
    const a = applied();
    const before = JSON.stringify(a);
    const s = evolveAll(initialState(), [a, then]);
    expect(JSON.stringify(a)).toBe(before);
    expect(getObject(s, 'deployments', 'default/web')!).toMatchObject(want);
    // and replaying the same (now frozen) events again works
    expect(getObject(evolveAll(initialState(), [a, then]), 'deployments', 'default/web')!).toEqual(
      getObject(s, 'deployments', 'default/web')!);
  });
});

describe('object indexes', () => {
  const rs = (name: string, uid: string, owner?: string): ClusterEvent => ({
    type: 'ObjectApplied', at: 0, resource: 'replicasets', key: `default/${name}`,
    object: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default', uid,
      ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: owner,
        controller: true }] } : {}) } },
  });
  const names = (s: ReturnType<typeof initialState>, owner: string) =>
    dependentsOf(s, owner).map((d) => `${d.resource}|${d.key}`);

  test('follow ownerReferences through apply, re-apply with another owner, and delete', () => {
    let s = evolveAll(initialState(), [rs('a', 'u-a', 'd1'), rs('b', 'u-b', 'd1'), rs('c', 'u-c')]);
    expect(names(s, 'd1')).toEqual(['replicasets|default/a', 'replicasets|default/b']);
    expect(names(s, '')).toEqual(['replicasets|default/c']);
    expect([objectUidExists(s, 'u-a'), objectUidExists(s, 'u-z')]).toEqual([true, false]);
    expect(resourceOfUid(s, 'u-c')).toBe('replicasets');
    // Orphaned (released), then adopted by another owner: the index moves with it.
    s = evolveAll(s, [rs('a', 'u-a'), rs('c', 'u-c', 'd2')]);
    expect([names(s, 'd1'), names(s, ''), names(s, 'd2')]).toEqual(
      [['replicasets|default/b'], ['replicasets|default/a'], ['replicasets|default/c']]);
    s = evolveAll(s, [{ type: 'ObjectDeleted', at: 1, resource: 'replicasets', key: 'default/b', uid: 'u-b' }]);
    expect(names(s, 'd1')).toEqual([]);
    expect(s.objectsByOwner.has('d1')).toBe(false);
    expect(objectUidExists(s, 'u-b')).toBe(false);
  });

  test('a status write keeps the indexes and the old state untouched', () => {
    const s1 = evolveAll(initialState(), [rs('a', 'u-a', 'd1')]);
    const s2 = evolveAll(s1, [{ type: 'ObjectStatusUpdated', at: 1, resource: 'replicasets', key: 'default/a',
      status: { replicas: 2 } }]);
    expect(names(s2, 'd1')).toEqual(['replicasets|default/a']);
    expect(getObject(s1, 'replicasets', 'default/a')!.status).toBeUndefined();
    expect(getObject(s2, 'replicasets', 'default/a')!.status).toEqual({ replicas: 2 });
  });
});
