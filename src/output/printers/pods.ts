import type { ContainerStatus, Pod } from '../../api/types.js';
import { since } from './humanDuration.js';
import { AGE_COLUMN, NAME_COLUMN, col, type Cell, type Printer, type PrintContext } from './types.js';

/** pkg/printers/internalversion/printers.go podColumnDefinitions. */
const COLUMNS = [
  NAME_COLUMN,
  col('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
  col('Status', 'string', 'The aggregate status of the containers in this pod.'),
  col('Restarts', 'string',
    'The number of times the containers in this pod have been restarted and when the last container in this pod has ' +
      'restarted.'),
  AGE_COLUMN,
  col('IP', 'string',
    'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.', true),
  col('Node', 'string', 'NodeName is a request to schedule this pod onto a specific node.', true),
  col('Nominated Node', 'string',
    'nominatedNodeName is set when this pod preempts other pods on the node, but it cannot be scheduled right away as '
      +
      'preemption victims receive their graceful termination periods.', true),
  col('Readiness Gates', 'string', 'If specified, all readiness gates will be evaluated for pod readiness.', true),
] as const;

// Plain loops, no closures or arrays per pod: `get pods` and `replay` print 150,000 rows.
const hasCondition = (pod: Pod, type: string): boolean => {
  for (const c of pod.status.conditions) if (c.type === type && c.status === 'True') return true;
  return false;
};

/** The later of `from` and the container's lastState.terminated.finishedAt: when a container last restarted. */
const lastRestart = (c: ContainerStatus, from: number | undefined): number | undefined => {
  const f = c.lastState.terminated?.finishedAt;
  return f !== undefined && (from === undefined || f > from) ? f : from;
};

const schedulingGated = (pod: Pod): boolean => {
  for (const c of pod.status.conditions) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') return true;
  return false;
};

const terminatedReason = (t: { reason?: string; signal?: number; exitCode: number }, prefix: string): string =>
  t.reason ? `${prefix}${t.reason}` : t.signal ? `${prefix}Signal:${t.signal}` : `${prefix}ExitCode:${t.exitCode}`;

/**
 * printPod: READY counts ready containers (restartable init containers, i.e. sidecars, included),
 * STATUS is the phase overridden by the pod's reason, SchedulingGated, the first unfinished init
 * container (`Init:1/2`, `Init:CrashLoopBackOff`) or the last container's waiting/terminated
 * reason, and Terminating / Unknown for a pod being deleted; RESTARTS adds "(78s ago)", the
 * time since the latest restart.
 */
export function podCells(pod: Pod, now: number): { ready: string; status: string; restarts: string;
  readyCount: number } {
  const spec = pod.spec, st = pod.status;
  const inits = spec.initContainers ?? [];
  const sidecar = (name: string): boolean => inits.some((c) => c.name === name && c.restartPolicy === 'Always');
  const total = spec.containers.length + (inits.length ? inits.filter((c) => c.restartPolicy === 'Always').length
    : 0);
  let ready = 0;
  let reason: string = st.reason || st.phase;
  if (schedulingGated(pod)) reason = 'SchedulingGated';
  const initStatuses = st.initContainerStatuses ?? [];
  let restarts = 0, sidecarRestarts = 0;
  let lastRestartDate: number | undefined, lastSidecarRestart: number | undefined;
  let initializing = false;
  for (const [i, c] of initStatuses.entries()) {
    restarts += c.restartCount;
    lastRestartDate = lastRestart(c, lastRestartDate);
    if (sidecar(c.name)) { sidecarRestarts += c.restartCount;
      lastSidecarRestart = lastRestart(c, lastSidecarRestart); }
    if (c.state.terminated && c.state.terminated.exitCode === 0) continue;
    if (sidecar(c.name) && c.started) { if (c.ready) ready++; continue; }
    initializing = true;
    if (c.state.terminated) reason = terminatedReason(c.state.terminated, 'Init:');
    else if (c.state.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason =
      `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${inits.length}`;
    break;
  }
  if (!initializing || hasCondition(pod, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestartDate = lastSidecarRestart;
    let hasRunning = false;
    const cs = st.containerStatuses ?? [];
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i];
      restarts += c.restartCount;
      lastRestartDate = lastRestart(c, lastRestartDate);
      if (c.state.waiting?.reason) reason = c.state.waiting.reason;
      else if (c.state.terminated) reason = terminatedReason(c.state.terminated, '');
      else if (c.ready && c.state.running) { hasRunning = true; ready++; }
    }
    // "change pod status back to Running if there is at least one container still reporting as Running"
    if (reason === 'Completed' && hasRunning) reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
  }
  // pkg/util/node NodeUnreachablePodReason; podutil.IsPodPhaseTerminal.
  if (pod.metadata.deletionTimestamp !== undefined && st.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp !== undefined && st.phase !== 'Succeeded' && st.phase !== 'Failed') reason =
    'Terminating';
  const restartsText = restarts !== 0 && lastRestartDate !== undefined
    ? `${restarts} (${since(now, lastRestartDate)} ago)` : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsText, readyCount: ready };
}

function readinessGates(pod: Pod): string {
  const gates = (pod.spec as { readinessGates?: readonly { conditionType: string }[] }).readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const ok = gates.filter((g) => hasCondition(pod, g.conditionType)).length;
  return `${ok}/${gates.length}`;
}

export const podPrinter: Printer<Pod> = {
  columns: COLUMNS,
  row: (pod: Pod, ctx: PrintContext): Cell[] => {
    const c = podCells(pod, ctx.now);
    const ip = pod.status.podIPs?.[0]?.ip || pod.status.podIP || '<none>';
    return [pod.metadata.name, c.ready, c.status, c.restarts, since(ctx.now, pod.metadata.creationTimestamp),
      ip, pod.spec.nodeName || '<none>', pod.status.nominatedNodeName || '<none>', readinessGates(pod)];
  },
};
