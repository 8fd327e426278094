import { PROBE_DEFAULTS } from '../../api/defaults.js';
/**
 * When the kubelet recorded `Unhealthy` for a failing probe. kubesim logs a probe only when its
 * result changes (after failureThreshold failures), but the kubelet's prober records an event
 * for every failed probe (pkg/kubelet/prober/prober.go runProbe: "%s probe failed: %s"): the
 * failureThreshold failures up to the fact, one period apart, and, for a readiness probe whose
 * container keeps running, one more each period until it passes, the container stops, the
 * pod goes away or `upTo`.
 */
export function probeFailures(e, probe, facts, index, upTo) {
    const period = (probe.periodSeconds ?? PROBE_DEFAULTS.periodSeconds) * 1000;
    const threshold = probe.failureThreshold ?? PROBE_DEFAULTS.failureThreshold;
    const times = [];
    for (let k = threshold - 1; k >= 0; k--)
        times.push(Math.max(0, e.at - k * period));
    if (e.probe !== 'readiness')
        return times;
    let end = upTo;
    for (let j = index + 1; j < facts.length; j++) {
        const f = facts[j];
        if (f.at > upTo)
            break;
        if (!('uid' in f) || f.uid !== e.uid)
            continue;
        const same = 'container' in f && f.container === e.container;
        if ((f.type === 'ProbeSucceeded' && same && f.probe === 'readiness') || (f.type === 'ContainerExited' && same)
            || f.type === 'PodTerminating' || f.type === 'PodDeleted') {
            end = f.at;
            break;
        }
    }
    if (!Number.isFinite(end))
        end = facts.length ? facts[facts.length - 1].at : e.at;
    for (let t = e.at + period; t < end; t += period)
        times.push(t);
    return times;
}
