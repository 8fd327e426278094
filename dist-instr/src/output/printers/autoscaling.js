import { since } from './humanDuration.js';
import { AGE_COLUMN, NAME_COLUMN, col, int, rec, specOf, statusOf } from './types.js';
const MAX_SHOWN = 2;
/** A Resource / ContainerResource metric: `cpu: 42%/80%` or `memory: 120Mi/200Mi` (formatHPAMetrics). */
function resourceMetric(spec, status) {
    const target = rec(spec.target), current = rec(status?.current);
    if (target.averageValue !== undefined)
        return `${String(spec.name)}: ` +
            `${current.averageValue !== undefined ? String(current.averageValue) : '<unknown>'}/${String(target.averageValue)}`;
    const cur = typeof current.averageUtilization === 'number' ? `${current.averageUtilization}%` : '<unknown>';
    const tgt = typeof target.averageUtilization === 'number' ? `${target.averageUtilization}%` : '<auto>';
    return `${String(spec.name)}: ${cur}/${tgt}`;
}
/** Pods / Object / External metrics: current/target value ("(avg)" for average targets of Object and External). */
function valueMetric(type, spec, status) {
    const target = rec(spec.target), current = rec(status?.current);
    if (type === 'Pods')
        return `${current.averageValue !== undefined ? String(current.averageValue) : '<unknown>'}/` +
            `${String(target.averageValue ?? '')}`;
    if (target.averageValue !== undefined)
        return `` +
            (`${current.averageValue !== undefined ? String(current.averageValue) : '<unknown>'}/` +
                `${String(target.averageValue)} (avg)`);
    return `${current.value !== undefined ? String(current.value) : '<unknown>'}/${String(target.value ?? '')}`;
}
const FIELD = { Resource: 'resource', ContainerResource: 'containerResource', Pods: 'pods',
    Object: 'object', External: 'external' };
/**
 * The metrics of an HPA as the internal (v2) API holds them; v1's targetCPUUtilizationPercentage converts to a cpu
 * metric.
 */
function hpaMetrics(o) {
    const s = specOf(o), st = statusOf(o);
    if (o.apiVersion === 'autoscaling/v1') {
        const specs = typeof s.targetCPUUtilizationPercentage === 'number'
            ? [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization',
                            averageUtilization: s.targetCPUUtilizationPercentage } } }] : [];
        const statuses = typeof st.currentCPUUtilizationPercentage === 'number'
            ? [{ type: 'Resource', resource: { name: 'cpu', current: {
                            averageUtilization: st.currentCPUUtilizationPercentage
                        } } }] : [];
        return { specs, statuses };
    }
    return { specs: s.metrics ?? [], statuses: st.currentMetrics ?? [] };
}
/** printers.go formatHPAMetrics: the first two metrics as current/target, then "+ N more...". */
export function formatHPAMetrics(o) {
    const { specs, statuses } = hpaMetrics(o);
    if (specs.length === 0)
        return '<none>';
    const list = [];
    let count = 0, more = false;
    for (const [i, spec] of specs.entries()) {
        const type = String(spec.type), field = FIELD[type];
        const status = statuses[i] ? rec(statuses[i][field]) : undefined;
        if (type === 'Resource' || type === 'ContainerResource')
            list.push(resourceMetric(rec(spec[field]), status));
        else if (field)
            list.push(valueMetric(type, rec(spec[field]), status));
        else
            list.push('<unknown type>');
        if (list.length > MAX_SHOWN) {
            list.length = MAX_SHOWN;
            more = true;
            break;
        }
        count++;
    }
    const text = list.join(', ');
    return more ? `${text} + ${specs.length - count} more...` : text;
}
/** printHorizontalPodAutoscaler: REFERENCE Kind/name, TARGETS, MINPODS ("<unset>"), MAXPODS, REPLICAS. */
export const horizontalPodAutoscalerPrinter = {
    columns: [NAME_COLUMN,
        col('Reference', 'string', 'reference to scaled resource; horizontal pod autoscaler will learn the current resource consumption and will ' +
            'set the desired number of pods by using its Scale subresource.'),
        col('Targets', 'string', 'metrics contains the specifications for which to use to calculate the desired replica count (the maximum ' +
            'replica count across all metrics will be used).'),
        col('MinPods', 'string', 'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.'),
        col('MaxPods', 'integer', 'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up.'),
        col('Replicas', 'integer', 'currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the ' +
            'autoscaler.'),
        AGE_COLUMN],
    row: (o, ctx) => {
        const s = specOf(o), ref = rec(s.scaleTargetRef);
        return [o.metadata.name, `${String(ref.kind ?? '')}/${String(ref.name ?? '')}`, formatHPAMetrics(o),
            typeof s.minReplicas === 'number' ? String(s.minReplicas) : '<unset>', int(s.maxReplicas),
            int(statusOf(o).currentReplicas),
            since(ctx.now, o.metadata.creationTimestamp)];
    },
};
