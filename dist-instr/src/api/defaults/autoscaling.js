import { isObj, or, specOf, withSpec } from './util.js';
/** pkg/apis/autoscaling/types.go DefaultCPUUtilization. */
export const DEFAULT_CPU_UTILIZATION = 80;
/**
 * scaleDown.stabilizationWindowSeconds stays unset in the API; the controller then uses
 * --horizontal-pod-autoscaler-downscale-stabilization, default 5m
 * (pkg/controller/podautoscaler/config/v1alpha1/defaults.go).
 */
export const DEFAULT_DOWNSCALE_STABILIZATION_SECONDS = 300;
/** v2 defaults.go defaultHPAScaleUpRules / defaultHPAScaleDownRules. */
export const HPA_SCALE_UP_DEFAULTS = { stabilizationWindowSeconds: 0, selectPolicy: 'Max',
    policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100,
            periodSeconds: 15 }] };
export const HPA_SCALE_DOWN_DEFAULTS = { selectPolicy: 'Max',
    policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };
function rules(r, d) {
    const x = isObj(r) ? r : {};
    return {
        ...x,
        ...(d.stabilizationWindowSeconds !== undefined || x.stabilizationWindowSeconds !== undefined
            ? { stabilizationWindowSeconds: or(x.stabilizationWindowSeconds, d.stabilizationWindowSeconds) } : {}),
        selectPolicy: or(x.selectPolicy, d.selectPolicy),
        policies: Array.isArray(x.policies) && x.policies.length > 0 ? x.policies : d.policies.map((p) => ({ ...p })),
    };
}
/**
 * HPA defaults: minReplicas 1; autoscaling/v2 without metrics gets CPU Utilization 80%; a given
 * `behavior` is completed with the default scaleUp/scaleDown rules (GenerateHPAScaleUpRules...).
 * autoscaling/v1 keeps targetCPUUtilizationPercentage unset (the controller uses 80).
 */
export function defaultHorizontalPodAutoscaler(o) {
    const s = specOf(o);
    const base = { ...s, minReplicas: or(s.minReplicas, 1) };
    if (o.apiVersion === 'autoscaling/v1')
        return withSpec(o, base);
    const metrics = Array.isArray(s.metrics) && s.metrics.length > 0 ? s.metrics
        : [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization',
                        averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
    const behavior = isObj(s.behavior) ? { ...s.behavior, scaleUp: rules(s.behavior.scaleUp, HPA_SCALE_UP_DEFAULTS),
        scaleDown: rules(s.behavior.scaleDown, HPA_SCALE_DOWN_DEFAULTS) } : undefined;
    return withSpec(o, { ...base, metrics, ...(behavior ? { behavior } : {}) });
}
