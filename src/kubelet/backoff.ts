import type { Millis } from '../api/ids.js';

/** pkg/kubelet/kubelet.go: backOffPeriod = 10s, the first crash-loop (and image pull) back-off. */
export const CONTAINER_BACKOFF_INITIAL_MS = 10_000;
/** pkg/kubelet/kubelet.go: MaxContainerBackOff = 300s (kubelet config v1beta1 MaxContainerBackOff). */
export const MAX_CONTAINER_BACKOFF_MS = 300_000;
/**
 * client-go util/flowcontrol/backoff.go hasExpired: an entry is reset when the event comes more
 * than 2 x maxDuration (600 s) after its last update, i.e. the container ran 10 minutes.
 */
export const BACKOFF_RESET_MS = 2 * MAX_CONTAINER_BACKOFF_MS;

/** One container's flowcontrol.Backoff entry: current window and when it was last moved. */
export interface BackoffEntry { readonly backoffMs: number; readonly lastUpdate: Millis }

/**
 * The kubelet's restart decision for an exited container (kuberuntime_manager.go doBackOff with
 * flowcontrol.Backoff): with no entry, or one that expired, the container restarts at once and the
 * entry starts at 10 s; otherwise it waits out the window counted from `finishedAt` and the entry
 * doubles (capped at 300 s) when it restarts.
 *
 * @example nextRestart(undefined, 5_000) // { restartAt: 5_000, delayMs: 0, entry: { backoffMs: 10_000, lastUpdate:
 * 5_000 } }
 */
export function nextRestart(entry: BackoffEntry | undefined, finishedAt: Millis): { restartAt: Millis; delayMs: number;
  entry: BackoffEntry } {
  if (!entry || finishedAt - entry.lastUpdate > BACKOFF_RESET_MS) {
    return { restartAt: finishedAt, delayMs: 0, entry: { backoffMs: CONTAINER_BACKOFF_INITIAL_MS,
      lastUpdate: finishedAt } };
  }
  const restartAt = finishedAt + entry.backoffMs;
  return { restartAt, delayMs: entry.backoffMs, entry: { backoffMs: Math.min(entry.backoffMs * 2,
    MAX_CONTAINER_BACKOFF_MS), lastUpdate: restartAt } };
}
