/**
 * Admission of a create of a stored object other than a pod, by a user or by a controller (a
 * Deployment's ReplicaSet, a CronJob's Job): NamespaceLifecycle, LimitRanger for claims, then
 * ResourceQuota: the generic evaluator's `count/<resource>[.<group>]` and legacy names, and a
 * claim's storage names (persistent_volume_claims.go).
 */
import { objectCountNames, pvcUsage, type ResourceQuota } from '../api/quota.js';
import type { Amounts } from '../api/resources.js';
import type { KubeObject } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import { aggregate, pvcLimitViolations, type LimitRange } from './limitRanger.js';
import { forbidden, namespaceRefusal, policyObjectsIn } from './namespaces.js';
import { admitObjectQuota } from './resourceQuota.js';

/** Policy objects the same batch creates first (one `kubectl apply` of a folder). */
export interface PendingObjects {
  readonly namespaces?: ReadonlySet<string>;
  readonly quotas?: readonly ResourceQuota[];
  readonly limitRanges?: readonly LimitRange[];
}

/** The refusal in the API server's words, or undefined when the create is admitted. */
export function admitObjectCreate(state: ClusterState, resource: string, group: string, ns: string, name: string,
  pending: PendingObjects = {}, object?: KubeObject): string | undefined {
  const qualified = group ? `${resource}.${group}` : resource;
  const nsRefusal = namespaceRefusal(state, ns, qualified, name, pending.namespaces);
  if (nsRefusal) return nsRefusal;
  const claim = resource === 'persistentvolumeclaims' && object !== undefined;
  if (claim) {
    const errs = pvcLimitViolations(object, policyObjectsIn(state, 'limitranges', ns, pending.limitRanges ?? []));
    if (errs.length) return forbidden(qualified, name, aggregate(errs));
  }
  const delta: Amounts = claim ? pvcUsage(object) : {};
  for (const r of objectCountNames(resource, group)) delta[r] = 1;
  const why = admitObjectQuota(state, ns, delta, pending.quotas ?? []);
  return why ? forbidden(qualified, name, why) : undefined;
}
