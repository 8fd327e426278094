/**
 * A HorizontalPodAutoscaler served at the other autoscaling version than the one it was
 * written in, as the API server converts it (pkg/apis/autoscaling/v1/conversion.go): v1's
 * targetCPUUtilizationPercentage is v2's CPU Utilization Resource metric (80 when unset, the
 * controller's default) and currentCPUUtilizationPercentage its current value; what v1 cannot
 * hold (other metrics, behavior, conditions) goes to the `autoscaling.alpha.kubernetes.io/*`
 * annotations, as the API server keeps it there. Works on the served (rendered) view.
 */
import { DEFAULT_CPU_UTILIZATION } from '../controllers/podautoscaler/podAutoscaler.js';
const METRICS = 'autoscaling.alpha.kubernetes.io/metrics';
const CURRENT_METRICS = 'autoscaling.alpha.kubernetes.io/current-metrics';
const BEHAVIOR = 'autoscaling.alpha.kubernetes.io/behavior';
const CONDITIONS = 'autoscaling.alpha.kubernetes.io/conditions';
const isCpuUtilization = (m) => m.type === 'Resource' && m.resource?.name === 'cpu'
    && (m.resource.target === undefined || m.resource.target.type === 'Utilization');
const cpuMetric = (u) => ({ type: 'Resource',
    resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: u } } });
function withAnnotations(meta, extra) {
    const set = Object.entries(extra).filter(([, v]) => v !== undefined);
    if (!set.length)
        return meta;
    const annotations = { ...meta.annotations };
    for (const [k, v] of set)
        annotations[k] = JSON.stringify(v);
    return { ...meta, annotations };
}
/** autoscaling/v1 view of a v2 HPA. */
function toV1(v) {
    const spec = (v.spec ?? {});
    const status = v.status;
    const { metrics = [], behavior, ...specRest } = spec;
    const cpu = metrics.find(isCpuUtilization);
    const others = metrics.filter((m) => m !== cpu);
    const current = status?.currentMetrics ?? [];
    const cpuNow = current.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
    const otherNow = current.filter((m) => m !== cpuNow);
    const { currentMetrics: _c, conditions, ...statusRest } = status ?? {};
    return {
        ...v, apiVersion: 'autoscaling/v1',
        metadata: withAnnotations(v.metadata, { [METRICS]: others.length ? others : undefined, [BEHAVIOR]: behavior,
            [CURRENT_METRICS]: otherNow.length ? otherNow : undefined,
            [CONDITIONS]: conditions && conditions.length ? conditions : undefined }),
        spec: { ...specRest, ...(cpu?.resource?.target?.averageUtilization !== undefined
                ? { targetCPUUtilizationPercentage: cpu.resource.target.averageUtilization } : {}) },
        ...(status ? { status: { ...statusRest, ...(cpuNow?.resource?.current?.averageUtilization !== undefined
                    ? { currentCPUUtilizationPercentage: cpuNow.resource.current.averageUtilization } : {}) } } : {}),
    };
}
/** autoscaling/v2 view of a v1 HPA. */
function toV2(v) {
    const { targetCPUUtilizationPercentage: target, ...specRest } = (v.spec ?? {});
    const status = v.status;
    const { currentCPUUtilizationPercentage: now, ...statusRest } = status ?? {};
    return {
        ...v, apiVersion: 'autoscaling/v2',
        spec: { ...specRest, metrics: [cpuMetric(typeof target === 'number' ? target : DEFAULT_CPU_UTILIZATION)] },
        ...(status ? { status: { ...statusRest, ...(typeof now === 'number' ? { currentMetrics: [{ type: 'Resource',
                            resource: { name: 'cpu', current: { averageUtilization: now } } }] } : {}) } } : {}),
    };
}
/** The HPA view at `apiVersion` (autoscaling/v1 or v2); unchanged when it is already in it. */
export function hpaAt(view, apiVersion) {
    if (view.apiVersion === apiVersion)
        return view;
    return apiVersion === 'autoscaling/v1' ? toV1(view) : toV2(view);
}
