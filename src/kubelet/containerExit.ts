import { containerShouldRestart } from '../api/containerRestart.js';
import type { Outbox } from '../decider/outbox.js';
import type { ClusterState } from '../reducers/state.js';
import { nextRestart } from './backoff.js';
import { memoryLimit } from './containerStart.js';
import type { PodWorker } from './podWorker.js';
import type { ContainerRuntime, KillCause, PodRuntime } from './runtime.js';
import { terminationPlan } from './termination.js';

const fmtPod = (p: PodRuntime): string => `${p.pod.metadata.name}_${p.pod.metadata.namespace}(${p.uid})`;

/** killContainer: Killing, preStop, TERM, wait, KILL (termination.ts). */
export function kill(w: PodWorker, p: PodRuntime, c: ContainerRuntime, graceMs: number, message: string,
  by: KillCause, state: ClusterState, out: Outbox, preStop = true): void {
  const at = out.now;
  out.emit({ type: 'Killing', at, pod: p.key, uid: p.uid, container: c.name, reason: 'Killing', message,
    gracePeriodSeconds: Math.round(graceMs / 1000) });
  c.inst++;
  c.phase = 'stopping';
  c.killedBy = by;
  if (by === 'stop' && c.probes.readiness) w.scheduleProbe(p, c, 'readiness', out);
  const hasPreStop = preStop && c.spec.lifecycle?.preStop !== undefined;
  const preStopMs = hasPreStop ? (c.behavior.preStop?.duration ?? 0) : undefined;
  const plan = terminationPlan(at, graceMs, preStopMs, c.behavior.termDelay ?? 0);
  if (hasPreStop && c.behavior.preStop?.fail) w.scheduleContainer(p, c, plan.termAt, { op: 'preStopFailed' });
  if (plan.exitAt === at && !(hasPreStop && c.behavior.preStop?.fail)) stopped(w, p, c, 0, state, out);
  else w.scheduleContainer(p, c, plan.exitAt, { op: 'stopped', code: plan.killed ? 137 : 0 });
}

/** The postStart hook failed: HookFailed, then the container is killed without its preStop hook. */
export function postStartFailed(w: PodWorker, p: PodRuntime, c: ContainerRuntime, state: ClusterState,
  out: Outbox): void {
  const hook = c.spec.lifecycle?.postStart;
  const what = hook?.exec ? `Exec lifecycle hook (${JSON.stringify(hook.exec.command ?? [])})` : hook?.httpGet
    ? `HTTP lifecycle hook (${hook.httpGet.path ?? ''})` : 'Lifecycle hook';
  out.emit({ type: 'HookFailed', at: out.now, pod: p.key, uid: p.uid, container: c.name, hook: 'postStart',
    message: `${what} for Container "${c.name}" in Pod "${fmtPod(p)}" failed - error: command terminated with ` +
      `non-zero exit code, message: ""` });
  const grace = (p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  kill(w, p, c, grace, 'FailedPostStartHook', 'probe', state, out, false);
}

/** A killed container is gone. */
export function stopped(w: PodWorker, p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState,
  out: Outbox): void {
  const ending = p.phase === 'terminating' || c.killedBy === 'stop';
  const restarting = !ending && willRestart(p, c, code, true);
  out.emit({ type: 'ContainerExited', at: out.now, pod: p.key, uid: p.uid, container: c.name, exitCode: code,
    reason: code === 0 ? 'Completed' : 'Error', ...(code === 137 ? { signal: 9 } : {}),
      ...(restarting ? { restarting } : {}) });
  c.inst++;
  c.phase = 'exited';
  c.exitCode = code;
  if (ending) {
    c.done = true;
    return w.checkStopped(p, state, out);
  }
  afterExit(w, p, c, code, true, state, out);
}

/** The container's process exited on its own. */
export function exited(w: PodWorker, p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState,
  out: Outbox): void {
  const restarting = willRestart(p, c, code, false);
  out.emit({ type: 'ContainerExited', at: out.now, pod: p.key, uid: p.uid, container: c.name, exitCode: code,
    reason: code === 0 ? 'Completed' : 'Error', ...(restarting ? { restarting } : {}) });
  c.inst++;
  c.phase = 'exited';
  c.exitCode = code;
  afterExit(w, p, c, code, false, state, out);
}

/** The container's memory use passed its limit: the OOM killer ends it with 137. */
export function oom(w: PodWorker, p: PodRuntime, c: ContainerRuntime, bytes: number, state: ClusterState,
  out: Outbox): void {
  out.emit({ type: 'OOMKilled', at: out.now, pod: p.key, uid: p.uid, container: c.name, memoryBytes: bytes,
    limitBytes: memoryLimit(c.spec) ?? 0 });
  c.inst++;
  c.phase = 'exited';
  c.exitCode = 137;
  afterExit(w, p, c, 137, false, state, out);
}

/** A crash injected by the timeline (fault crash / oom). */
export function crash(w: PodWorker, p: PodRuntime, c: ContainerRuntime, kind: 'crash' | 'oom', exitCode: number,
  state: ClusterState, out: Outbox): void {
  if (c.phase !== 'running' && c.phase !== 'starting') return;
  if (kind === 'oom') oom(w, p, c, (memoryLimit(c.spec) ?? 0) + 1, state, out);
  else exited(w, p, c, exitCode, state, out);
}

/** Restart policy (pkg/kubelet/container/helpers.go ShouldContainerBeRestarted), then back-off. */
export function afterExit(w: PodWorker, p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean,
  state: ClusterState, out: Outbox): void {
  if (p.phase !== 'active') { c.done = true; return w.checkStopped(p, state, out); }
  if (c.kind === 'init' && code === 0 && !byProbe) {
    c.done = true;
    return w.advance(p, state, out);
  }
  if (willRestart(p, c, code, byProbe)) {
    const r = nextRestart(c.backoff, out.now, w.ctx.backoff);
    c.backoff = r.entry;
    if (r.delayMs === 0) { c.phase = 'idle'; return w.startContainer(p, c, state, out); }
    out.emit({ type: 'BackOff', at: out.now, pod: p.key, uid: p.uid, container: c.name, delayMs: r.delayMs });
    c.phase = 'backoff';
    w.scheduleContainer(p, c, r.restartAt, { op: 'restart' });
    return;
  }
  c.done = true;
  maybeFinished(w, p, state, out);
}

/**
 * ShouldContainerBeRestarted: ContainerShouldRestart on the exit code (the container's own
 * restartPolicy and restartPolicyRules first, api/containerRestart.ts), a probe kill counting as
 * a failure (137) whatever the container exited with.
 */
function willRestart(p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean): boolean {
  if (p.phase !== 'active') return false;
  // computePodActions: "Restart regardless of the restart policy because the container spec changed."
  if (c.kind === 'sidecar' || c.killedBy === 'changed') return true;
  if (c.kind === 'init' && code === 0 && !byProbe) return false;
  return containerShouldRestart(c.spec, p.pod.spec, byProbe && code === 0 ? 137 : code);
}

/** With nothing left to restart, sidecars are stopped (KEP-753) and the pod's work is over. */
function maybeFinished(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void {
  const failedInit = p.containers.some((x) => x.kind === 'init' && x.done && x.exitCode !== 0);
  const appsDone = p.containers.every((x) => x.kind !== 'app' || x.done);
  if (!failedInit && !appsDone) return;
  const grace = (p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  let stopping = false;
  for (const x of p.containers) {
    if (x.phase === 'running' || x.phase === 'starting') {
      kill(w, p, x, grace, `Stopping container ${x.name}`, 'stop', state, out); stopping = true; }
    // a probe kill in progress: it will not restart now
    else if (x.phase === 'stopping') { x.killedBy = 'stop'; stopping = true; }
    else if (x.phase === 'backoff' || x.phase === 'waiting' || x.phase === 'pulling'
      || x.phase === 'idle') { x.inst++; x.done = true; }
  }
  if (!stopping) p.phase = 'finished';
}
