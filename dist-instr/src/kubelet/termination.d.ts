import type { Millis } from '../api/ids.js';
/**
 * pkg/kubelet/kuberuntime/kuberuntime_container.go minimumGracePeriodInSeconds = 2: after a preStop
 * hook that used up the grace period (or with a grace period under 2 s), the container still
 * gets 2 s between TERM and KILL.
 */
export declare const MINIMUM_GRACE_PERIOD_MS = 2000;
/** When TERM is sent and how the container ends, all in absolute virtual ms. */
export interface TerminationPlan {
    /** preStop ends (or is cut off at the grace period): TERM is sent. */
    readonly termAt: Millis;
    /** The container is gone: on its own after TERM (exit 0) or by KILL (137). */
    readonly exitAt: Millis;
    readonly killed: boolean;
    /** The preStop hook was still running when the grace period ended. */
    readonly preStopOverran: boolean;
}
/**
 * killContainer (kuberuntime_container.go): run preStop with the grace period as its timeout,
 * subtract the time it took, never below 2 s, send TERM, wait, then KILL.
 * `preStopMs` undefined: no preStop hook. `termDelayMs`: how long the process takes to exit after
 * TERM (0: at once).
 *
 * @example terminationPlan(0, 30_000, 40_000, 0) // TERM at 30 s (preStop cut off), exit at 30 s, not killed
 */
export declare function terminationPlan(now: Millis, graceMs: number, preStopMs: number | undefined, termDelayMs: number): TerminationPlan;
