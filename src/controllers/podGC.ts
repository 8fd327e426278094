import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import type { ObjectKey } from '../events/ids.js';
import { controller, type ControllerDef, type SyncContext, type SyncResult } from './controller.js';

/**
 * pkg/controller/podgc/gc_controller.go quarantineTime: a pod bound to a node that no longer
 * exists is deleted once the node has been gone this long (gcOrphaned).
 */
export const QUARANTINE_TIME_MS = 40_000;

/**
 * The pod garbage collector's orphan sweep: after a node is removed, its pods are force-deleted
 * (so a DaemonSet or ReplicaSet stops counting them). Key: `<node>@<removal time>`.
 */
export function syncPodGC(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const i = key.lastIndexOf('@');
  const node = key.slice(0, i), removedAt = Number(key.slice(i + 1));
  if (ctx.now < removedAt + QUARANTINE_TIME_MS) return { requeueAfter: removedAt + QUARANTINE_TIME_MS - ctx.now };
  if (tget(state.nodes, node)) return; // it came back
  for (const uid of Object.keys(tget(state.podsOnNode, node) ?? {})) {
    const p = tget(state.pods, uid);
    if (!p) continue;
    ctx.out.emit({ type: 'PodDeleted', at: ctx.now, pod: `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`, uid });
  }
}

export const podGCDef: ControllerDef = {
  name: 'pod-garbage-collector',
  keysFor: (e) => (e.type === 'NodeRemoved' ? [`${e.node}@${e.at}`] : []),
  sync: syncPodGC,
};

export const podGC = controller(podGCDef);
