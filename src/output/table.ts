import type { Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { formatDuration } from '../api/time.js';

/** The STATUS column of `kubectl get pods` (pkg/printers/internalversion printPod): reason wins over phase. */
export function podStatusColumn(pod: Pod): string {
  if (pod.metadata.deletionTimestamp !== undefined) return 'Terminating';
  let reason = pod.status.reason ?? pod.status.phase;
  // printPod: a gated pod shows SchedulingGated.
  if (pod.status.conditions.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason =
    'SchedulingGated';
  const inits = pod.status.initContainerStatuses ?? [];
  for (const [i, c] of inits.entries()) {
    const spec = pod.spec.initContainers?.find((x) => x.name === c.name);
    if (spec?.restartPolicy === 'Always' && c.started) continue;
    if (c.state.terminated?.exitCode === 0) continue;
    if (c.state.terminated) return c.state.terminated.reason ? `Init:${c.state.terminated.reason}`
      : `Init:ExitCode:${c.state.terminated.exitCode}`;
    if (c.state.waiting?.reason
      && c.state.waiting.reason !== 'PodInitializing') return `Init:${c.state.waiting.reason}`;
    return `Init:${i}/${pod.spec.initContainers?.length ?? 0}`;
  }
  for (const c of [...(pod.status.containerStatuses ?? [])].reverse()) {
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated) reason = c.state.terminated.reason
      ?? (c.state.terminated.signal ? `Signal:${c.state.terminated.signal}`
        : `ExitCode:${c.state.terminated.exitCode}`);
  }
  if (reason === 'Completed' && pod.status.phase === 'Running') reason = 'Running';
  return reason;
}

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + 3))).join('').trimEnd()).join(
    '\n');
}

/** `kubectl get pods -o wide` at the state's time. */
export function podTable(state: ClusterState): string {
  const pods = tvalues(state.pods).sort((a, b) => (a.metadata.namespace + '/' + a.metadata.name < b.metadata.namespace
    + '/' + b.metadata.name ? -1 : 1));
  const rows = [['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE']];
  for (const p of pods) {
    const cs = p.status.containerStatuses ?? [];
    const ready = cs.filter((c) => c.ready).length;
    const restarts = cs.reduce((s, c) => s + c.restartCount, 0);
    rows.push([p.metadata.namespace, p.metadata.name, `${ready}/${p.spec.containers.length}`, podStatusColumn(p),
      String(restarts),
      formatDuration(state.time - (p.metadata.creationTimestamp ?? 0)), p.status.podIP ?? '<none>',
        p.spec.nodeName ?? '<none>', p.status.nominatedNodeName ?? '<none>']);
  }
  return table(rows);
}

/** `kubectl get nodes`. */
export function nodeTable(state: ClusterState): string {
  const rows = [['NAME', 'STATUS', 'ROLES', 'AGE', 'PODS']];
  for (const n of tvalues(state.nodes).sort((a, b) => (a.object.metadata.name < b.object.metadata.name ? -1 : 1))) {
    const ready = n.object.status.conditions.find((c) => c.type === 'Ready');
    let status = ready?.status === 'True' ? 'Ready' : ready?.status === 'Unknown' ? 'NotReady' : 'NotReady';
    if (n.object.spec.unschedulable) status += ',SchedulingDisabled';
    rows.push([n.object.metadata.name, status, '<none>', formatDuration(
      state.time - (n.object.metadata.creationTimestamp ?? 0)), '']);
  }
  return table(rows.map((r) => r.slice(0, 4)));
}
