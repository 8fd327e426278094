import { PROBE_DEFAULTS } from '../api/defaults.js';
/**
 * The result each probe worker starts with (pkg/kubelet/prober/worker.go newWorker): readiness
 * Failure, liveness Success, startup Unknown.
 */
export const INITIAL_RESULT = { readiness: 'failure', liveness: 'success', startup: 'unknown' };
/**
 * Where kubesim's change detection starts: INITIAL_RESULT, but readiness from Unknown. A readiness
 * probe failing from the start changes no result in Kubernetes (it begins as Failure), yet the
 * prober records `Unhealthy` for every failed probe; kubesim logs ProbeFailed at the
 * failureThreshold-th failure so that those events exist (output/events/probeRepeats.ts).
 */
export const CHANGE_FROM = { ...INITIAL_RESULT, readiness: 'unknown' };
export function probeTiming(p) {
    return {
        initialDelayMs: (p.initialDelaySeconds ?? PROBE_DEFAULTS.initialDelaySeconds) * 1000,
        periodMs: Math.max(1, p.periodSeconds ?? PROBE_DEFAULTS.periodSeconds) * 1000,
        successThreshold: p.successThreshold ?? PROBE_DEFAULTS.successThreshold,
        failureThreshold: p.failureThreshold ?? PROBE_DEFAULTS.failureThreshold,
    };
}
export function probeOutcome(b, faultAt, timeoutMs = Infinity) {
    const fa = b?.failAfter, pa = b?.passAfter;
    const base = (t) => {
        if (fa !== undefined && pa !== undefined)
            return fa <= pa ? t < fa || t >= pa : t >= pa && t < fa;
        if (fa !== undefined)
            return t < fa;
        if (pa !== undefined)
            return t >= pa;
        return true;
    };
    const slowFrom = b?.latency !== undefined && b.latency >= timeoutMs ? b.slowAfter ?? 0 : undefined;
    const timedOut = (t) => slowFrom !== undefined && t >= slowFrom;
    const pass = (t) => (faultAt === undefined || t < faultAt) && !timedOut(t) && base(t);
    const changes = [fa, pa, faultAt, slowFrom].filter((x) => x !== undefined).sort((a, b) => a - b);
    return { pass, timedOut, changes };
}
/** The probe's timeout in ms (timeoutSeconds, 1 s by default). */
export const probeTimeoutMs = (p) => (p.timeoutSeconds || PROBE_DEFAULTS.timeoutSeconds) * 1000;
/**
 * What the prober records when a probe times out, per handler: Go's HTTP client error
 * (pkg/probe/http DoHTTPProbe returns err.Error()), the TCP dialer's (pkg/probe/tcp), the exec
 * runtime's TimeoutError (pkg/probe/exec: `command "..." timed out`, ExecProbeTimeout on by
 * default) and pkg/probe/grpc's DeadlineExceeded text.
 */
export function probeTimeoutMessage(p, c, podIP) {
    const port = (v) => String(typeof v === 'string'
        ? c.ports?.find((x) => x.name === v)?.containerPort ?? v : v ?? '');
    if (p.httpGet) {
        const g = p.httpGet;
        return `Get "${(g.scheme ?? 'HTTP').toLowerCase()}://${g.host || podIP}:${port(g.port)}${g.path || '/'}": context `
            + 'deadline exceeded (Client.Timeout exceeded while awaiting headers)';
    }
    if (p.tcpSocket)
        return `dial tcp ${podIP}:${port(p.tcpSocket.port)}: i/o timeout`;
    if (p.grpc)
        return `timeout: health rpc did not complete within ${probeTimeoutMs(p) / 1000}s`;
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
export function nextProbeChange(p, o, fromIndex, current, minT) {
    const at = (k) => p.initialDelayMs + k * p.periodMs;
    let k = Math.max(fromIndex, minT > p.initialDelayMs ? Math.ceil((minT - p.initialDelayMs) / p.periodMs) : 0);
    let run = 0; // consecutive probes disagreeing with `current`, all with the same outcome
    let runPass = false;
    for (let guard = 0; guard < o.changes.length + 3; guard++) {
        const t = at(k);
        const pass = o.pass(t);
        const next = o.changes.find((c) => c > t);
        const count = next === undefined ? Infinity : Math.ceil((next - t) / p.periodMs);
        const agrees = current === (pass ? 'success' : 'failure');
        if (agrees) {
            run = 0;
            k += count;
            continue;
        }
        if (run > 0 && runPass !== pass)
            run = 0;
        runPass = pass;
        const need = pass ? p.successThreshold : p.failureThreshold;
        if (run + count >= need) {
            const index = k + (need - run) - 1;
            return { index, t: at(index), result: pass ? 'success' : 'failure' };
        }
        run += count;
        k += count;
        if (!Number.isFinite(k))
            return undefined;
    }
    return undefined;
}
