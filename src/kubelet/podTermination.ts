import type { Outbox } from '../decider/outbox.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import type { PodWorker } from './podWorker.js';
import type { ContainerRuntime, PodRuntime } from './runtime.js';

/** status.message of a pod past spec.activeDeadlineSeconds (pkg/kubelet/active_deadline.go). */
export const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';
/** Exit code the runtime reports for a container that vanished with its node (kubectl shows Unknown, 255). */
export const LOST_EXIT_CODE = 255;

/**
 * Graceful termination of the whole pod (deletion, active deadline): app containers first,
 * then sidecars once they are gone (KEP-753), each with the remaining grace period.
 */
export function terminate(w: PodWorker, p: PodRuntime, graceMs: number, deleteWhenStopped: boolean,
  state: ClusterState, out: Outbox): void {
  p.phase = 'terminating';
  p.deleteWhenStopped = deleteWhenStopped;
  p.graceMs = graceMs;
  // First settle every container that is not running (a pending restart or back-off is cancelled),
  // then kill the running ones: a kill that finishes at once may end the pod before the loop is
  // done, and a container skipped then would still restart (found by kubeletLaws.prop).
  for (const c of p.containers) {
    if (c.phase === 'stopping') { c.killedBy = 'stop'; continue; }
    if (c.phase !== 'running' && c.phase !== 'starting') {
      if (!c.done) { c.inst++; c.done = true; if (c.phase !== 'exited') c.phase = 'exited'; } }
  }
  for (const c of p.containers) {
    if (p.phase !== 'terminating') break; // everything stopped at once and the pod is gone
    if ((c.phase === 'running' || c.phase === 'starting') && c.kind !== 'sidecar') w.kill(p, c, graceMs,
      `Stopping container ${c.name}`, 'stop', state, out);
  }
  checkStopped(w, p, state, out);
}

/** Once every container stopped: the pod's work is over, and a deleted pod is gone (PodDeleted). */
export function checkStopped(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void {
  if (p.phase !== 'terminating' && p.phase !== 'active') return;
  const busy = (x: ContainerRuntime): boolean => x.phase === 'stopping' || x.phase === 'running'
    || x.phase === 'starting';
  if (p.phase === 'active') {
    if (!p.containers.some(busy)) p.phase = 'finished';
    return;
  }
  if (p.containers.some((x) => x.kind !== 'sidecar' && busy(x))) return;
  const sidecars = p.containers.filter((x) => x.kind === 'sidecar'
    && (x.phase === 'running' || x.phase === 'starting'));
  if (sidecars.length > 0) {
    // A kill may finish at once and re-enter here: stop only what still runs.
    for (const s of [...sidecars].reverse()) if (s.phase === 'running' || s.phase === 'starting') w.kill(p, s,
      Math.max(p.graceMs, 0), `Stopping container ${s.name}`, 'stop', state, out);
    return;
  }
  if (p.containers.some(busy)) return;
  p.phase = 'finished';
  if (p.deleteWhenStopped) {
    out.emit({ type: 'PodDeleted', at: out.now, pod: p.key, uid: p.uid });
    w.pods.delete(p.uid);
  }
}

/** spec.activeDeadlineSeconds passed (pkg/kubelet/active_deadline.go). */
export function deadline(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void {
  // A check of a deadline since lowered in place (specUpdate.ts) comes after the pod failed: phase is not active.
  if (p.phase !== 'active') return;
  const pod = tget(state.pods, p.uid);
  if (!pod || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return;
  // pkg/kubelet/active_deadline.go: phase Failed, reason DeadlineExceeded; then every container is killed.
  out.emit({ type: 'PodStatusPatched', at: out.now, pod: p.key, uid: p.uid, phase: 'Failed',
    reason: 'DeadlineExceeded', message: DEADLINE_MESSAGE });
  terminate(w, p, (p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000, false, state, out);
}

/**
 * The node came back (NodeRecovered). kubesim models the loss as the machine going down: every
 * container that was running is gone (exit 255, reason Unknown, as after a reboot), pending
 * timers are dropped, and the pod restarts per its policy from the recovery time; a pod deleted
 * meanwhile finishes terminating at once.
 */
export function recover(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void {
  p.gen++;
  const pod = tget(state.pods, p.uid);
  if (!pod) { w.pods.delete(p.uid); return; }
  const at = out.now;
  for (const c of p.containers) {
    if (c.phase === 'running' || c.phase === 'starting' || c.phase === 'stopping') {
      out.emit({ type: 'ContainerExited', at, pod: p.key, uid: p.uid, container: c.name, exitCode: LOST_EXIT_CODE,
        reason: 'Unknown' });
      // A container the kubelet was stopping for good (the pod's work was over) stays stopped.
      if (p.phase === 'terminating' || pod.metadata.deletionTimestamp !== undefined || c.killedBy === 'stop') c.done =
        true;
      c.inst++;
      c.phase = 'exited';
      c.exitCode = LOST_EXIT_CODE;
      c.killedBy = undefined;
    } else if (c.phase === 'pulling' || c.phase === 'backoff' || c.phase === 'waiting') {
      c.inst++;
      c.phase = 'idle';
    }
  }
  if (pod.metadata.deletionTimestamp !== undefined || p.phase === 'terminating') {
    if (p.phase !== 'terminating') { p.phase = 'terminating'; p.deleteWhenStopped = true; }
    return checkStopped(w, p, state, out);
  }
  if (p.phase === 'new' || p.phase === 'mounting') return w.sync(p, state, out);
  if (p.phase !== 'active') return;
  if (p.deadlineAt !== undefined) w.schedulePod(p, Math.max(at, p.deadlineAt), { op: 'deadline' });
  for (const c of p.containers) if (c.phase === 'exited' && !c.done) w.afterExit(p, c, LOST_EXIT_CODE, false,
    state, out);
  w.advance(p, state, out);
}
