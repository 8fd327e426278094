import type { Millis } from '../api/ids.js';
import type { ClusterConfig } from '../scenario/cluster.js';
/** pkg/kubelet/kubelet.go: backOffPeriod = 10s, the first crash-loop (and image pull) back-off. */
export declare const CONTAINER_BACKOFF_INITIAL_MS = 10000;
/** pkg/kubelet/kubelet.go: MaxContainerBackOff = 300s (kubelet config v1beta1 MaxContainerBackOff). */
export declare const MAX_CONTAINER_BACKOFF_MS = 300000;
/**
 * client-go util/flowcontrol/backoff.go hasExpired: an entry is reset when the event comes more
 * than 2 x maxDuration (600 s) after its last update, i.e. the container ran 10 minutes.
 */
export declare const BACKOFF_RESET_MS: number;
/**
 * pkg/kubelet/kubelet.go reducedInitialCrashLoopBackOff / reducedMaxCrashLoopBackOff, used with the
 * ReduceDefaultCrashLoopBackOffDecay feature gate.
 */
export declare const REDUCED_BACKOFF_INITIAL_MS = 1000;
export declare const REDUCED_BACKOFF_MAX_MS = 60000;
/** The crash-loop back-off's first window and cap. */
export interface BackoffParams {
    readonly initialMs: number;
    readonly maxMs: number;
}
export declare const DEFAULT_BACKOFF: BackoffParams;
/**
 * pkg/kubelet/kubelet.go newCrashLoopBackOff: 10 s / 300 s; 1 s / 60 s with
 * ReduceDefaultCrashLoopBackOffDecay; with KubeletCrashLoopBackOffMax the configured
 * maxContainerRestartPeriod is the cap ("operator-invoked configuration always has precedence"),
 * and the first window never exceeds it.
 */
export declare function crashLoopBackOff(cluster: ClusterConfig | undefined): BackoffParams;
/** One container's flowcontrol.Backoff entry: current window and when it was last moved. */
export interface BackoffEntry {
    readonly backoffMs: number;
    readonly lastUpdate: Millis;
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
export declare function nextRestart(entry: BackoffEntry | undefined, finishedAt: Millis, params?: BackoffParams): {
    restartAt: Millis;
    delayMs: number;
    entry: BackoffEntry;
};
