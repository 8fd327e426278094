import type { Condition, ContainerStatus, Pod, PodPhase } from '../api/types.js';

/**
 * The pod phase from its container statuses, as the kubelet's getPhase computes it
 * (pkg/kubelet/kubelet_pods.go, getPhase): a waiting container with a previous termination
 * counts as stopped (it is restarting); with restartPolicy Always a pod whose containers all
 * stopped is still Running; OnFailure is Succeeded only when every stopped container succeeded.
 */
export function getPhase(pod: Pod): PodPhase {
  const spec = pod.spec;
  const prev = pod.status.phase;
  if (prev === 'Succeeded' || prev === 'Failed') return prev; // terminal phases never change
  if (!spec.nodeName) return 'Pending';
  const statuses = pod.status.containerStatuses ?? [];
  const restartPolicy = spec.restartPolicy ?? 'Always';
  // Init containers: a regular one must have exited 0; a sidecar (restartPolicy Always) must be started.
  const inits = spec.initContainers ?? [];
  const initStatuses = pod.status.initContainerStatuses ?? [];
  let pendingInitialization = false;
  for (const ic of inits) {
    const st = initStatuses.find((s) => s.name === ic.name);
    if (ic.restartPolicy === 'Always') {
      if (!st?.started) pendingInitialization = true;
      continue;
    }
    const t = st?.state.terminated;
    if (t && t.exitCode === 0) continue;
    if (t && restartPolicy === 'Never') return 'Failed';
    if (st?.state.waiting && st.lastState.terminated && restartPolicy === 'Never') return 'Failed';
    pendingInitialization = true;
  }
  let waiting = 0, running = 0, stopped = 0, succeeded = 0;
  for (const c of spec.containers) {
    const st = statuses.find((s) => s.name === c.name);
    if (!st) { waiting++; continue; }
    if (st.state.running) running++;
    else if (st.state.terminated) { stopped++; if (st.state.terminated.exitCode === 0) succeeded++; }
    else if (st.lastState.terminated) { stopped++; if (st.lastState.terminated.exitCode === 0) succeeded++; }
    else waiting++;
  }
  if (pendingInitialization || waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

/** A container is ready when it runs and its readiness probe (if any) last succeeded. */
const allReady = (statuses: readonly ContainerStatus[] | undefined, names: readonly string[]): boolean =>
  names.every((n) => statuses?.find((s) => s.name === n)?.ready === true);

/**
 * Pod conditions as the kubelet's status manager derives them
 * (pkg/kubelet/status/generate.go: GeneratePodReadyCondition, GeneratePodInitializedCondition,
 * GenerateContainersReadyCondition), with lastTransitionTime kept while the status holds.
 */
export function deriveConditions(pod: Pod, at: number): Condition[] {
  const spec = pod.spec;
  const st = pod.status;
  const prev = st.conditions;
  const out: Condition[] = [];
  const keep = (c: Condition): void => {
    const old = prev.find((x) => x.type === c.type);
    out.push(old && old.status === c.status && old.reason === c.reason ? old : c);
  };
  const sched = prev.find((c) => c.type === 'PodScheduled');
  if (!spec.nodeName) {
    if (sched) out.push(sched);
    return out;
  }
  const sandbox = st.podIP !== undefined;
  const terminal = st.phase === 'Succeeded' || st.phase === 'Failed';
  keep({ type: 'PodReadyToStartContainers', status: sandbox && !terminal ? 'True' : 'False', lastTransitionTime: at, lastProbeTime: null });
  const inits = spec.initContainers ?? [];
  const initStatuses = st.initContainerStatuses ?? [];
  const initialized = inits.every((ic) => {
    const s = initStatuses.find((x) => x.name === ic.name);
    return ic.restartPolicy === 'Always' ? s?.started === true || s?.state.terminated !== undefined : s?.state.terminated?.exitCode === 0;
  }) || terminal && st.phase === 'Succeeded';
  keep(initialized
    ? { type: 'Initialized', status: 'True', lastTransitionTime: at, lastProbeTime: null }
    : { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: `containers with incomplete status: [${inits.filter((ic) => initStatuses.find((x) => x.name === ic.name)?.state.terminated?.exitCode !== 0).map((c) => c.name).join(' ')}]`, lastTransitionTime: at, lastProbeTime: null });
  const sidecars = inits.filter((c) => c.restartPolicy === 'Always').map((c) => c.name);
  const names = spec.containers.map((c) => c.name);
  const ready = !terminal && allReady(st.containerStatuses, names) && allReady(st.initContainerStatuses, sidecars);
  const notReady = [...names.filter((n) => !st.containerStatuses?.find((s) => s.name === n)?.ready)];
  const msg = `containers with unready status: [${notReady.join(' ')}]`;
  const reason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  keep(ready
    ? { type: 'ContainersReady', status: 'True', lastTransitionTime: at, lastProbeTime: null }
    : terminal ? { type: 'ContainersReady', status: 'False', reason, lastTransitionTime: at, lastProbeTime: null }
    : { type: 'ContainersReady', status: 'False', reason, message: msg, lastTransitionTime: at, lastProbeTime: null });
  keep(ready
    ? { type: 'Ready', status: 'True', lastTransitionTime: at, lastProbeTime: null }
    : terminal ? { type: 'Ready', status: 'False', reason, lastTransitionTime: at, lastProbeTime: null }
    : { type: 'Ready', status: 'False', reason, message: msg, lastTransitionTime: at, lastProbeTime: null });
  if (sched) out.push(sched);
  // Conditions set by others (DisruptionTarget, ...) are kept as they are.
  for (const c of prev) if (!out.some((o) => o.type === c.type)) out.push(c);
  return out;
}

export const isPodReady = (pod: Pod): boolean =>
  pod.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
