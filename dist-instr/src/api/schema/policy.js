/** policy/v1 and scheduling.k8s.io/v1 schemas (k8s.io/api/policy/v1, scheduling/v1 types.go). */
import { labelSelector, topLevel } from './meta.js';
import { bool, int, intstr, obj, str } from './schema.js';
export const podDisruptionBudget = topLevel({ spec: obj({ minAvailable: intstr, selector: labelSelector,
        maxUnavailable: intstr, unhealthyPodEvictionPolicy: str }) });
/** PriorityClass has no spec: its fields are top-level. */
export const priorityClass = topLevel({ value: int, globalDefault: bool, description: str, preemptionPolicy: str });
export const POLICY_SCHEMAS = { PodDisruptionBudget: podDisruptionBudget, PriorityClass: priorityClass };
