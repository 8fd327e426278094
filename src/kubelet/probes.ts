import { PROBE_DEFAULTS } from '../api/defaults.js';
import type { Probe } from '../api/types.js';
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
 * failAfter, fails until passAfter; both given: the earlier one first) and an injected probeFail
 * fault (fails from `faultAt` on). Probes answer within timeoutSeconds: kubesim does not model
 * probe latency.
 */
export interface ProbeOutcome { readonly pass: (t: number) => boolean; readonly changes: readonly number[] }

export function probeOutcome(b: ProbeBehavior | undefined, faultAt?: number): ProbeOutcome {
  const fa = b?.failAfter, pa = b?.passAfter;
  const base = (t: number): boolean => {
    if (fa !== undefined && pa !== undefined) return fa <= pa ? t < fa || t >= pa : t >= pa && t < fa;
    if (fa !== undefined) return t < fa;
    if (pa !== undefined) return t >= pa;
    return true;
  };
  const pass = faultAt === undefined ? base : (t: number) => t < faultAt && base(t);
  const changes = [fa, pa, faultAt].filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return { pass, changes };
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
