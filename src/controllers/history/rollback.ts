import type { PodTemplateSpec } from '../../api/types.js';
import { objectKey, NO_UID } from '../../api/ids.js';
import { getObject, type ClusterState } from '../../reducers/state.js';
import type { TimelineAction } from '../../scenario/types.js';
import type { SyncContext } from '../controller.js';
import { canonicalJson, objectsOwnedBy, writeObject } from '../controllerUtils.js';
import { revisionNumber, revisionTemplate } from './controllerRevision.js';

/**
 * `kubectl rollout undo` of a StatefulSet or DaemonSet (kubectl's StatefulSetRollbacker /
 * DaemonSetRollbacker): the pod template of the ControllerRevision at `toRevision`, or of the
 * previous revision, goes back into the object's spec; the controller then reuses that
 * revision (renumbered as the newest) and rolls the pods to it.
 */
export function rolloutUndoFromHistory(action: Extract<TimelineAction, { kind: 'rolloutUndo' }>, state: ClusterState,
  ctx: SyncContext): void {
  const key = objectKey(action.namespace, action.name);
  const o = getObject(state, action.resource, key);
  const warn = (message: string) => ctx.out.emit({ type: 'Warning', at: ctx.now, object: `${action.objectKind}/${key}`,
    message });
  if (!o) return warn('rollout undo: not found');
  const history = objectsOwnedBy(state, 'controllerrevisions',
    o.metadata.uid ?? NO_UID).sort((a, b) => revisionNumber(a) - revisionNumber(b));
  const toRevision = action.toRevision ?? 0;
  const target = toRevision > 0 ? history.find((r) => revisionNumber(r) === toRevision) : history.at(-2);
  if (!target) return warn(toRevision > 0 ? `unable to find specified revision ${toRevision} in history`
    : `no rollout history found for ${action.objectKind.toLowerCase()} "${action.name}"`);
  const template = revisionTemplate(target);
  if (canonicalJson(template) === canonicalJson((o.spec as { template?: PodTemplateSpec }).template)) return warn(
    `skipped rollback (current template already matches revision ${revisionNumber(target)})`);
  writeObject(ctx.out, ctx.rng, action.resource, { ...o, spec: { ...(o.spec as object), template } }, o);
}
