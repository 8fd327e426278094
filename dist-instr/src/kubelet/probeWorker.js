import { isContainerRestartable } from '../api/containerRestart.js';
import { tget } from '../reducers/table.js';
import { slowed } from './containerFaults.js';
import { CHANGE_FROM, nextProbeChange, probeOutcome, probeTimeoutMessage, probeTimeoutMs, probeTiming } from './probes.js';
const PROBE_FIELD = { liveness: 'livenessProbe', readiness: 'readinessProbe', startup: 'startupProbe' };
/** The failure text of a probe, in the prober's words (pkg/probe/http, tcp, grpc; exec output is not simulated). */
export function probeFailureMessage(p, podIP) {
    if (p.httpGet)
        return 'HTTP probe failed with statuscode: 500';
    if (p.tcpSocket)
        return `dial tcp ${podIP}:${p.tcpSocket.port}: connect: connection refused`;
    if (p.grpc)
        return 'service unhealthy (responded with "NOT_SERVING")';
    // An exec probe's message is the command's output; kubesim only knows it for `cat FILE` (busybox's words).
    const cmd = p.exec?.command ?? [];
    if (cmd.length === 2 && cmd[0] === 'cat')
        return `cat: can't open '${cmd[1]}': No such file or directory`;
    return `command ${JSON.stringify(cmd.join(' '))} exited with code 1`;
}
/** Schedules the probe's next result change (prober/worker.go, folded into one timer per change). */
export function scheduleProbe(w, p, c, kind, out) {
    const spec = c.spec[PROBE_FIELD[kind]];
    if (!spec)
        return;
    const pr = c.probes[kind] ?? (c.probes[kind] = { result: CHANGE_FROM[kind], from: 0, token: 0,
        pending: undefined });
    pr.token++;
    const fault = c.faults[kind];
    const minT = kind === 'startup' ? 0 : out.now - c.startedAt;
    const outcome = probeOutcome(slowed(c.behavior.probes?.[kind], c.slowStartMs), fault === undefined
        ? undefined : fault - c.startedAt, probeTimeoutMs(spec));
    const ch = nextProbeChange(probeTiming(spec), outcome, pr.from, pr.result, minT);
    pr.pending = ch && outcome.timedOut(ch.t) ? { ...ch, timedOut: true } : ch;
    if (ch)
        w.scheduleContainer(p, c, c.startedAt + ch.t, { op: 'probe', probe: kind, token: pr.token });
}
/** A probe's result changed: report it, and kill the container on a liveness or startup failure. */
export function probe(w, p, c, work, state, out) {
    const kind = work.probe;
    const pr = c.probes[kind];
    // prober/worker.go doProbe: once the pod is being deleted, liveness and startup stop ("setting
    // probe result to success"), while readiness keeps probing until the container is gone.
    const probing = c.phase === 'running' || (kind === 'readiness' && c.phase === 'stopping' && c.killedBy === 'stop');
    if (!pr || pr.token !== work.token || !pr.pending || !probing)
        return;
    const ch = pr.pending;
    pr.result = ch.result;
    pr.from = ch.index + 1;
    pr.pending = undefined;
    const at = out.now, base = { at, pod: p.key, uid: p.uid, container: c.name, probe: kind };
    if (ch.result === 'success') {
        out.emit({ type: 'ProbeSucceeded', ...base });
        if (kind === 'startup') {
            c.started = true;
            scheduleProbe(w, p, c, 'liveness', out);
            scheduleProbe(w, p, c, 'readiness', out);
            if (c.kind === 'sidecar')
                w.advance(p, state, out);
            return;
        }
        scheduleProbe(w, p, c, kind, out);
        return;
    }
    const spec = c.spec[PROBE_FIELD[kind]];
    const podIP = tget(state.pods, p.uid)?.status.podIP ?? '';
    out.emit({ type: 'ProbeFailed', ...base, message: ch.timedOut ? probeTimeoutMessage(spec, c.spec, podIP)
            : probeFailureMessage(spec, podIP) });
    if (kind === 'readiness') {
        scheduleProbe(w, p, c, kind, out);
        return;
    }
    // Liveness or startup failure: kill and restart per policy (kuberuntime_manager.go computePodActions).
    const grace = (spec.terminationGracePeriodSeconds ?? p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
    const restarts = c.kind === 'sidecar' || isContainerRestartable(c.spec, p.pod.spec);
    w.kill(p, c, grace, `Container ${c.name} failed ${kind} probe${restarts ? ', will be restarted' : ''}`, 'probe', state, out);
}
/** A probeFail fault: the probe fails from now until the container restarts. */
export function failProbe(w, p, c, kind, out) {
    if (c.phase !== 'running')
        return;
    c.faults[kind] = out.now;
    if (c.probes[kind])
        scheduleProbe(w, p, c, kind, out);
}
