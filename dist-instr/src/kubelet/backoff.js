/** pkg/kubelet/kubelet.go: backOffPeriod = 10s, the first crash-loop (and image pull) back-off. */
export const CONTAINER_BACKOFF_INITIAL_MS = 10_000;
/** pkg/kubelet/kubelet.go: MaxContainerBackOff = 300s (kubelet config v1beta1 MaxContainerBackOff). */
export const MAX_CONTAINER_BACKOFF_MS = 300_000;
/**
 * client-go util/flowcontrol/backoff.go hasExpired: an entry is reset when the event comes more
 * than 2 x maxDuration (600 s) after its last update, i.e. the container ran 10 minutes.
 */
export const BACKOFF_RESET_MS = 2 * MAX_CONTAINER_BACKOFF_MS;
/**
 * pkg/kubelet/kubelet.go reducedInitialCrashLoopBackOff / reducedMaxCrashLoopBackOff, used with the
 * ReduceDefaultCrashLoopBackOffDecay feature gate.
 */
export const REDUCED_BACKOFF_INITIAL_MS = 1_000;
export const REDUCED_BACKOFF_MAX_MS = 60_000;
export const DEFAULT_BACKOFF = {
    initialMs: CONTAINER_BACKOFF_INITIAL_MS, maxMs: MAX_CONTAINER_BACKOFF_MS,
};
/**
 * pkg/kubelet/kubelet.go newCrashLoopBackOff: 10 s / 300 s; 1 s / 60 s with
 * ReduceDefaultCrashLoopBackOffDecay; with KubeletCrashLoopBackOffMax the configured
 * maxContainerRestartPeriod is the cap ("operator-invoked configuration always has precedence"),
 * and the first window never exceeds it.
 */
export function crashLoopBackOff(cluster) {
    const g = cluster?.featureGates;
    let { initialMs, maxMs } = DEFAULT_BACKOFF;
    if (g?.ReduceDefaultCrashLoopBackOffDecay) {
        initialMs = REDUCED_BACKOFF_INITIAL_MS;
        maxMs = REDUCED_BACKOFF_MAX_MS;
    }
    const configured = cluster?.kubelet.maxContainerRestartPeriod;
    if (g?.KubeletCrashLoopBackOffMax && configured !== undefined) {
        maxMs = configured;
        if (maxMs < initialMs)
            initialMs = maxMs;
    }
    return { initialMs, maxMs };
}
/**
 * The kubelet's restart decision for an exited container (kuberuntime_manager.go doBackOff with
 * flowcontrol.Backoff): with no entry, or one that expired, the container restarts at once and the
 * entry starts at 10 s; otherwise it waits out the window counted from `finishedAt` and the entry
 * doubles (capped at 300 s) when it restarts.
 *
 * @example nextRestart(undefined, 5_000) // { restartAt: 5_000, delayMs: 0, entry: { backoffMs: 10_000, lastUpdate:
 * 5_000 } }
 */
export function nextRestart(entry, finishedAt, params = DEFAULT_BACKOFF) {
    // flowcontrol.Backoff hasExpired: 2 x maxDuration after the last update.
    if (!entry || finishedAt - entry.lastUpdate > 2 * params.maxMs) {
        return { restartAt: finishedAt, delayMs: 0, entry: { backoffMs: params.initialMs, lastUpdate: finishedAt } };
    }
    const restartAt = finishedAt + entry.backoffMs;
    const backoffMs = Math.min(entry.backoffMs * 2, params.maxMs);
    return { restartAt, delayMs: entry.backoffMs, entry: { backoffMs, lastUpdate: restartAt } };
}
