import type { Pod } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ObjectKey } from '../../api/ids.js';
import { type ClusterState, podUidsOnNode } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { podCondition, podKey } from '../batchUtils.js';

/** pkg/controller/podgc/gc_controller.go: quarantineTime, a node must stay gone this long. */
export const POD_GC_QUARANTINE_MS = 40_000;
export const DELETION_BY_POD_GC = 'DeletionByPodGC';

/**
 * The pod garbage collector's gcOrphaned (pkg/controller/podgc): pods bound to a node that no
 * longer exists are failed (DisruptionTarget, reason DeletionByPodGC) and force-deleted once the
 * node has been gone for the quarantine time. Terminating pods on a removed node go too.
 */
export function makePodGCController(): ControllerDef {
  const removedAt = new Map<string, number>();
  return {
    name: 'pod-garbage-collector',
    factTypes: ['NodeRemoved', 'NodeAdded'],
    keysFor(e: ClusterEvent): readonly ObjectKey[] {
      if (e.type === 'NodeRemoved') { removedAt.set(e.node, e.at); return [e.node]; }
      if (e.type === 'NodeAdded') removedAt.delete(e.node);
      return NO_KEYS;
    },
    sync(node: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
      const at = removedAt.get(node);
      if (at === undefined || tget(state.nodes, node)) return; // the node came back
      if (ctx.now < at + POD_GC_QUARANTINE_MS) return { requeueAfter: at + POD_GC_QUARANTINE_MS - ctx.now };
      removedAt.delete(node);
      const pods = podUidsOnNode(state, node).map((u) => tget(state.pods, u)).filter(
        (p): p is Pod => p !== undefined);
      for (const p of pods) {
        const key = podKey(p), uid = p.metadata.uid!;
        if (p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed') {
          ctx.out.emit({ type: 'PodStatusPatched', at: ctx.now, pod: key, uid, phase: 'Failed',
            conditions: [podCondition('DisruptionTarget', 'True', ctx.now, DELETION_BY_POD_GC,
              'PodGC: node no longer exists')] });
        }
        ctx.out.emit({ type: 'PodDeleted', at: ctx.now, pod: key, uid });
      }
    },
  };
}

export const podGCController = {
  name: 'pod-garbage-collector',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(makePodGCController(), s, ctx.rng,
    ctx.options),
};
