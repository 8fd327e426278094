import type { Pod } from '../api/types.js';
import type { FieldProblem } from '../api/problems.js';
import type { Outbox } from '../decider/outbox.js';
import type { PodSpecUpdated } from '../events/pod.js';
import type { ClusterState } from '../reducers/state.js';
import { containerBehavior } from './containerBehavior.js';
import type { PodWorker } from './podWorker.js';
import { podSpecView, type PodRuntime } from './runtime.js';

/**
 * An in-place update of a pod on this node (PodSpecUpdated): its images (updateImages) and its activeDeadlineSeconds,
 * which active_deadline.go measures from status.startTime at every sync: the pod fails at the new deadline, at once
 * when it has passed.
 */
export function updateInPlace(w: PodWorker, p: PodRuntime, pod: Pod, e: PodSpecUpdated, state: ClusterState,
  out: Outbox): void {
  p.pod = podSpecView(pod);
  if (e.images) updateImages(w, p, pod, e.images, state, out);
  const ads = e.activeDeadlineSeconds;
  if (ads === undefined || p.phase !== 'active' || pod.status.startTime === undefined) return;
  p.deadlineAt = pod.status.startTime + ads * 1000;
  w.schedulePod(p, Math.max(out.now, p.deadlineAt), { op: 'deadline' });
}

/**
 * An in-place image update of a pod on this node, as the kubelet's next SyncPod sees it
 * (pkg/kubelet/kuberuntime/kuberuntime_manager.go): a running app container whose definition changed is killed
 * with "Container X definition changed, will be restarted" and started again whatever the restart policy
 * (computePodActions); a running sidecar with "Init container X definition changed" (computeInitContainerActions).
 * A container that is not running runs the new image at its next start; a finished one is not started again; a
 * regular init container is never run again for it. The crash-loop back-off is keyed by the container's hash, so
 * a changed container starts with none.
 */
function updateImages(w: PodWorker, p: PodRuntime, pod: Pod, images: Readonly<Record<string, string>>,
  state: ClusterState, out: Outbox): void {
  p.pod = podSpecView(pod);
  const specs = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  const problems: FieldProblem[] = [];
  for (const c of p.containers) {
    const spec = specs.find((s) => s.name === c.name);
    if (!spec || images[c.name] === undefined || spec.image === c.spec.image) continue;
    c.spec = spec;
    c.behavior = containerBehavior(w.ctx.rules, pod, spec, c.kind, problems);
    if (p.phase !== 'active' || c.kind === 'init' || c.done) continue;
    if (c.phase === 'running' || c.phase === 'starting') {
      c.backoff = undefined;
      const grace = (pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
      w.kill(p, c, grace, c.kind === 'sidecar' ? `Init container ${c.name} definition changed`
        : `Container ${c.name} definition changed, will be restarted`, 'changed', state, out);
    } else if (c.phase === 'pulling') {
      // The pull of the old image is dropped (its timers go stale): the container is created from the new one.
      c.inst++;
      c.phase = 'idle';
      w.startContainer(p, c, state, out);
    }
  }
  for (const pr of problems) out.emit({ type: 'Warning', at: out.now, object: `Pod/${p.key}`,
    message: `${pr.path}: ${pr.message}` });
}
