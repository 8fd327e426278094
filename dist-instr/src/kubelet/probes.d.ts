import type { Container, Probe } from '../api/types.js';
import type { ProbeKind } from '../events/probe.js';
import type { ProbeBehavior } from '../api/behavior.js';
/** A probe's result as the prober keeps it (pkg/kubelet/prober/results). */
export type ProbeResult = 'success' | 'failure' | 'unknown';
/**
 * The result each probe worker starts with (pkg/kubelet/prober/worker.go newWorker): readiness
 * Failure, liveness Success, startup Unknown.
 */
export declare const INITIAL_RESULT: Readonly<Record<ProbeKind, ProbeResult>>;
/**
 * Where kubesim's change detection starts: INITIAL_RESULT, but readiness from Unknown. A readiness
 * probe failing from the start changes no result in Kubernetes (it begins as Failure), yet the
 * prober records `Unhealthy` for every failed probe; kubesim logs ProbeFailed at the
 * failureThreshold-th failure so that those events exist (output/events/probeRepeats.ts).
 */
export declare const CHANGE_FROM: Readonly<Record<ProbeKind, ProbeResult>>;
/** Probe timing in ms, with the API defaults (pkg/apis/core/v1/defaults.go SetDefaults_Probe). */
export interface ProbeTiming {
    readonly initialDelayMs: number;
    readonly periodMs: number;
    readonly successThreshold: number;
    readonly failureThreshold: number;
}
export declare function probeTiming(p: Probe): ProbeTiming;
/**
 * What a probe answers `t` ms after the container started: behaviour `probes.<kind>` (passes until
 * failAfter, fails until passAfter; both given: the earlier one first), an injected probeFail
 * fault (fails from `faultAt` on), and the handler's latency against the probe's timeout
 * (`timedOut`: from slowAfter on, an answer taking timeoutSeconds or longer; the prober's client
 * gives up at the deadline, pkg/kubelet/prober/prober.go runProbe).
 */
export interface ProbeOutcome {
    readonly pass: (t: number) => boolean;
    readonly timedOut: (t: number) => boolean;
    readonly changes: readonly number[];
}
export declare function probeOutcome(b: ProbeBehavior | undefined, faultAt?: number, timeoutMs?: number): ProbeOutcome;
/** The probe's timeout in ms (timeoutSeconds, 1 s by default). */
export declare const probeTimeoutMs: (p: Probe) => number;
/**
 * What the prober records when a probe times out, per handler: Go's HTTP client error
 * (pkg/probe/http DoHTTPProbe returns err.Error()), the TCP dialer's (pkg/probe/tcp), the exec
 * runtime's TimeoutError (pkg/probe/exec: `command "..." timed out`, ExecProbeTimeout on by
 * default) and pkg/probe/grpc's DeadlineExceeded text.
 */
export declare function probeTimeoutMessage(p: Probe, c: Container, podIP: string): string;
/**
 * The next probe whose result changes the worker's result: probe k runs at
 * `initialDelay + k * period` ms after container start (probes before `minT` are skipped: startup
 * gates liveness and readiness). The result flips after `failureThreshold` consecutive failures
 * or `successThreshold` consecutive successes (pkg/kubelet/prober/worker.go doProbe). Only the
 * change is computed, never each period: O(behaviour change points).
 *
 * @example nextProbeChange(probeTiming({periodSeconds: 5}), probeOutcome({failAfter: 30_000}), 0, 'success', 0)
 *          // { index: 8, t: 40_000, result: 'failure' }  (failures at 30 s, 35 s, 40 s)
 */
export declare function nextProbeChange(p: ProbeTiming, o: ProbeOutcome, fromIndex: number, current: ProbeResult, minT: number): {
    index: number;
    t: number;
    result: ProbeResult;
} | undefined;
