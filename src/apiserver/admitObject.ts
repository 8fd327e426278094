/**
 * Admission of a create of a stored object other than a pod, by a user or by a controller (a
 * Deployment's ReplicaSet, a CronJob's Job): NamespaceLifecycle, then ResourceQuota's object
 * counts (the generic evaluator's `count/<resource>[.<group>]` and legacy names).
 */
import { objectCountNames, type ResourceQuota } from '../api/quota.js';
import type { ClusterState } from '../reducers/state.js';
import { forbidden, namespaceRefusal } from './namespaces.js';
import { admitObjectQuota } from './resourceQuota.js';

/** The refusal in the API server's words, or undefined when the create is admitted. */
export function admitObjectCreate(state: ClusterState, resource: string, group: string, ns: string, name: string,
  pending: { namespaces?: ReadonlySet<string>; quotas?: readonly ResourceQuota[] } = {}): string | undefined {
  const qualified = group ? `${resource}.${group}` : resource;
  const nsRefusal = namespaceRefusal(state, ns, qualified, name, pending.namespaces);
  if (nsRefusal) return nsRefusal;
  const why = admitObjectQuota(state, ns, objectCountNames(resource, group), pending.quotas ?? []);
  return why ? forbidden(qualified, name, why) : undefined;
}
