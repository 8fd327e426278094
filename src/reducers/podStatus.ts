import { containerShouldRestart } from '../api/containerRestart.js';
import type { Condition, ContainerStatus, Pod, PodPhase } from '../api/types.js';

function statusOf(list: readonly ContainerStatus[] | undefined, name: string): ContainerStatus | undefined {
  if (list) for (const s of list) if (s.name === name) return s;
  return undefined;
}

/**
 * The pod phase from its container statuses, as the kubelet's getPhase computes it
 * (pkg/kubelet/kubelet_pods.go getPhase, 1.29+ with sidecars):
 * - a regular init container that is running, waiting without a previous run, or unreported keeps
 *   the pod Pending; one that failed (now or last time) and will not be restarted
 *   (ContainerShouldRestart: its own restartPolicy and restartPolicyRules, else the pod's) fails the pod;
 * - a sidecar (restartable init container) running but not started, or waiting for its first
 *   start, keeps the pod Pending; terminated sidecars do not count;
 * - app containers: a waiting one with a previous termination counts as stopped (not succeeded);
 *   all stopped: Running while any of them will be restarted (ContainerShouldRestart on its exit
 *   code), else Succeeded when all exited 0, else Failed.
 * `podIsTerminal` (every container stopped during a deletion) turns "all stopped" into
 * Succeeded/Failed whatever the policy. Terminal phases never change back.
 */
export function getPhase(pod: Pod): PodPhase {
  const spec = pod.spec;
  const prev = pod.status.phase;
  if (prev === 'Succeeded' || prev === 'Failed') return prev;
  if (!spec.nodeName) return 'Pending';
  const init = pod.status.initContainerStatuses;
  const apps = pod.status.containerStatuses;
  let pendingRegularInit = 0, pendingSidecars = 0, failedInitialization = 0;
  let unknown = 0, running = 0, waiting = 0, stopped = 0, succeeded = 0, stoppedNotRestartable = 0;
  for (const c of spec.initContainers ?? []) {
    const st = statusOf(init, c.name);
    if (c.restartPolicy === 'Always') {
      if (!st) { unknown++; continue; }
      if (st.state.running) { if (!st.started) pendingSidecars++; running++; }
      else if (st.state.terminated) { /* terminated sidecars do not count */ }
      else if (st.state.waiting && !st.lastState.terminated) { pendingSidecars++; waiting++; }
      continue;
    }
    if (!st || st.state.running) { pendingRegularInit++; continue; }
    const ended = st.state.terminated ?? st.lastState.terminated;
    if (!ended) { pendingRegularInit++; continue; }
    if (ended.exitCode !== 0 && !containerShouldRestart(c, spec, ended.exitCode)) failedInitialization++;
  }
  for (const c of spec.containers) {
    const st = statusOf(apps, c.name);
    if (!st) { unknown++; continue; }
    if (st.state.running) { running++; continue; }
    const ended = st.state.terminated ?? st.lastState.terminated;
    if (!ended) { waiting++; continue; }
    stopped++;
    if (st.state.terminated && ended.exitCode === 0) succeeded++;
    if (!containerShouldRestart(c, spec, ended.exitCode)) stoppedNotRestartable++;
  }
  if (failedInitialization > 0) return 'Failed';
  const initialized = pod.status.conditions.some((c) => c.type === 'Initialized' && c.status === 'True');
  if (pendingRegularInit > 0 || (pendingSidecars > 0 && !initialized)) return 'Pending';
  if (waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    const podIsTerminal = pod.metadata.deletionTimestamp !== undefined;
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    // With no container-level restartPolicy the pod's policy decides, as before the gate (a container
    // waiting to restart under OnFailure keeps the pod Running whatever its last exit code).
    if (!spec.containers.some((c) => c.restartPolicy !== undefined)) {
      const restartPolicy = spec.restartPolicy ?? 'Always';
      if (restartPolicy === 'Always') return 'Running';
      if (stopped === succeeded) return 'Succeeded';
      return restartPolicy === 'Never' ? 'Failed' : 'Running';
    }
    if (stopped !== stoppedNotRestartable) return 'Running';
    return stopped === succeeded ? 'Succeeded' : 'Failed';
  }
  return 'Pending';
}

/**
 * Pod conditions as the kubelet's status manager derives them (pkg/kubelet/status/generate.go:
 * GeneratePodReadyToStartContainersCondition, GeneratePodInitializedCondition,
 * GenerateContainersReadyCondition, GeneratePodReadyCondition), in the order kubectl shows them.
 * lastTransitionTime moves only when a condition's status changes (status_manager.go
 * updateLastTransitionTime).
 */
export function deriveConditions(pod: Pod, at: number): Condition[] {
  // Loops and no closures: this runs for most container facts (ContainerStarted, Exited, probes).
  const spec = pod.spec;
  const st = pod.status;
  const prev = st.conditions;
  const out: Condition[] = [];
  let sched: Condition | undefined;
  for (const c of prev) if (c.type === 'PodScheduled') { sched = c; break; }
  if (!spec.nodeName) {
    if (sched) out.push(sched);
    return out;
  }
  const succeeded = st.phase === 'Succeeded';
  const terminal = succeeded || st.phase === 'Failed';
  out.push(condition(prev, 'PodReadyToStartContainers', st.podIP !== undefined && !terminal ? 'True' : 'False',
    undefined, undefined, at));
  const inits = spec.initContainers ?? [];
  // A sidecar counts as initialized once started; a regular init container once it exited 0.
  let incomplete: string[] | undefined;
  for (const ic of inits) {
    const s = statusOf(st.initContainerStatuses, ic.name);
    const done = ic.restartPolicy === 'Always' ? s?.started === true || s?.state.terminated !== undefined
      || s?.lastState.terminated !== undefined : s?.state.terminated?.exitCode === 0;
    if (!done) (incomplete ??= []).push(ic.name);
  }
  let wasInitialized = false;
  for (const c of prev) if (c.type === 'Initialized' && c.status === 'True') { wasInitialized = true; break; }
  if (incomplete === undefined || succeeded || wasInitialized) {
    out.push(condition(prev, 'Initialized', 'True', undefined, undefined, at));
  } else {
    out.push(condition(prev, 'Initialized', 'False', 'ContainersNotInitialized',
      `containers with incomplete status: [${incomplete.join(' ')}]`, at));
  }
  // Sidecars' readiness counts with the app containers' (GenerateContainersReadyCondition).
  let unknown: string[] | undefined, unready: string[] | undefined;
  const judge = (n: string): void => {
    const ready = (statusOf(st.containerStatuses, n) ?? statusOf(st.initContainerStatuses, n))?.ready;
    if (ready === undefined) (unknown ??= []).push(n);
    else if (ready === false) (unready ??= []).push(n);
  };
  for (const c of inits) if (c.restartPolicy === 'Always') judge(c.name);
  for (const c of spec.containers) judge(c.name);
  let status: 'True' | 'False' = 'False', reason: string | undefined, message: string | undefined;
  if (succeeded && unknown === undefined) reason = 'PodCompleted';
  else if (unknown !== undefined || unready !== undefined) {
    reason = 'ContainersNotReady';
    const u = unknown && `containers with unknown status: [${unknown.join(' ')}]`;
    const r = unready && `containers with unready status: [${unready.join(' ')}]`;
    message = u !== undefined && r !== undefined ? `${u}, ${r}` : (u ?? r);
  } else status = 'True';
  out.push(condition(prev, 'Ready', status, reason, message, at));
  out.push(condition(prev, 'ContainersReady', status, reason, message, at));
  if (sched) out.push(sched);
  // Conditions set by others (DisruptionTarget, ...) are kept as they are.
  for (const c of prev) {
    let seen = false;
    for (const o of out) if (o.type === c.type) { seen = true; break; }
    if (!seen) out.push(c);
  }
  return out;
}

/**
 * One derived condition, keys in the order the API shows them; lastTransitionTime kept from the
 * previous condition of its type when the status did not change.
 */
function condition(prev: readonly Condition[], type: string, status: 'True' | 'False', reason: string | undefined,
  message: string | undefined, at: number): Condition {
  let old: Condition | undefined;
  for (const x of prev) if (x.type === type) { old = x; break; }
  const lastTransitionTime = old !== undefined && old.status === status ? old.lastTransitionTime : at;
  // The previous condition itself when it says the same with the same keys in the same order:
  // most container facts change none of the four, and refreshed() keeps an unchanged list anyway.
  if (old !== undefined && old.status === status && old.reason === reason && old.message === message
    && old.lastProbeTime === null && hasKeys(old, reason === undefined ? PLAIN : message === undefined ? REASON
      : MESSAGE)) return old;
  if (reason === undefined) return status === 'True' && lastTransitionTime === at ? trueCondition(type, at)
    : { type, status, lastProbeTime: null, lastTransitionTime };
  if (message === undefined) return { type, status, reason, lastProbeTime: null, lastTransitionTime };
  return { type, status, reason, message, lastProbeTime: null, lastTransitionTime };
}

/** The instant of the shared True conditions below. */
let sharedAt = -1;
const sharedTrue = new Map<string, Condition>();
let sharedScheduled: Condition | undefined;
function resetShared(at: number): void {
  sharedTrue.clear();
  sharedScheduled = undefined;
  sharedAt = at;
}
/**
 * `{ type, status: 'True', lastProbeTime: null, lastTransitionTime: at }`, one frozen object per
 * type and instant: the 500 pods a pipeline batch starts turn each condition True at the same
 * instant, and every running pod kept five such objects of its own (~10% of the bytes a pod
 * keeps). Shared values are never changed in place (a new condition replaces one), and frozen so
 * that a write would fail loudly; the state's bytes and text are the same.
 */
export function trueCondition(type: string, at: number): Condition {
  if (at !== sharedAt) resetShared(at);
  let c = sharedTrue.get(type);
  if (c === undefined) sharedTrue.set(type, c = Object.freeze({ type, status: 'True', lastProbeTime: null,
    lastTransitionTime: at }) as Condition);
  return c;
}

/** PodScheduled True as the binding writes it (its keys in that order), shared per instant as trueCondition. */
export function scheduledCondition(at: number): Condition {
  if (at !== sharedAt) resetShared(at);
  return sharedScheduled ??= Object.freeze({ type: 'PodScheduled', status: 'True', lastTransitionTime: at,
    lastProbeTime: null }) as Condition;
}

const PLAIN = ['type', 'status', 'lastProbeTime', 'lastTransitionTime'];
const REASON = ['type', 'status', 'reason', 'lastProbeTime', 'lastTransitionTime'];
const MESSAGE = ['type', 'status', 'reason', 'message', 'lastProbeTime', 'lastTransitionTime'];
/** Whether o's own keys are exactly `keys`, in that order (what condition() would build). */
function hasKeys(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (keys[i++] !== k) return false;
  return i === keys.length;
}

export const isPodReady = (pod: Pod): boolean =>
  pod.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
