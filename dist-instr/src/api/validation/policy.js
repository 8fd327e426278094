/** PodDisruptionBudget validation after pkg/apis/policy/validation/validation.go. */
import { intOrPercent, invalid, isObj, labelSelector, oneOf, required } from './common.js';
export function validatePodDisruptionBudget(p, o) {
    if (!isObj(o.spec)) {
        required(p, 'spec');
        return;
    }
    const s = o.spec;
    const has = (v) => v !== undefined && v !== null;
    if (has(s.minAvailable) && has(s.maxUnavailable))
        invalid(p, 'spec', s, 'minAvailable and maxUnavailable cannot be both set');
    intOrPercent(p, 'spec.minAvailable', s.minAvailable, true);
    intOrPercent(p, 'spec.maxUnavailable', s.maxUnavailable, true);
    labelSelector(p, 'spec.selector', s.selector);
    oneOf(p, 'spec.unhealthyPodEvictionPolicy', s.unhealthyPodEvictionPolicy, ['AlwaysAllow', 'IfHealthyBudget']);
}
