/**
 * pkg/apis/autoscaling/v2/defaults.go (GenerateHPAScaleUpRules / GenerateHPAScaleDownRules):
 * scale up by 100% or 4 pods per 15 s, whichever is more, no stabilization; scale down by 100%
 * per 15 s after a 300 s stabilization window (--horizontal-pod-autoscaler-downscale-stabilization).
 */
export const DEFAULT_SCALE_UP = { stabilizationWindowSeconds: 0, selectPolicy: 'Max',
    policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }, { type: 'Pods', value: 4, periodSeconds: 15 }] };
export const DEFAULT_SCALE_DOWN = { stabilizationWindowSeconds: 300, selectPolicy: 'Max',
    policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };
/** The behavior with every unset field defaulted. */
export function defaultBehavior(b) {
    const fill = (r, d) => ({
        stabilizationWindowSeconds: r?.stabilizationWindowSeconds ?? d.stabilizationWindowSeconds,
        selectPolicy: r?.selectPolicy ?? d.selectPolicy,
        policies: r?.policies ?? d.policies,
    });
    return { scaleUp: fill(b?.scaleUp, DEFAULT_SCALE_UP), scaleDown: fill(b?.scaleDown, DEFAULT_SCALE_DOWN) };
}
/**
 * horizontal.go stabilizeRecommendationWithBehaviors: the current count moves up only to the
 * lowest recommendation within the scale-up window and down only to the highest within the
 * scale-down window. Returns the stabilized count and the recommendations to keep.
 */
export function stabilizeRecommendation(recs, desired, current, up, down, now) {
    const upCutoff = now - up.stabilizationWindowSeconds * 1000, downCutoff = now - down.stabilizationWindowSeconds * 1000;
    let upRec = desired, downRec = desired;
    let oldIndex = -1;
    recs.forEach((r, i) => {
        if (r.at > upCutoff)
            upRec = Math.min(upRec, r.replicas);
        if (r.at > downCutoff)
            downRec = Math.max(downRec, r.replicas);
        if (r.at < upCutoff && r.at < downCutoff)
            oldIndex = i;
    });
    let replicas = current;
    if (replicas < upRec)
        replicas = upRec;
    if (replicas > downRec)
        replicas = downRec;
    const recommendations = [...recs];
    if (oldIndex >= 0)
        recommendations[oldIndex] = { replicas: desired, at: now };
    else
        recommendations.push({ replicas: desired, at: now });
    if (replicas === desired)
        return { replicas, recommendations, reason: 'ReadyForNewScale',
            message: 'recommended size matches current size' };
    return replicas < desired
        ? { replicas, recommendations, reason: 'ScaleUpStabilized',
            message: 'recent recommendations were lower than current one, applying the lowest recent recommendation' }
        : { replicas, recommendations, reason: 'ScaleDownStabilized',
            message: 'recent recommendations were higher than current one, applying the highest recent recommendation' };
}
const changeInPeriod = (events, periodSeconds, now) => events.filter((e) => e.at > now - periodSeconds * 1000).reduce((s, e) => s + e.change, 0);
/** horizontal.go calculateScaleUpLimitWithScalingRules. */
export function calculateScaleUpLimit(current, upEvents, rules, now) {
    if (rules.selectPolicy === 'Disabled')
        return current;
    const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
    let result = rules.selectPolicy === 'Min' ? Infinity : -Infinity;
    for (const p of rules.policies) {
        const start = current - changeInPeriod(upEvents, p.periodSeconds, now);
        const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
        result = pick(result, proposed);
    }
    return result;
}
/** horizontal.go calculateScaleDownLimitWithBehaviors. */
export function calculateScaleDownLimit(current, downEvents, upEvents, rules, now) {
    if (rules.selectPolicy === 'Disabled')
        return current;
    const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
    let result = rules.selectPolicy === 'Min' ? -Infinity : Infinity;
    for (const p of rules.policies) {
        const start = current + changeInPeriod(downEvents, p.periodSeconds, now) - changeInPeriod(upEvents, p.periodSeconds, now);
        const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
        result = pick(result, proposed);
    }
    return result;
}
/** horizontal.go convertDesiredReplicasWithBehaviorRate: min/max and the scaling policies' rate. */
export function convertDesiredReplicasWithBehaviorRate(a) {
    if (a.desired > a.current) {
        const limit = Math.max(calculateScaleUpLimit(a.current, a.upEvents, a.up, a.now), a.current);
        let max = a.max, reason = 'TooManyReplicas', message = 'the desired replica count is more than the maximum replica count';
        if (max > limit) {
            max = limit;
            reason = 'ScaleUpLimit';
            message = 'the desired replica count is increasing faster than the maximum scale rate';
        }
        if (a.desired > max)
            return { replicas: max, reason, message };
    }
    else if (a.desired < a.current) {
        const limit = Math.min(calculateScaleDownLimit(a.current, a.downEvents, a.upEvents, a.down, a.now), a.current);
        let min = a.min, reason = 'TooFewReplicas', message = 'the desired replica count is less than the minimum replica count';
        if (min < limit) {
            min = limit;
            reason = 'ScaleDownLimit';
            message = 'the desired replica count is decreasing faster than the maximum scale rate';
        }
        if (a.desired < min)
            return { replicas: min, reason, message };
    }
    return { replicas: a.desired, reason: 'DesiredWithinRange',
        message: 'the desired count is within the acceptable range' };
}
