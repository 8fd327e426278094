/** --horizontal-pod-autoscaler-tolerance default 0.1 (cmd/kube-controller-manager/app/options/hpacontroller.go). */
export const HPA_TOLERANCE = 0.1;
/** math.MaxInt32: the replica counts of getUsageRatioReplicaCount and the per-pod metrics are capped there. */
const MAX_INT32 = 2 ** 31 - 1;
/**
 * replica_calculator.go Tolerances.isWithin: (1 - down) <= ratio <= (1 + up), both the flag's value
 * (the per-HPA tolerances of HPAConfigurableTolerance are not modelled). Not |1 - ratio| <= t:
 * in float64 1.1 is within, |1 - 1.1| = 0.10000000000000009 is not.
 */
export const isWithinTolerance = (ratio, tolerance = HPA_TOLERANCE) => 1.0 - tolerance <= ratio && ratio <= 1.0 + tolerance;
/** --horizontal-pod-autoscaler-cpu-initialization-period default 5 min. */
export const CPU_INITIALIZATION_PERIOD_MS = 300_000;
/** --horizontal-pod-autoscaler-initial-readiness-delay default 30 s. */
export const DELAY_OF_INITIAL_READINESS_STATUS_MS = 30_000;
/** metrics-server --metric-resolution default 15 s: the window a usage sample covers. */
export const METRIC_WINDOW_MS = 15_000;
/** replica_calculator.go, groupPods: which pods count, which are unready, missing or ignored. */
export function groupPods(pods, resource, now) {
    let readyPodCount = 0;
    const unready = new Set(), missing = new Set(), ignored = new Set();
    for (const p of pods) {
        if (p.deleting || p.phase === 'Failed') {
            ignored.add(p.name);
            continue;
        }
        if (p.phase === 'Pending') {
            unready.add(p.name);
            continue;
        }
        if (p.usage === undefined) {
            missing.add(p.name);
            continue;
        }
        if (resource === 'cpu') {
            let isUnready;
            if (!p.ready || p.startTime === undefined)
                isUnready = true;
            else if (p.startTime + CPU_INITIALIZATION_PERIOD_MS > now) {
                // Within the initialization period: unready if not ready, or if the sample predates readiness.
                isUnready = p.ready.status === 'False' || now - METRIC_WINDOW_MS < p.ready.lastTransitionTime;
            }
            else {
                // After it: unready only if it never became ready since the initial readiness delay.
                isUnready = p.ready.status === 'False' && p.startTime
                    + DELAY_OF_INITIAL_READINESS_STATUS_MS > p.ready.lastTransitionTime;
            }
            if (isUnready) {
                unready.add(p.name);
                continue;
            }
        }
        readyPodCount++;
    }
    return { readyPodCount, unready, missing, ignored };
}
/**
 * metricsclient.GetResourceUtilizationRatio: integer utilization percent, its ratio to target, and the average raw
 * usage.
 */
export function getResourceUtilizationRatio(metrics, requests, target) {
    let usage = 0, req = 0, n = 0;
    for (const [name, u] of metrics) {
        const r = requests.get(name);
        if (r === undefined)
            continue;
        usage += u;
        req += r;
        n++;
    }
    if (req === 0)
        return { error: 'no metrics returned matched known pods' };
    const utilization = Math.trunc((usage * 100) / req);
    return { ratio: utilization / target, utilization, rawAverage: Math.trunc(usage / n) };
}
/**
 * replica_calculator.go GetResourceReplicas (target Utilization) and GetRawResourceReplicas
 * (target AverageValue): the usage ratio over ready pods with samples; within tolerance, keep
 * the current count; with unready or missing pods, recompute conservatively (missing pods count
 * as 100% of request when scaling down, 0 when scaling up; unready pods as 0 when scaling up)
 * and never reverse the direction.
 */
export function getReplicas(currentReplicas, target, pods, resource, now, tolerance = HPA_TOLERANCE) {
    const { readyPodCount, unready, missing } = groupPods(pods, resource, now);
    const metrics = new Map();
    for (const p of pods)
        if (p.usage !== undefined && !unready.has(p.name) && !missing.has(p.name) && !p.deleting
            && p.phase !== 'Failed')
            metrics.set(p.name, p.usage);
    if (metrics.size === 0)
        return { error: `did not receive metrics for targeted pods (pods might be unready)` };
    const byUtilization = target.utilization !== undefined;
    const requests = new Map();
    if (byUtilization) {
        // calculateRequests: every listed pod, deleted and failed ones too.
        for (const p of pods) {
            if (p.request === undefined)
                return {
                    error: `missing request for ${resource} in container ${p.missingRequest ?? ''} of Pod ${p.name}`
                };
            requests.set(p.name, p.request);
        }
    }
    const ratioOf = (m) => {
        if (byUtilization)
            return getResourceUtilizationRatio(m, requests, target.utilization);
        let sum = 0;
        for (const u of m.values())
            sum += u;
        const avg = Math.trunc(sum / m.size);
        return { ratio: avg / target.averageValue, utilization: 0, rawAverage: avg };
    };
    const first = ratioOf(metrics);
    if ('error' in first)
        return first;
    const usageRatio = first.ratio;
    const scaleUpWithUnready = unready.size > 0 && usageRatio > 1.0;
    if (!scaleUpWithUnready && missing.size === 0) {
        if (isWithinTolerance(usageRatio, tolerance))
            return { replicas: currentReplicas, utilization: first.utilization,
                rawAverage: first.rawAverage };
        return { replicas: Math.ceil(usageRatio * readyPodCount), utilization: first.utilization,
            rawAverage: first.rawAverage };
    }
    for (const name of missing) {
        if (usageRatio < 1.0)
            metrics.set(name, byUtilization ? (requests.get(name) * Math.max(100, target.utilization)) / 100 : target.averageValue);
        else if (usageRatio > 1.0)
            metrics.set(name, 0);
    }
    if (scaleUpWithUnready)
        for (const name of unready)
            metrics.set(name, 0);
    const second = ratioOf(metrics);
    if ('error' in second)
        return second;
    const newRatio = second.ratio;
    const keep = { replicas: currentReplicas, utilization: first.utilization, rawAverage: first.rawAverage };
    if (isWithinTolerance(newRatio, tolerance) || (usageRatio < 1.0 && newRatio > 1.0)
        || (usageRatio > 1.0 && newRatio < 1.0))
        return keep;
    const newReplicas = Math.ceil(newRatio * metrics.size);
    if ((newRatio < 1.0 && newReplicas > currentReplicas) || (newRatio > 1.0
        && newReplicas < currentReplicas))
        return keep;
    return { replicas: newReplicas, utilization: first.utilization, rawAverage: first.rawAverage };
}
/**
 * replica_calculator.go getUsageRatioReplicaCount (Object and External metrics with a Value
 * target): from zero replicas, ceil(ratio); else, outside the tolerance, ceil(ratio x the pods
 * that are Running and Ready), at most MaxInt32.
 */
export function getUsageRatioReplicaCount(currentReplicas, usageRatio, pods, tolerance = HPA_TOLERANCE) {
    if (currentReplicas === 0)
        return { replicas: Math.ceil(usageRatio) };
    if (isWithinTolerance(usageRatio, tolerance))
        return { replicas: currentReplicas };
    if (pods.length === 0)
        return {
            error: 'unable to calculate ready pods: no pods returned by selector while calculating replica count'
        };
    const ready = pods.filter((p) => p.phase === 'Running' && p.ready?.status === 'True').length;
    return { replicas: Math.min(MAX_INT32, Math.ceil(usageRatio * ready)) };
}
/**
 * replica_calculator.go GetObjectPerPodMetricReplicas and GetExternalPerPodMetricReplicas (an
 * AverageValue target): the total against target x status.replicas; outside the tolerance,
 * ceil(total / target). The average reported is ceil(total / status.replicas) (Go divides by
 * zero there when the target has no replicas yet; kubesim reports the total).
 */
export function getPerPodReplicas(statusReplicas, targetAverage, usage, tolerance = HPA_TOLERANCE) {
    const ratio = usage / (targetAverage * statusReplicas);
    const replicas = isWithinTolerance(ratio, tolerance) ? statusReplicas
        : Math.min(MAX_INT32, Math.ceil(usage / targetAverage));
    return { replicas, average: statusReplicas === 0 ? usage : Math.ceil(usage / statusReplicas) };
}
