/** HorizontalPodAutoscaler validation after pkg/apis/autoscaling/validation/validation.go. */
import { quantityError, scaledValue } from '../quantity.js';
import { forbidden, invalid, isObj, oneOf, required } from './common.js';
/** autoscaling/validation: MaxPeriodSeconds and MaxStabilizationWindowSeconds. */
export const MAX_PERIOD_SECONDS = 1800;
export const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
const METRIC_TYPES = ['Object', 'Pods', 'Resource', 'External', 'ContainerResource'];
const SOURCE_FIELD = { Object: 'object', Pods: 'pods', Resource: 'resource',
    External: 'external', ContainerResource: 'containerResource' };
function common(p, s) {
    // minReplicasLowerBound is 1 unless the HPAScaleToZero feature gate (alpha, off) is on.
    if (typeof s.minReplicas === 'number' && s.minReplicas < 1)
        invalid(p, 'spec.minReplicas', s.minReplicas, 'must be greater than or equal to 1');
    const max = typeof s.maxReplicas === 'number' ? s.maxReplicas : 0;
    if (max < 1)
        invalid(p, 'spec.maxReplicas', max, 'must be greater than 0');
    if (typeof s.minReplicas === 'number' && max < s.minReplicas)
        invalid(p, 'spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`');
    const ref = isObj(s.scaleTargetRef) ? s.scaleTargetRef : undefined;
    if (!ref) {
        required(p, 'spec.scaleTargetRef');
        return;
    }
    if (typeof ref.kind !== 'string' || ref.kind === '')
        required(p, 'spec.scaleTargetRef.kind');
    if (typeof ref.name !== 'string' || ref.name === '')
        required(p, 'spec.scaleTargetRef.name');
}
const positive = (q) => quantityError(q) === undefined && scaledValue(q, -9) > 0;
function metricTarget(p, path, t) {
    if (!isObj(t)) {
        required(p, path);
        return {};
    }
    if (t.type === undefined || t.type === '')
        required(p, `${path}.type`, 'must specify a metric target type');
    else if (!['Utilization', 'Value', 'AverageValue'].includes(t.type))
        invalid(p, `${path}.type`, t.type, 'must be either Utilization, Value, or AverageValue');
    if (t.value !== undefined && !positive(t.value))
        invalid(p, `${path}.value`, t.value, 'must be positive');
    if (t.averageValue !== undefined && !positive(t.averageValue))
        invalid(p, `${path}.averageValue`, t.averageValue, 'must be positive');
    if (typeof t.averageUtilization === 'number' && t.averageUtilization < 1)
        invalid(p, `${path}.averageUtilization`, t.averageUtilization, 'must be greater than 0');
    return t;
}
function metric(p, path, m) {
    if (!isObj(m))
        return;
    if (m.type === undefined || m.type === '')
        required(p, `${path}.type`, 'must specify a metric source type');
    else
        oneOf(p, `${path}.type`, m.type, METRIC_TYPES);
    // Only a known type names a source field: an object or a name like "constructor" is no key.
    const expected = typeof m.type === 'string' && Object.prototype.hasOwnProperty.call(SOURCE_FIELD, m.type)
        ? SOURCE_FIELD[m.type] : undefined;
    const present = Object.values(SOURCE_FIELD).filter((f) => m[f] !== undefined && m[f] !== null);
    if (expected && !present.includes(expected))
        required(p, `${path}.${expected}`, 'must populate information for the given metric source');
    if (present.length > 1 || (present.length === 1 && expected && present[0] !== expected))
        for (const f of present)
            if (f !== expected)
                forbidden(p, `${path}.${f}`, 'must populate the given metric source only');
    for (const f of ['resource', 'containerResource']) {
        const src = m[f];
        if (!isObj(src))
            continue;
        if (typeof src.name !== 'string' || src.name === '')
            required(p, `${path}.${f}.name`, 'must specify a resource name');
        const t = metricTarget(p, `${path}.${f}.target`, src.target);
        if (t.averageUtilization === undefined && t.averageValue === undefined)
            required(p, `${path}.${f}.target.averageUtilization`, 'must set either a target raw value or a target utilization');
        if (t.averageUtilization !== undefined && t.averageValue !== undefined)
            forbidden(p, `${path}.${f}.target.averageValue`, 'may not set both a target raw value and a target utilization');
    }
    for (const f of ['object', 'pods', 'external'])
        customSource(p, `${path}.${f}`, f, m[f]);
}
/** validation.go IsValidPathSegmentName: what a metric or object name may not be or contain. */
function pathSegment(p, path, name) {
    if (name === '.' || name === '..')
        invalid(p, path, name, `may not be '${name}'`);
    for (const c of ['/', '%'])
        if (name.includes(c))
            invalid(p, path, name, `may not contain '${c}'`);
}
/**
 * validateObjectSource, validatePodsSource, validateExternalSource: the metric's name
 * (validateMetricIdentifier), the described object (ValidateCrossVersionObjectReference) and the
 * target each type needs.
 */
function customSource(p, path, field, src) {
    if (!isObj(src))
        return;
    if (field === 'object') {
        const d = isObj(src.describedObject) ? src.describedObject : {};
        for (const k of ['kind', 'name']) {
            if (typeof d[k] !== 'string' || d[k] === '')
                required(p, `${path}.describedObject.${k}`);
            else
                pathSegment(p, `${path}.describedObject.${k}`, d[k]);
        }
    }
    const id = isObj(src.metric) ? src.metric : {};
    if (typeof id.name !== 'string' || id.name === '')
        required(p, `${path}.metric.name`, 'must specify a metric name');
    else
        pathSegment(p, `${path}.metric.name`, id.name);
    const t = metricTarget(p, `${path}.target`, src.target);
    if (field === 'pods') {
        if (t.averageValue === undefined)
            required(p, `${path}.target.averageValue`, 'must specify a positive target averageValue');
    }
    else if (t.value === undefined && t.averageValue === undefined)
        required(p, `${path}.target.averageValue`, field === 'object' ? 'must set either a target value or averageValue'
            : 'must set either a target value for metric or a per-pod target');
    if (field === 'external' && t.value !== undefined && t.averageValue !== undefined)
        forbidden(p, `${path}.target.value`, 'may not set both a target value for metric and a per-pod target');
}
function scalingRules(p, path, r) {
    if (!isObj(r))
        return;
    const w = r.stabilizationWindowSeconds;
    if (typeof w === 'number' && w < 0)
        invalid(p, `${path}.stabilizationWindowSeconds`, w, 'must be greater than or equal to zero');
    if (typeof w === 'number' && w > MAX_STABILIZATION_WINDOW_SECONDS)
        invalid(p, `${path}.stabilizationWindowSeconds`, w, `must be less than or equal to ${MAX_STABILIZATION_WINDOW_SECONDS}`);
    oneOf(p, `${path}.selectPolicy`, r.selectPolicy, ['Disabled', 'Max', 'Min']);
    if (!Array.isArray(r.policies))
        return;
    r.policies.forEach((pol, i) => {
        if (!isObj(pol))
            return;
        const pp = `${path}.policies[${i}]`;
        if (pol.type !== 'Pods' && pol.type !== 'Percent')
            p.push({ path: `${pp}.type`,
                message: `Unsupported value: ${JSON.stringify(pol.type ?? '')}: supported values: "Percent", "Pods"` });
        if (!(typeof pol.value === 'number' && pol.value > 0))
            invalid(p, `${pp}.value`, pol.value ?? 0, 'must be greater than zero');
        if (!(typeof pol.periodSeconds === 'number' && pol.periodSeconds > 0))
            invalid(p, `${pp}.periodSeconds`, pol.periodSeconds ?? 0, 'must be greater than zero');
        else if (pol.periodSeconds > MAX_PERIOD_SECONDS)
            invalid(p, `${pp}.periodSeconds`, pol.periodSeconds, `must be less than or equal to ${MAX_PERIOD_SECONDS}`);
    });
}
export function validateHorizontalPodAutoscaler(p, o) {
    if (!isObj(o.spec)) {
        required(p, 'spec');
        return;
    }
    const s = o.spec;
    common(p, s);
    if (o.apiVersion === 'autoscaling/v1') {
        if (typeof s.targetCPUUtilizationPercentage === 'number' && s.targetCPUUtilizationPercentage < 1)
            invalid(p, 'spec.targetCPUUtilizationPercentage', s.targetCPUUtilizationPercentage, 'must be greater than 0');
        return;
    }
    if (Array.isArray(s.metrics))
        s.metrics.forEach((m, i) => metric(p, `spec.metrics[${i}]`, m));
    if (isObj(s.behavior)) {
        scalingRules(p, 'spec.behavior.scaleUp', s.behavior.scaleUp);
        scalingRules(p, 'spec.behavior.scaleDown', s.behavior.scaleDown);
    }
}
