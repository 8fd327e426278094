import { describe, expect, test } from 'vitest';
import type { ClusterEvent } from '../events/index.js';
import { evolveAll } from './index.js';
import { getObject, initialState } from './state.js';

const applied = (): Extract<ClusterEvent, { type: 'ObjectApplied' }> => ({
  type: 'ObjectApplied', at: 0, resource: 'deployments', key: 'default/web',
  object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 1 } },
});

describe('workloadReducers', () => {
  test.each([
    { name: 'a status write in the same batch as the apply leaves the applied event untouched', then: { type: 'ObjectStatusUpdated', at: 0, resource: 'deployments', key: 'default/web', status: { replicas: 1 } } as ClusterEvent, want: { status: { replicas: 1 } } },
    { name: 'a foreground delete in the same batch as the apply leaves the applied event untouched', then: { type: 'ObjectTerminating', at: 5, resource: 'deployments', key: 'default/web', propagationPolicy: 'Foreground' } as ClusterEvent, want: { metadata: { name: 'web', namespace: 'default', deletionTimestamp: 5, finalizers: ['foregroundDeletion'] } } },
  ])('$name', ({ then, want }) => {
    const a = applied();
    const before = JSON.stringify(a);
    const s = evolveAll(initialState(), [a, then]);
    expect(JSON.stringify(a)).toBe(before);
    expect(getObject(s, 'deployments', 'default/web')!).toMatchObject(want);
    // and replaying the same (now frozen) events again works
    expect(getObject(evolveAll(initialState(), [a, then]), 'deployments', 'default/web')!).toEqual(getObject(s, 'deployments', 'default/web')!);
  });
});
