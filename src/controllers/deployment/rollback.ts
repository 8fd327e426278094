import type { KubeObject, PodTemplateSpec } from '../../api/types.js';
import { objectKey, NO_UID } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import type { TimelineAction } from '../../scenario/types.js';
import type { SyncContext } from '../controller.js';
import { objectsOwnedBy, writeObject } from '../controllerUtils.js';
import { ANNOTATIONS_TO_SKIP, equalIgnoreHash, POD_TEMPLATE_HASH_LABEL, revisionOf, rsSpec } from './deploymentUtil.js';
import { getObject } from '../../reducers/state.js';

/**
 * `kubectl rollout undo deployment/NAME [--to-revision=N]` (kubectl's DeploymentRollbacker,
 * staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go): copies the pod template of the
 * ReplicaSet at that revision (default: the previous one) into the Deployment, without the
 * pod-template-hash label, with that ReplicaSet's annotations. The deployment controller then
 * finds that ReplicaSet again and gives it the next revision. Problems become Warnings with
 * kubectl's messages.
 */
export function rolloutUndo(action: Extract<TimelineAction, { kind: 'rolloutUndo' }>, state: ClusterState,
  ctx: SyncContext): void {
  const key = objectKey(action.namespace, action.name);
  const d = getObject(state, 'deployments', key);
  const warn = (message: string) => ctx.out.emit({ type: 'Warning', at: ctx.now, object: `Deployment/${key}`,
    message });
  if (!d) return warn('rollout undo: not found');
  if ((d.spec as { paused?: boolean }).paused) return warn(
    "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  const rss = objectsOwnedBy(state, 'replicasets', d.metadata.uid ?? NO_UID);
  let target: KubeObject | undefined;
  const toRevision = action.toRevision ?? 0;
  if (toRevision > 0) {
    target = rss.find((rs) => revisionOf(rs) === toRevision);
    if (!target) return warn(`unable to find specified revision ${toRevision} in history`);
  } else {
    let maxRev = 0, prevRev = 0, latest: KubeObject | undefined;
    for (const rs of rss) {
      const v = revisionOf(rs);
      if (v > maxRev) { prevRev = maxRev; target = latest; maxRev = v; latest = rs; }
      else if (v > prevRev) { prevRev = v; target = rs; }
    }
    if (!target) return warn(`no rollout history found for deployment "${action.name}"`);
  }
  const template = rsSpec(target).template as PodTemplateSpec;
  const current = (d.spec as { template?: PodTemplateSpec }).template;
  if (equalIgnoreHash(template, current)) return warn(
    `skipped rollback (current template already matches revision ${revisionOf(target)})`);
  const { [POD_TEMPLATE_HASH_LABEL]: _h, ...labels } = template.metadata?.labels ?? {};
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(target.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[
    k] = v;
  const next: KubeObject = {
    ...d,
    metadata: { ...d.metadata, annotations },
    spec: { ...(d.spec as object), template: { ...template, metadata: { ...(template.metadata ?? {}), labels } } },
  };
  writeObject(ctx.out, ctx.rng, 'deployments', next, d);
}
