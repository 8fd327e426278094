import type { KubeObject, PodTemplateSpec } from '../../api/types.js';
import { objectKey, NO_UID } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { computeHash } from '../computeHash.js';
import type { SyncContext } from '../controller.js';
import { canonicalJsonOf, newControllerRef, objectsOwnedBy, writeObject } from '../controllerUtils.js';
import { getObject } from '../../reducers/state.js';

/** apps/v1 ControllerRevisionHashLabelKey: on pods and on the revisions themselves. */
export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';

export interface ControllerRevision extends KubeObject {
  readonly data: { readonly spec: { readonly template: PodTemplateSpec } };
  readonly revision: number;
}

const templateOf = (r: KubeObject): PodTemplateSpec | undefined => (r as ControllerRevision).data?.spec?.template;
export const revisionNumber = (r: KubeObject): number => (r as ControllerRevision).revision ?? 0;

/**
 * The ControllerRevisions of a StatefulSet or DaemonSet and the one for its current template
 * (pkg/controller/history, stateful_set_control.go getStatefulSetRevisions, daemon
 * controller constructHistory): an equal revision is reused, and renumbered to the next
 * revision when it is not the latest (a rollback); otherwise a new one named
 * `<owner>-<hash>` is created. Returns every revision (sorted by number) and the update one.
 */
export function syncRevisions(state: ClusterState, ctx: SyncContext, owner: KubeObject, template: PodTemplateSpec,
  collisionCount: number | undefined): { revisions: KubeObject[]; update: KubeObject } {
  const revisions = objectsOwnedBy(state, 'controllerrevisions',
    owner.metadata.uid ?? NO_UID).sort((a, b) => revisionNumber(a) - revisionNumber(b));
  const next = (revisions.length ? revisionNumber(revisions[revisions.length - 1]) : 0) + 1;
  const equal = revisions.filter((r) => canonicalJsonOf(templateOf(r)) === canonicalJsonOf(template));
  if (equal.length) {
    const last = equal[equal.length - 1];
    if (last === revisions[revisions.length - 1]) return { revisions, update: last };
    const renumbered = writeObject(ctx.out, ctx.rng, 'controllerrevisions', { ...last, revision: next } as KubeObject,
      last);
    return { revisions: [...revisions.filter((r) => r !== last), renumbered], update: renumbered };
  }
  const hash = computeHash(template, collisionCount);
  const created = writeObject(ctx.out, ctx.rng, 'controllerrevisions', {
    apiVersion: 'apps/v1', kind: 'ControllerRevision',
    metadata: { name: `${owner.metadata.name}-${hash}`, namespace: owner.metadata.namespace ?? 'default',
      labels: { ...(template.metadata?.labels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash },
        ownerReferences: [newControllerRef(owner)] },
    data: { spec: { template } },
    revision: next,
  } as KubeObject, getObject(state, 'controllerrevisions', objectKey(owner.metadata.namespace,
    `${owner.metadata.name}-${hash}`)));
  return { revisions: [...revisions, created], update: created };
}

export const revisionTemplate = (r: KubeObject): PodTemplateSpec => templateOf(r) ?? { spec: { containers: [] } };
export const revisionHash = (r: KubeObject): string => r.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? '';

/**
 * history truncation (stateful_set_control.go truncateHistory, daemon cleanupHistory): deletes the
 * oldest revisions beyond revisionHistoryLimit that no live pod uses and that are neither the
 * current nor the update revision.
 */
export function truncateHistory(ctx: SyncContext, revisions: readonly KubeObject[], live: ReadonlySet<string>,
  limit: number): void {
  const candidates = revisions.filter((r) => !live.has(r.metadata.name));
  const diff = candidates.length - limit;
  for (let i = 0; i < diff; i++) {
    const r = candidates[i];
    ctx.out.emit({ type: 'ObjectDeleted', at: ctx.now, resource: 'controllerrevisions',
      key: objectKey(r.metadata.namespace, r.metadata.name), ...(r.metadata.uid ? { uid: r.metadata.uid } : {}) });
  }
}
