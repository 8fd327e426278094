import { PROBE_DEFAULTS } from '../api/defaults.js';
import type { Container, Probe } from '../api/types.js';
import type { ProbeKind } from '../events/probe.js';
import type { ProbeBehavior } from '../api/behavior.js';

/** A probe's result as the prober keeps it (pkg/kubelet/prober/results). */
export type ProbeResult = 'success' | 'failure' | 'unknown';

/**
 * The result each probe worker starts with (pkg/kubelet/prober/worker.go newWorker): readiness
 * Failure, liveness Success, startup Unknown.
 */
export const INITIAL_RESULT: Readonly<Record<ProbeKind, ProbeResult>> =
  { readiness: 'failure', liveness: 'success', startup: 'unknown' };

/**
 * Where kubesim's change detection starts: INITIAL_RESULT, but readiness from Unknown. A readiness
 * probe failing from the start changes no result in Kubernetes (it begins as Failure), yet the
 * prober records `Unhealthy` for every failed probe; kubesim logs ProbeFailed at the
 * failureThreshold-th failure so that those events exist (output/events/probeRepeats.ts).
 */
export const CHANGE_FROM: Readonly<Record<ProbeKind, ProbeResult>> = { ...INITIAL_RESULT, readiness: 'unknown' };

/** Probe timing in ms, with the API defaults (pkg/apis/core/v1/defaults.go SetDefaults_Probe). */
export interface ProbeTiming { readonly initialDelayMs: number; readonly periodMs: number;
  readonly successThreshold: number; readonly failureThreshold: number }

export function probeTiming(p: Probe): ProbeTiming {
  return {
    initialDelayMs: (p.initialDelaySeconds ?? PROBE_DEFAULTS.initialDelaySeconds) * 1000,
    periodMs: Math.max(1, p.periodSeconds ?? PROBE_DEFAULTS.periodSeconds) * 1000,
    successThreshold: p.successThreshold ?? PROBE_DEFAULTS.successThreshold,
    failureThreshold: p.failureThreshold ?? PROBE_DEFAULTS.failureThreshold,
  };
}

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

export function probeOutcome(b: ProbeBehavior | undefined, faultAt?: number, timeoutMs = Infinity): ProbeOutcome {
  const fa = b?.failAfter, pa = b?.passAfter;
  const base = (t: number): boolean => {
    if (fa !== undefined && pa !== undefined) return fa <= pa ? t < fa || t >= pa : t >= pa && t < fa;
    if (fa !== undefined) return t < fa;
    if (pa !== undefined) return t >= pa;
    return true;
  };
  const slowFrom = b?.latency !== undefined && b.latency >= timeoutMs ? b.slowAfter ?? 0 : undefined;
  const timedOut = (t: number): boolean => slowFrom !== undefined && t >= slowFrom;
  const pass = (t: number): boolean => (faultAt === undefined || t < faultAt) && !timedOut(t) && base(t);
  const changes = [fa, pa, faultAt, slowFrom].filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return { pass, timedOut, changes };
}

/** The probe's timeout in ms (timeoutSeconds, 1 s by default). */
export const probeTimeoutMs = (p: Probe): number => (p.timeoutSeconds || PROBE_DEFAULTS.timeoutSeconds) * 1000;

/**
 * What the prober records when a probe times out, per handler: Go's HTTP client error
 * (pkg/probe/http DoHTTPProbe returns err.Error()), the TCP dialer's (pkg/probe/tcp), the exec
 * runtime's TimeoutError (pkg/probe/exec: `command "..." timed out`, ExecProbeTimeout on by
 * default) and pkg/probe/grpc's DeadlineExceeded text.
 */
export function probeTimeoutMessage(p: Probe, c: Container, podIP: string): string {
  const port = (v: number | string | undefined): string => String(typeof v === 'string'
    ? c.ports?.find((x) => x.name === v)?.containerPort ?? v : v ?? '');
  if (p.httpGet) {
    const g = p.httpGet;
    return `Get "${(g.scheme ?? 'HTTP').toLowerCase()}://${g.host || podIP}:${port(g.port)}${g.path || '/'}": context `
      + 'deadline exceeded (Client.Timeout exceeded while awaiting headers)';
  }
  if (p.tcpSocket) return `dial tcp ${podIP}:${port(p.tcpSocket.port)}: i/o timeout`;
  if (p.grpc) return `timeout: health rpc did not complete within ${probeTimeoutMs(p) / 1000}s`;
  return `command ${JSON.stringify((p.exec?.command ?? []).join(' '))} timed out`;
}

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
export function nextProbeChange(p: ProbeTiming, o: ProbeOutcome, fromIndex: number, current: ProbeResult,
  minT: number): { index: number; t: number; result: ProbeResult } | undefined {
  const at = (k: number): number => p.initialDelayMs + k * p.periodMs;
  let k = Math.max(fromIndex, minT > p.initialDelayMs ? Math.ceil((minT - p.initialDelayMs) / p.periodMs) : 0);
  let run = 0; // consecutive probes disagreeing with `current`, all with the same outcome
  let runPass = false;
  for (let guard = 0; guard < o.changes.length + 3; guard++) {
    const t = at(k);
    const pass = o.pass(t);
    const next = o.changes.find((c) => c > t);
    const count = next === undefined ? Infinity : Math.ceil((next - t) / p.periodMs);
    const agrees = current === (pass ? 'success' : 'failure');
    if (agrees) { run = 0; k += count; continue; }
    if (run > 0 && runPass !== pass) run = 0;
    runPass = pass;
    const need = pass ? p.successThreshold : p.failureThreshold;
    if (run + count >= need) {
      const index = k + (need - run) - 1;
      return { index, t: at(index), result: pass ? 'success' : 'failure' };
    }
    run += count;
    k += count;
    if (!Number.isFinite(k)) return undefined;
  }
  return undefined;
}
