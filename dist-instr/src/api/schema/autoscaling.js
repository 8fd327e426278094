/** autoscaling/v1 and autoscaling/v2 schemas (k8s.io/api/autoscaling/v1 and v2 types.go). */
import { labelSelector, topLevel } from './meta.js';
import { int, list, obj, qty, str, unmodeled } from './schema.js';
const crossVersionObjectReference = obj({ kind: str, name: str, apiVersion: str });
export const hpaV1 = topLevel({ spec: obj({ scaleTargetRef: crossVersionObjectReference, minReplicas: int,
        maxReplicas: int, targetCPUUtilizationPercentage: int }) });
const metricTarget = obj({ type: str, value: qty, averageValue: qty, averageUtilization: int });
const metricIdentifier = obj({ name: str, selector: labelSelector });
/**
 * Resource metrics (cpu, memory) come from the behaviour model and the scenario's `load:`; Pods,
 * Object and External metrics from its `metrics:` (scenario/metrics.ts); ContainerResource is not simulated.
 */
const metricSpec = obj({
    type: str,
    object: obj({ describedObject: crossVersionObjectReference, target: metricTarget, metric: metricIdentifier }),
    pods: obj({ metric: metricIdentifier, target: metricTarget }),
    resource: obj({ name: str, target: metricTarget }),
    containerResource: unmodeled(obj({ name: str, target: metricTarget, container: str })),
    external: obj({ metric: metricIdentifier, target: metricTarget }),
});
const scalingRules = obj({
    stabilizationWindowSeconds: int, selectPolicy: str,
    policies: list(obj({ type: str, value: int, periodSeconds: int })),
    tolerance: unmodeled(qty),
});
export const hpaV2 = topLevel({
    spec: obj({
        scaleTargetRef: crossVersionObjectReference, minReplicas: int, maxReplicas: int,
        metrics: list(metricSpec), behavior: obj({ scaleUp: scalingRules, scaleDown: scalingRules }),
    }),
});
/** Keyed by apiVersion: the two served versions differ. */
export const HPA_SCHEMAS = { 'autoscaling/v1': hpaV1, 'autoscaling/v2': hpaV2 };
