import type { KubeObject, Pod } from '../../api/types.js';
import { objectKey, NO_UID } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { computeHash } from '../computeHash.js';
import { type SyncContext } from '../controller.js';
import { byCreation, controllerRefOf, newControllerRef, podsOwnedBy, rateLimitedRetryDelay, recordEvent,
  sameJson, selectorMatches, writeObject } from '../controllerUtils.js';
import { admitObjectCreate } from '../../apiserver/admitObject.js';
import { ANNOTATIONS_TO_SKIP, activeReplicaSets, deploymentSpec, DESIRED_REPLICAS_ANNOTATION, equalIgnoreHash,
  FAILED_RS_CREATE_REASON, FOUND_NEW_RS_REASON, getCondition, maxRevision, maxSurge, MAX_REPLICAS_ANNOTATION,
  newCondition, NEW_RS_REASON, PAUSED_DEPLOY_REASON, POD_TEMPLATE_HASH_LABEL, replicaCount, RESUMED_DEPLOY_REASON,
  revisionOf, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, rsReplicas, rsSpec, rsStatus, setCondition,
  TIMED_OUT_REASON, type DeploymentSpec, type DeploymentStatus } from './deploymentUtil.js';
import { getObject, listObjects, dependentsOf } from '../../reducers/state.js';

/** The new ReplicaSet and the old ones, by creation (shared between the steps of one sync: read only). */
type NewAndOld = { readonly newRS: KubeObject | undefined; readonly oldRSs: readonly KubeObject[] };

/** kubesim's bound on collisions resolved in one sync (Kubernetes requeues once per collision). */
const MAX_COLLISION_RETRIES = 16;
/** deployment_controller.go maxRetries: a failing Deployment is dropped from the queue after 15 retries. */
const DEPLOYMENT_MAX_RETRIES = 15;
import { scaleDeployment } from './scale.js';
import { calculateStatus, syncRolloutStatus } from './progress.js';

/**
 * One syncDeployment in progress: the Deployment and its ReplicaSets as this sync has changed
 * them so far. Writes go out as facts at once; the local copies let later steps of the same sync
 * see them, as the real controller sees the objects its API calls returned.
 */
export class DeploymentSync {
  d: KubeObject;
  status: DeploymentStatus;
  rsList: KubeObject[];
  readonly spec: DeploymentSpec;
  readonly original: KubeObject;
  requeueAfter: number | undefined;

  constructor(readonly state: ClusterState, readonly ctx: SyncContext, d: KubeObject) {
    this.d = d;
    this.original = d;
    this.spec = deploymentSpec(d);
    this.status = (d.status ?? {}) as DeploymentStatus;
    this.rsList = this.getReplicaSetsForDeployment();
  }

  /**
   * deployment_controller.go getReplicaSetsForDeployment (ClaimReplicaSets): owned ReplicaSets that
   * still match the selector, plus matching ReplicaSets without a controller (adopted: left by an
   * Orphan deletion); owned ones that stopped matching are released.
   */
  getReplicaSetsForDeployment(): KubeObject[] {
    const d = this.d, uid = d.metadata.uid ?? NO_UID, ns = d.metadata.namespace ?? 'default';
    const sel = this.spec.selector;
    const out: KubeObject[] = [];
    // An empty selector selects everything: syncDeployment refuses it before claiming anything.
    if (!sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0)) {
      return listObjects(this.state, 'replicasets').filter((rs) => controllerRefOf(rs)?.uid === uid).sort(byCreation);
    }
    // Only owned and controller-less ReplicaSets can be claimed: the objectsByOwner index has both.
    // Each list comes sorted by key (dependentsOf): only a merge with orphans needs another sort.
    const owned = dependentsOf(this.state, uid, 'replicasets');
    const orphans = dependentsOf(this.state, NO_UID, 'replicasets');
    const candidates = orphans.length === 0 ? owned
      : [...owned, ...orphans].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { object: rs } of candidates) {
      if ((rs.metadata.namespace ?? 'default') !== ns) continue;
      const ref = controllerRefOf(rs);
      const matches = selectorMatches(sel, rs.metadata.labels);
      if (ref?.uid === uid) {
        if (matches) { out.push(rs); continue; }
        const { ownerReferences: refs, ...md } = rs.metadata;
        const rest = (refs ?? []).filter((r) => r.uid !== uid);
        writeObject(this.ctx.out, this.ctx.rng, 'replicasets',
          { ...rs, metadata: rest.length ? { ...md, ownerReferences: rest } : md }, rs);
      } else if (!ref && matches && d.metadata.deletionTimestamp === undefined
        && rs.metadata.deletionTimestamp === undefined) {
        out.push(writeObject(this.ctx.out, this.ctx.rng, 'replicasets',
          { ...rs, metadata: { ...rs.metadata, ownerReferences: [...(rs.metadata.ownerReferences ?? []),
            newControllerRef(d)] } }, rs));
      }
    }
    return out.sort(byCreation);
  }

  get now(): number { return this.ctx.now; }

  /** Replaces a ReplicaSet in the local list after a write. */
  replace(rs: KubeObject): void {
    const i = this.rsList.findIndex((x) => x.metadata.name === rs.metadata.name);
    if (i < 0) this.rsList.push(rs); else this.rsList[i] = rs;
    this.#newAndOld = undefined;
  }

  /** The pods of each ReplicaSet, by ReplicaSet uid (getPodMapForDeployment). */
  podMap(): Map<string, Pod[]> {
    return new Map(this.rsList.map((rs) => [rs.metadata.uid ?? NO_UID,
      podsOwnedBy(this.state, rs.metadata.uid ?? NO_UID)]));
  }

  /** SetReplicasAnnotations: desired-replicas and max-replicas (replicas + maxSurge). */
  replicasAnnotations(): Record<string, string> {
    return { [DESIRED_REPLICAS_ANNOTATION]: String(this.spec.replicas),
      [MAX_REPLICAS_ANNOTATION]: String(this.spec.replicas + maxSurge(this.spec)) };
  }

  /**
   * sync.go scaleReplicaSetAndRecordEvent / scaleReplicaSet: writes the new size and the replicas
   * annotations; records "Scaled up|down replica set NAME from A to B". Returns whether it scaled.
   */
  scaleReplicaSetAndRecordEvent(rs: KubeObject, newScale: number): boolean {
    const old = rsReplicas(rs);
    const ann = this.replicasAnnotations();
    const annotationsNeedUpdate = Object.entries(ann).some(([k, v]) => rs.metadata.annotations?.[k] !== v);
    if (old === newScale && !annotationsNeedUpdate) return false;
    const next: KubeObject = { ...rs, metadata: { ...rs.metadata,
      annotations: { ...(rs.metadata.annotations ?? {}), ...ann } }, spec: { ...rsSpec(rs), replicas: newScale } };
    this.replace(writeObject(this.ctx.out, this.ctx.rng, 'replicasets', next, rs));
    if (old === newScale) return false;
    recordEvent(this.ctx.out, 'deployments', this.d, 'ScalingReplicaSet',
      `Scaled ${old < newScale ? 'up' : 'down'} replica set ${rs.metadata.name} from ${old} to ${newScale}`);
    return true;
  }

  setAnnotation(k: string, v: string): void {
    if (this.d.metadata.annotations?.[k] === v) return;
    this.d = { ...this.d, metadata: { ...this.d.metadata, annotations: { ...(this.d.metadata.annotations ?? {}),
      [k]: v } } };
  }

  /**
   * Splits the list into the new ReplicaSet (template equal ignoring the hash; oldest first) and the old ones.
   * A pure function of the list (only `replace` changes it) and the template: one sync asks it up to
   * six times, so the answer is kept until the next `replace`.
   */
  findNewAndOld(): NewAndOld {
    if (this.#newAndOld) return this.#newAndOld;
    const sorted = [...this.rsList].sort(byCreation);
    const newRS = sorted.find((rs) => equalIgnoreHash(rsSpec(rs).template, this.spec.template));
    return (this.#newAndOld = { newRS, oldRSs: sorted.filter((rs) => rs !== newRS) });
  }
  #newAndOld: NewAndOld | undefined;

  /**
   * sync.go getAllReplicaSetsAndSyncRevision / getNewReplicaSet: finds the new ReplicaSet and
   * brings its revision to max(old)+1, or creates it (named `<deployment>-<pod-template-hash>`)
   * when `createIfNotExisted`.
   */
  getAllReplicaSetsAndSyncRevision(createIfNotExisted: boolean): NewAndOld {
    const { newRS: existing, oldRSs } = this.findNewAndOld();
    const newRevision = String(maxRevision(oldRSs) + 1);
    const { out, rng } = this.ctx;
    if (existing) {
      const annotations = this.newReplicaSetAnnotations(existing, newRevision, true);
      const mrs = rsSpec(existing).minReadySeconds ?? 0;
      let rs = existing;
      if (!sameJson(annotations, existing.metadata.annotations ?? {})
        || mrs !== this.spec.minReadySeconds) {
        rs = writeObject(out, rng, 'replicasets', { ...existing, metadata: { ...existing.metadata, annotations },
          spec: { ...rsSpec(existing), minReadySeconds: this.spec.minReadySeconds } }, existing);
        this.replace(rs);
      }
      this.setAnnotation(REVISION_ANNOTATION, rs.metadata.annotations?.[REVISION_ANNOTATION] ?? newRevision);
      if (!getCondition(this.status.conditions, 'Progressing')) {
        this.status = { ...this.status, conditions: setCondition(this.status.conditions ?? [],
          newCondition('Progressing', 'True', FOUND_NEW_RS_REASON, `Found new replica set "${rs.metadata.name}"`,
            this.now)) };
      }
      return { newRS: rs, oldRSs };
    }
    if (!createIfNotExisted) return { newRS: undefined, oldRSs };
    const template = this.spec.template;
    let hash = computeHash(template, this.status.collisionCount);
    // sync.go getNewReplicaSet, AlreadyExists: the name is taken by a ReplicaSet this Deployment does
    // not control, or one with another template: a hash collision. Kubernetes bumps
    // status.collisionCount, writes it and requeues; kubesim retries at once with the new count.
    for (let tries = 0; tries < MAX_COLLISION_RETRIES; tries++) {
      const taken = getObject(this.state, 'replicasets', objectKey(this.d.metadata.namespace ?? 'default',
        `${this.d.metadata.name}-${hash}`));
      if (!taken) break;
      if (controllerRefOf(taken)?.uid === this.d.metadata.uid && equalIgnoreHash(template, rsSpec(taken).template)) {
        return { newRS: taken, oldRSs };
      }
      this.status = { ...this.status, collisionCount: ((this.status.collisionCount ?? 0) + 1) | 0 };
      hash = computeHash(template, this.status.collisionCount);
    }
    const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
    const selector = { ...(this.spec.selector ?? {}), matchLabels: { ...(this.spec.selector?.matchLabels ?? {}),
      [POD_TEMPLATE_HASH_LABEL]: hash } };
    const draft: KubeObject = {
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: { name: `${this.d.metadata.name}-${hash}`, namespace: this.d.metadata.namespace ?? 'default', labels,
        ownerReferences: [newControllerRef(this.d)] },
      spec: { replicas: 0, minReadySeconds: this.spec.minReadySeconds, selector,
        template: { ...template, metadata: { ...(template.metadata ?? {}), labels } } },
    };
    const refusal = admitObjectCreate(this.state, 'replicasets', 'apps', draft.metadata.namespace!,
      draft.metadata.name);
    if (refusal) {
      this.replicaSetCreateFailed(`Failed to create new replica set "${draft.metadata.name}": ${refusal}`);
      return { newRS: undefined, oldRSs };
    }
    const replicas = this.newRSNewReplicas([...oldRSs, draft], draft);
    const created = writeObject(out, rng, 'replicasets', {
      ...draft,
      metadata: { ...draft.metadata, annotations: { ...this.newReplicaSetAnnotations(draft, newRevision, false),
        ...this.replicasAnnotations() } },
      spec: { ...rsSpec(draft), replicas },
    }, undefined);
    this.replace(created);
    if (replicas > 0) recordEvent(out, 'deployments', this.d, 'ScalingReplicaSet',
      `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
    this.setAnnotation(REVISION_ANNOTATION, newRevision);
    this.status = { ...this.status, conditions: setCondition(this.status.conditions ?? [],
      newCondition('Progressing', 'True', NEW_RS_REASON, `Created new replica set "${created.metadata.name}"`,
        this.now)) };
    return { newRS: created, oldRSs };
  }

  /**
   * sync.go getNewReplicaSet when the create fails (a quota, a terminating namespace): Progressing
   * False with reason ReplicaSetCreateError (the Deployment has a progress deadline: 600 s by
   * default), a Warning event, and the error's requeue on the work queue's rate limiter.
   */
  replicaSetCreateFailed(msg: string): void {
    this.status = { ...this.status, conditions: setCondition(this.status.conditions ?? [],
      newCondition('Progressing', 'False', FAILED_RS_CREATE_REASON, msg, this.now)) };
    recordEvent(this.ctx.out, 'deployments', this.d, FAILED_RS_CREATE_REASON, msg, 'Warning');
    const since = getCondition(this.status.conditions, 'Progressing')?.lastTransitionTime ?? this.now;
    this.requeueAfter = rateLimitedRetryDelay(since, this.now, DEPLOYMENT_MAX_RETRIES);
  }

  /**
   * deployment_util.go SetNewReplicaSetAnnotations: the Deployment's own annotations (minus the
   * skipped ones), the revision when it grows, and the revision-history of a reused ReplicaSet.
   */
  newReplicaSetAnnotations(rs: KubeObject, newRevision: string, exists: boolean): Record<string, string> {
    const out: Record<string, string> = { ...(rs.metadata.annotations ?? {}) };
    for (const [k, v] of Object.entries(this.d.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) out[k] = v;
    const oldRevision = rs.metadata.annotations?.[REVISION_ANNOTATION];
    if ((Number(oldRevision ?? 0) || 0) < Number(newRevision)) {
      out[REVISION_ANNOTATION] = newRevision;
      if (exists && oldRevision) {
        const hist = rs.metadata.annotations?.[REVISION_HISTORY_ANNOTATION];
        out[REVISION_HISTORY_ANNOTATION] = hist ? `${hist},${oldRevision}` : oldRevision;
      }
    }
    return out;
  }

  /** deployment_util.go NewRSNewReplicas. */
  newRSNewReplicas(allRSs: readonly KubeObject[], newRS: KubeObject): number {
    if (this.spec.strategy.type === 'Recreate') return this.spec.replicas;
    const maxTotal = this.spec.replicas + maxSurge(this.spec);
    const current = replicaCount(allRSs);
    if (current >= maxTotal) return rsReplicas(newRS);
    const up = Math.min(maxTotal - current, Math.max(0, this.spec.replicas - rsReplicas(newRS)));
    return rsReplicas(newRS) + up;
  }

  /** sync.go calculateStatus (progress.ts). */
  calculateStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): DeploymentStatus {
    return calculateStatus(this, allRSs, newRS);
  }

  /** sync.go syncDeploymentStatus. */
  syncDeploymentStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): void {
    this.status = this.calculateStatus(allRSs, newRS);
  }

  /** progress.go syncRolloutStatus (progress.ts). */
  syncRolloutStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): void {
    syncRolloutStatus(this, allRSs, newRS);
  }

  /** sync.go scale (scale.ts). */
  scale(newRS: KubeObject | undefined, oldRSs: readonly KubeObject[]): void {
    scaleDeployment(this, newRS, oldRSs);
  }

  /** sync.go cleanupDeployment: deletes the oldest unused ReplicaSets beyond revisionHistoryLimit. */
  cleanupDeployment(oldRSs: readonly KubeObject[]): void {
    const cleanable = oldRSs.filter((rs) => rs.metadata.deletionTimestamp === undefined);
    const diff = cleanable.length - this.spec.revisionHistoryLimit;
    if (diff <= 0) return;
    const byRevision = [...cleanable].sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
    for (let i = 0; i < diff; i++) {
      const rs = byRevision[i];
      if ((rsStatus(rs).replicas ?? 0) !== 0 || rsReplicas(rs) !== 0
        || (rs.metadata.generation ?? 1) > (rsStatus(rs).observedGeneration ?? 0)) continue;
      this.ctx.out.emit({ type: 'ObjectDeleted', at: this.now, resource: 'replicasets',
        key: objectKey(rs.metadata.namespace, rs.metadata.name), uid: rs.metadata.uid ?? NO_UID });
    }
  }

  /** sync.go sync: scale, clean up when paused, and write status (no rollout). */
  sync(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    this.scale(newRS, oldRSs);
    if (this.spec.paused) this.cleanupDeployment(this.findNewAndOld().oldRSs);
    const cur = this.findNewAndOld();
    this.syncDeploymentStatus([...cur.oldRSs, cur.newRS], cur.newRS);
  }

  /** deployment_controller.go checkPausedConditions. */
  checkPausedConditions(): void {
    const c = getCondition(this.status.conditions, 'Progressing');
    if (c?.reason === TIMED_OUT_REASON) return;
    const pausedCondExists = c?.reason === PAUSED_DEPLOY_REASON;
    if (this.spec.paused && !pausedCondExists) this.status =
      { ...this.status, conditions: setCondition(this.status.conditions ?? [],
        newCondition('Progressing', 'Unknown', PAUSED_DEPLOY_REASON, 'Deployment is paused', this.now)) };
    else if (!this.spec.paused && pausedCondExists) this.status =
      { ...this.status, conditions: setCondition(this.status.conditions ?? [],
        newCondition('Progressing', 'Unknown', RESUMED_DEPLOY_REASON, 'Deployment is resumed', this.now)) };
  }

  /** deployment_controller.go isScalingEvent: an active ReplicaSet's desired-replicas differs from spec.replicas. */
  isScalingEvent(): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    return activeReplicaSets([...oldRSs, newRS]).some((rs) => {
      const v = rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION];
      return v !== undefined && Number(v) !== this.spec.replicas;
    });
  }

  /** Writes what changed: the Deployment's annotations (ObjectApplied), then its status. */
  flush(): void {
    const { out } = this.ctx;
    if (!sameJson(this.d.metadata, this.original.metadata)) {
      out.emit({ type: 'ObjectApplied', at: this.now, resource: 'deployments',
        key: objectKey(this.d.metadata.namespace, this.d.metadata.name), object: this.d });
    }
    if (!sameJson(this.status, this.original.status ?? {})) {
      out.emit({ type: 'ObjectStatusUpdated', at: this.now, resource: 'deployments',
        key: objectKey(this.d.metadata.namespace, this.d.metadata.name), status: this.status });
    }
  }
}
