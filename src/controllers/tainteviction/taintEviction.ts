import type { Pod, Taint, Toleration } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { Millis, ObjectKey } from '../../api/ids.js';
import { type ClusterState, podUidsOnNode } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { podCondition, podKey, recordEvent } from '../batchUtils.js';

/** pkg/controller/tainteviction/taint_eviction.go: the DisruptionTarget condition it sets before deleting. */
export const DELETION_BY_TAINT_MANAGER = 'DeletionByTaintManager';
export const TAINT_MANAGER_MESSAGE = 'Taint manager: deleting due to NoExecute taint';

export { toleratesTaint } from '../../api/tolerations.js';
import { toleratesTaint } from '../../api/tolerations.js';

/**
 * How long a pod may stay on a node with these NoExecute taints (taint_eviction.go,
 * getMinTolerationTime): 0 when one taint is not tolerated, Infinity when every matching
 * toleration has no tolerationSeconds, else the smallest tolerationSeconds (negative counts as 0).
 */
export function getMinTolerationTime(taints: readonly Taint[], tolerations: readonly Toleration[]): Millis {
  let min = Infinity;
  for (const taint of taints) {
    const matching = tolerations.filter((t) => toleratesTaint(t, taint));
    if (matching.length === 0) return 0;
    for (const t of matching) if (t.tolerationSeconds !== undefined) min =
      Math.min(min, Math.max(0, t.tolerationSeconds) * 1000);
  }
  return min;
}

/**
 * The taint eviction controller (pkg/controller/tainteviction): when a node has NoExecute
 * taints, each pod on it is deleted once its tolerations run out, counted from when the taint
 * reached it (the later of the taint's timeAdded and the pod's binding). The pod first gets the
 * DisruptionTarget condition (reason DeletionByTaintManager), then graceful deletion; on an
 * unreachable node it stays Terminating, since no kubelet finishes it.
 */
export function makeTaintEvictionController(): ControllerDef {
  /** pod uid -> when the controller first saw it under the node's current NoExecute taints. */
  const since = new Map<string, Millis>();
  return {
    name: 'taint-eviction-controller',
    factTypes: ['NodeTainted', 'NodeUntainted', 'PodScheduled', 'PodCreated'],
    keysFor(e: ClusterEvent, state: ClusterState): readonly ObjectKey[] {
      switch (e.type) {
        case 'NodeTainted': return e.taint.effect === 'NoExecute' ? [e.node] : NO_KEYS;
        case 'NodeUntainted': return e.effect === 'NoExecute' ? [e.node] : NO_KEYS;
        // A pod bound to a node without NoExecute taints has nothing to wait for: as in
        // taint_eviction.go handlePodUpdate, which returns when the node has no NoExecute taints
        // (a sync would only forget timestamps the pod never had). Binds were 1.4% of pipeline.large.
        case 'PodScheduled': return hasNoExecuteTaint(state, e.node) ? [e.node] : NO_KEYS;
        case 'PodCreated': return e.object.spec.nodeName && hasNoExecuteTaint(state, e.object.spec.nodeName)
          ? [e.object.spec.nodeName] : NO_KEYS;
        default: return NO_KEYS;
      }
    },
    sync(node, state, ctx) { return syncNodeTaints(node, state, ctx, since); },
  };
}

const hasNoExecuteTaint = (state: ClusterState, node: string): boolean =>
  tget(state.nodes, node)?.object.spec.taints?.some((t) => t.effect === 'NoExecute') ?? false;

function syncNodeTaints(node: string, state: ClusterState, ctx: SyncContext, since: Map<string, Millis>): SyncResult
  | void {
  const n = tget(state.nodes, node);
  const taints = (n?.object.spec.taints ?? []).filter((t) => t.effect === 'NoExecute');
  const uids = podUidsOnNode(state, node);
  if (taints.length === 0) { for (const u of uids) since.delete(u); return; }
  const pods = uids.map((uid) => tget(state.pods, uid)).filter((p): p is Pod => p !== undefined);
  const now = ctx.now;
  const taintedAt = Math.max(...taints.map((t) => t.timeAdded ?? now));
  let next = Infinity;
  for (const pod of pods) {
    const uid = pod.metadata.uid!;
    if (pod.metadata.deletionTimestamp !== undefined) continue;
    if (!since.has(uid)) since.set(uid, Math.max(taintedAt, Math.min(now, pod.metadata.creationTimestamp ?? now)));
    const wait = getMinTolerationTime(taints, pod.spec.tolerations ?? []);
    if (wait === Infinity) continue;
    const at = since.get(uid)! + wait;
    if (at > now) { next = Math.min(next, at); continue; }
    evictPod(pod, ctx);
  }
  return next === Infinity ? undefined : { requeueAfter: next - now };
}

function evictPod(pod: Pod, ctx: SyncContext): void {
  const key = podKey(pod), uid = pod.metadata.uid!, now = ctx.now;
  recordEvent(ctx.out, 'pods', key, 'TaintManagerEviction', `Marking for deletion Pod ${key}`);
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
    ctx.out.emit({ type: 'PodDeleted', at: now, pod: key, uid });
    return;
  }
  ctx.out.emit({ type: 'PodStatusPatched', at: now, pod: key, uid,
    conditions: [podCondition('DisruptionTarget', 'True', now, DELETION_BY_TAINT_MANAGER, TAINT_MANAGER_MESSAGE)] });
  ctx.out.emit({ type: 'PodTerminating', at: now, pod: key, uid,
    gracePeriodSeconds: pod.spec.terminationGracePeriodSeconds ?? 30, reason: DELETION_BY_TAINT_MANAGER });
}

export const taintEvictionController = {
  name: 'taint-eviction-controller',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makeTaintEvictionController(), s, ctx.rng,
    ctx.options),
};
