import { describe, expect, test } from 'vitest';
import type { ClusterEvent } from '../events/index.js';
import { evolveAll } from './index.js';
import { dependentsOf, getObject, initialState, objectUidExists, resourceOfUid } from './state.js';
import { asUid, type Uid } from '../api/ids.js';

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
  const rs = (name: string, uid: Uid, owner?: Uid): ClusterEvent => ({
    type: 'ObjectApplied', at: 0, resource: 'replicasets', key: `default/${name}`,
    object: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default', uid,
      ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: owner,
        controller: true }] } : {}) } },
  });
  const names = (s: ReturnType<typeof initialState>, owner: Uid) =>
    dependentsOf(s, owner).map((d) => `${d.resource}|${d.key}`);

  test('follow ownerReferences through apply, re-apply with another owner, and delete', () => {
    let s = evolveAll(initialState(), [rs('a', asUid('u-a'), asUid('d1')), rs('b', asUid('u-b'), asUid('d1')),
      rs('c', asUid('u-c'))]);
    expect(names(s, asUid('d1'))).toEqual(['replicasets|default/a', 'replicasets|default/b']);
    expect(names(s, asUid(''))).toEqual(['replicasets|default/c']);
    expect([objectUidExists(s, asUid('u-a')), objectUidExists(s, asUid('u-z'))]).toEqual([true, false]);
    expect(resourceOfUid(s, asUid('u-c'))).toBe('replicasets');
    // Orphaned (released), then adopted by another owner: the index moves with it.
    s = evolveAll(s, [rs('a', asUid('u-a')), rs('c', asUid('u-c'), asUid('d2'))]);
    expect([names(s, asUid('d1')), names(s, asUid('')), names(s, asUid('d2'))]).toEqual(
      [['replicasets|default/b'], ['replicasets|default/a'], ['replicasets|default/c']]);
    s = evolveAll(s, [{ type: 'ObjectDeleted', at: 1, resource: 'replicasets', key: 'default/b', uid: asUid('u-b') }]);
    expect(names(s, asUid('d1'))).toEqual([]);
    expect(s.objectsByOwner.has('d1')).toBe(false);
    expect(objectUidExists(s, asUid('u-b'))).toBe(false);
  });

  test('a status write keeps the indexes and the old state untouched', () => {
    const s1 = evolveAll(initialState(), [rs('a', asUid('u-a'), asUid('d1'))]);
    const s2 = evolveAll(s1, [{ type: 'ObjectStatusUpdated', at: 1, resource: 'replicasets', key: 'default/a',
      status: { replicas: 2 } }]);
    expect(names(s2, asUid('d1'))).toEqual(['replicasets|default/a']);
    expect(getObject(s1, 'replicasets', 'default/a')!.status).toBeUndefined();
    expect(getObject(s2, 'replicasets', 'default/a')!.status).toEqual({ replicas: 2 });
  });
});
