/**
 * Admission of a create of a stored object other than a pod, by a user or by a controller (a
 * Deployment's ReplicaSet, a CronJob's Job): NamespaceLifecycle, LimitRanger for claims, then
 * ResourceQuota: the generic evaluator's `count/<resource>[.<group>]` and legacy names, and a
 * claim's storage names (persistent_volume_claims.go).
 */
import { objectCountNames, pvcUsage } from '../api/quota.js';
import { aggregate, pvcLimitViolations } from './limitRanger.js';
import { forbidden, namespaceRefusal, policyObjectsIn } from './namespaces.js';
import { admitObjectQuota } from './resourceQuota.js';
/** The refusal in the API server's words, or undefined when the create is admitted. */
export function admitObjectCreate(state, resource, group, ns, name, pending = {}, object) {
    const qualified = group ? `${resource}.${group}` : resource;
    const nsRefusal = namespaceRefusal(state, ns, qualified, name, pending.namespaces);
    if (nsRefusal)
        return nsRefusal;
    const claim = resource === 'persistentvolumeclaims' && object !== undefined;
    if (claim) {
        const errs = pvcLimitViolations(object, policyObjectsIn(state, 'limitranges', ns, pending.limitRanges ?? []));
        if (errs.length)
            return forbidden(qualified, name, aggregate(errs));
    }
    const delta = claim ? pvcUsage(object) : {};
    for (const r of objectCountNames(resource, group))
        delta[r] = 1;
    const why = admitObjectQuota(state, ns, delta, pending.quotas ?? []);
    return why ? forbidden(qualified, name, why) : undefined;
}
