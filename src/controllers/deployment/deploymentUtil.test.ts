import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../api/types.js';
import { computeHash, safeEncodeString } from '../computeHash.js';
import { deploymentSpec, equalIgnoreHash, maxSurge, maxUnavailable, resolveFenceposts,
  setCondition } from './deploymentUtil.js';

const dep = (spec: Record<string, unknown>): KubeObject => (
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec });

describe('resolveFenceposts (deployment/util)', () => {
  test.each([
    { name: '25%/25% on 3 replicas: surge rounds up to 1, unavailable down to 0', surge: '25%', unavail: '25%',
      desired: 3, want: { surge: 1, unavailable: 0 } },
    // ResolveFenceposts: ValueOrDefault(nil, 0) for both, then the both-zero rule.
    { name: 'both unset count as 0: surge 0, unavailable 1', surge: undefined, unavail: undefined, desired: 3,
      want: { surge: 0, unavailable: 1 } },
    { name: 'unset surge with unavailable 2', surge: undefined, unavail: 2, desired: 3,
      want: { surge: 0, unavailable: 2 } },
    { name: '25%/25% on 10 replicas gives 3 and 2', surge: '25%', unavail: '25%', desired: 10,
      want: { surge: 3, unavailable: 2 } },
    { name: 'integers are taken as they are', surge: 2, unavail: 1, desired: 10, want: { surge: 2, unavailable: 1 } },
    { name: 'both zero: unavailable becomes 1', surge: 0, unavail: 0, desired: 5, want: { surge: 0, unavailable: 1 } },
    { name: '0% surge and 10% of 4 (0.4 down to 0) also gives unavailable 1', surge: '0%', unavail: '10%', desired: 4,
      want: { surge: 0, unavailable: 1 } },
    { name: '100% surge on 7 replicas is 7', surge: '100%', unavail: 0, desired: 7,
      want: { surge: 7, unavailable: 0 } },
  ])('$name', ({ surge, unavail, desired, want }) => expect(resolveFenceposts(surge, unavail, desired)).toEqual(want));

  test('MaxUnavailable never exceeds replicas and is 0 for Recreate', () => {
    expect(maxUnavailable(deploymentSpec(dep({ replicas: 2,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 5 } } })))).toBe(2);
    expect(maxUnavailable(deploymentSpec(dep({ replicas: 2, strategy: { type: 'Recreate' } })))).toBe(0);
    expect(maxSurge(deploymentSpec(dep({ replicas: 2, strategy: { type: 'Recreate' } })))).toBe(0);
  });

  test('defaults: replicas 1, RollingUpdate 25%/25%, history 10, deadline 600 s', () => {
    expect(deploymentSpec(dep({ template: { spec: { containers: [] } } }))).toEqual({
      replicas: 1, template: { spec: { containers: [] } }, strategy: { type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      minReadySeconds: 0, revisionHistoryLimit: 10, progressDeadlineSeconds: 600,
    });
  });
});

describe('computeHash (controller_utils.go ComputeHash)', () => {
  test('SafeEncodeString maps each byte into the 27-letter alphabet', () => {
    // '1'=49 -> 49%27=22 -> '5', '5'=53 -> 26 -> '9', '0'=48 -> 21 -> '4', '8'=56 -> 2 -> 'd'
    expect(safeEncodeString('1524588021')).toBe('59689dd465');
  });
  test('is stable, ignores key order, and changes with the template or the collision count', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1' }] } };
    const same = { spec: { containers: [{ image: 'nginx:1', name: 'c' }] }, metadata: { labels: { app: 'web' } } };
    expect(computeHash(t)).toBe(computeHash(same));
    expect(computeHash(t)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(computeHash(t)).not.toBe(computeHash({ ...t, spec: { containers: [{ name: 'c', image: 'nginx:2' }] } }));
    expect(computeHash(t, 1)).not.toBe(computeHash(t));
  });
  test('equalIgnoreHash ignores only the pod-template-hash label', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [] } };
    expect(equalIgnoreHash(t, { ...t, metadata: { labels: { app: 'web', 'pod-template-hash': 'abc' } } })).toBe(true);
    expect(equalIgnoreHash(t, { ...t, metadata: { labels: { app: 'api' } } })).toBe(false);
  });
});

describe('setCondition (SetDeploymentCondition)', () => {
  const c = (status: 'True' | 'False', reason: string, at: number) =>
    ({ type: 'Progressing', status, reason, message: reason, lastUpdateTime: at, lastTransitionTime: at });
  test.each([
    { name: 'same status and reason: unchanged', cur: c('True', 'A', 1), next: c('True', 'A', 5),
      want: [c('True', 'A', 1)] },
    { name: 'same status, new reason: lastTransitionTime kept', cur: c('True', 'A', 1), next: c('True', 'B', 5),
      want: [{ ...c('True', 'B', 5), lastTransitionTime: 1 }] },
    { name: 'status flips: all times new', cur: c('True', 'A', 1), next: c('False', 'B', 5),
      want: [c('False', 'B', 5)] },
  ])('$name', ({ cur, next, want }) => expect(setCondition([cur], next)).toEqual(want));
});
