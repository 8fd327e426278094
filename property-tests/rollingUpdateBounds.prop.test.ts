import fc from 'fast-check';
import { expect, test } from 'vitest';
import { resolveFenceposts } from '../src/controllers/deployment/deploymentUtil.js';
import { deployment, isActive, isReady, node, pods, runChecked, scenario } from './arbitraries/workloads.js';
import { runs } from './support/runs.js';

/**
 * Law: during a RollingUpdate the Deployment never has more than replicas + maxSurge pods that
 * are not terminating, nor fewer than replicas - maxUnavailable ready ones (once the first
 * rollout has completed), whatever maxSurge/maxUnavailable are (ints or percentages), and the
 * update completes.
 */
const intOrPercent = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('0%', '10%', '25%', '50%', '100%'));

test('rolling updates stay within maxSurge and maxUnavailable', () => {
  fc.assert(fc.property(
    fc.integer({ min: 1, max: 8 }), intOrPercent, intOrPercent, fc.integer({ min: 1, max: 3 }),
    (replicas, maxSurge, maxUnavailable, updates) => {
      const d = deployment('web', replicas, 'img:1', 100, { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } });
      const timeline = Array.from({ length: updates }, (_, i) => ({ at: (60 + 7 * i) * 1000, action: { kind: 'setImage' as const, resource: 'deployments', objectKind: 'Deployment', namespace: 'default', name: 'web', container: 'c', image: `img:${i + 2}` } }));
      const { surge, unavailable } = resolveFenceposts(maxSurge, maxUnavailable, replicas);
      let maxSeen = 0, minReady = Infinity;
      const state = runChecked(scenario([node('a', 8), node('b', 8)], [d], timeline, 5 * 60_000), (_events, _before, after) => {
        if (after.time < 60_000) return;
        const live = pods(after).filter(isActive);
        maxSeen = Math.max(maxSeen, live.length);
        minReady = Math.min(minReady, live.filter(isReady).length);
      });
      expect(maxSeen).toBeLessThanOrEqual(replicas + surge);
      expect(minReady).toBeGreaterThanOrEqual(replicas - Math.min(unavailable, replicas));
      const live = pods(state).filter(isActive);
      expect(live.map((p) => p.spec.containers[0].image)).toEqual(Array(replicas).fill(`img:${updates + 1}`));
    },
  ), { numRuns: runs(40) });
});
