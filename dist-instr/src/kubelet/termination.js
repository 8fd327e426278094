/**
 * pkg/kubelet/kuberuntime/kuberuntime_container.go minimumGracePeriodInSeconds = 2: after a preStop
 * hook that used up the grace period (or with a grace period under 2 s), the container still
 * gets 2 s between TERM and KILL.
 */
export const MINIMUM_GRACE_PERIOD_MS = 2_000;
/**
 * killContainer (kuberuntime_container.go): run preStop with the grace period as its timeout,
 * subtract the time it took, never below 2 s, send TERM, wait, then KILL.
 * `preStopMs` undefined: no preStop hook. `termDelayMs`: how long the process takes to exit after
 * TERM (0: at once).
 *
 * @example terminationPlan(0, 30_000, 40_000, 0) // TERM at 30 s (preStop cut off), exit at 30 s, not killed
 */
export function terminationPlan(now, graceMs, preStopMs, termDelayMs) {
    const ran = preStopMs === undefined ? 0 : Math.min(preStopMs, graceMs);
    const preStopOverran = preStopMs !== undefined && preStopMs > graceMs;
    const termAt = now + ran;
    // "always give containers a minimal shutdown window to avoid unnecessary SIGKILLs"
    const left = Math.max(graceMs - ran, MINIMUM_GRACE_PERIOD_MS);
    if (termDelayMs < left)
        return { termAt, exitAt: termAt + termDelayMs, killed: false, preStopOverran };
    return { termAt, exitAt: termAt + left, killed: true, preStopOverran };
}
