import type { KubeObject, Pod } from '../api/types.js';
import { formatDuration } from '../api/time.js';
import { isPodActive, isPodReady, lastDisturbance, onLostNode, statefulSetBlocked, num, objRef, objectsOf,
  objectsOwnedBy, podsOwnedBy, spec } from './helpers.js';
import { violation, type Invariant, type InvariantContext, type Violation } from './types.js';
import { NO_UID } from '../api/ids.js';

/** Two minutes: long enough for a pod to be replaced after a fault in the default model. */
export const DEFAULT_SETTLE_MS = 120_000;

function ownedPods(ctx: InvariantContext, o: KubeObject): Pod[] {
  return o.kind === 'Deployment'
    ? objectsOwnedBy(ctx.state, 'replicasets', o.metadata.uid ?? NO_UID).flatMap((rs) =>
      podsOwnedBy(ctx.state, rs.metadata.uid ?? NO_UID))
    : podsOwnedBy(ctx.state, o.metadata.uid ?? NO_UID);
}

/**
 * ReplicaSets, Deployments and StatefulSets end with spec.replicas ready pods, unless something
 * disturbed the cluster or changed the object less than `settle` ms before the end. ReplicaSets
 * owned by a Deployment are judged through their Deployment (a rollout scales old ones down).
 */
export function replicasConverge(opts: { settle?: number } = {}): Invariant {
  const settle = opts.settle ?? DEFAULT_SETTLE_MS;
  const name = 'replicas-converge';
  return {
    name,
    description: `ReplicaSets, Deployments and StatefulSets have spec.replicas ready pods ${settle / 1000}s after ` +
      `the last disturbance`,
    when: 'end',
    check(ctx) {
      const out: Violation[] = [];
      for (const resource of ['deployments', 'replicasets', 'statefulsets']) {
        for (const o of objectsOf(ctx.state, resource)) {
          if (resource === 'replicasets' && o.metadata.ownerReferences?.some((r) => r.controller)) continue;
          if (o.metadata.deletionTimestamp !== undefined) continue;
          const since = lastDisturbance(ctx.history, { resource,
            key: `${o.metadata.namespace ?? 'default'}/${o.metadata.name}` });
          if (ctx.state.time - since < settle) continue;
          const owned = ownedPods(ctx, o);
          if (owned.some((p) => onLostNode(ctx.state, p))) continue; // eviction still pending
          // "When capacity allows": a pod the scheduler found no node for (preempted, or the cluster is full) excuses
          // its owner.
          if (owned.some((p) => isPodActive(p) && !p.spec.nodeName
            && p.status.conditions.some((c) => c.type === 'PodScheduled' && c.status === 'False'
              && c.reason === 'Unschedulable'))) continue;
          // A StatefulSet waits for a pod on a lost node to be gone, and (OrderedReady) for unhealthy ones.
          if (resource === 'statefulsets' && statefulSetBlocked(ctx.state, o, owned)) continue;
          const want = num(spec(o).replicas, 1);
          const ready = owned.filter((p) => isPodActive(p) && isPodReady(p));
          if (ready.length !== want)
            out.push(
              violation(name, ctx,
                `${objRef(o)} has ${ready.length} ready pods, want spec.replicas=${want} (undisturbed since ` +
                  `${formatDuration(since)})`, [objRef(o)]));
        }
      }
      return out;
    },
  };
}
