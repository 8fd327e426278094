import type { KubeObject, OwnerReference, Pod, PodTemplateSpec, Volume } from '../../api/types.js';
import { admitPod } from '../../apiserver/admission.js';
import { deletePod } from '../../apiserver/apiserver.js';
import { objectKey, type Millis, type ObjectKey, NO_UID, asUid } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { rolloutUndoFromHistory } from '../history/rollback.js';
import { controller, type ControllerDef, type SyncContext, type SyncResult } from '../controller.js';
import { CONTROLLER_REVISION_HASH_LABEL, revisionTemplate, syncRevisions,
  truncateHistory } from '../history/controllerRevision.js';
import {
  availableAt, canonicalJson, claimPods, isPodAvailable, isPodReady, isPodTerminating, newControllerRef, podByKey,
    recordEvent,
  selectorMatches, updateStatus, writeObject,
} from '../controllerUtils.js';
import { ownedPodsKeysFor } from '../podOwnerKeys.js';
import { ownedPodsFactsFor } from '../ownerFacts.js';
import { getObject, objectKeys } from '../../reducers/state.js';
import { STATEFULSET_DEFAULTS } from '../../api/defaults/apps.js';
import { defaultedStrategy, defaultedWorkload, type UpdateStrategy, type WorkloadSpec } from '../workloadSpec.js';

/** apps/v1 StatefulSetPodNameLabel and PodIndexLabel (pod-index label, KEP-4017). */
export const STATEFULSET_POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

interface StatefulSetSpec extends WorkloadSpec {
  readonly replicas: number;
  readonly serviceName?: string;
  readonly podManagementPolicy: 'OrderedReady' | 'Parallel';
  readonly updateStrategy: UpdateStrategy<'RollingUpdate' | 'OnDelete', { readonly partition?: number }>;
  readonly volumeClaimTemplates?: readonly KubeObject[];
  readonly ordinals?: { readonly start?: number };
  readonly persistentVolumeClaimRetentionPolicy: { readonly whenDeleted: 'Retain' | 'Delete';
    readonly whenScaled: 'Retain' | 'Delete' };
}
interface StatefulSetStatus {
  readonly observedGeneration?: number;
  readonly replicas: number;
  readonly readyReplicas?: number;
  readonly currentReplicas?: number;
  readonly updatedReplicas?: number;
  readonly currentRevision?: string;
  readonly updateRevision?: string;
  readonly collisionCount?: number;
  readonly availableReplicas: number;
}

/**
 * apps/v1 SetDefaults_StatefulSet: replicas 1, OrderedReady, RollingUpdate with partition 0,
 * revisionHistoryLimit 10.
 */
export function statefulSetSpec(o: KubeObject): StatefulSetSpec {
  const s = defaultedWorkload<StatefulSetSpec>(o, STATEFULSET_DEFAULTS.revisionHistoryLimit);
  return {
    ...s,
    replicas: s.replicas ?? STATEFULSET_DEFAULTS.replicas,
    podManagementPolicy: s.podManagementPolicy ?? STATEFULSET_DEFAULTS.podManagementPolicy,
    updateStrategy: defaultedStrategy(s.updateStrategy, { partition: STATEFULSET_DEFAULTS.partition }),
    persistentVolumeClaimRetentionPolicy: {
      whenDeleted: s.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? 'Retain',
      whenScaled: s.persistentVolumeClaimRetentionPolicy?.whenScaled ?? 'Retain',
    },
  };
}

/**
 * stateful_set_utils.go updateClaimOwnerRefForSetAndPod (persistentVolumeClaimRetentionPolicy,
 * GA in v1.32): whenDeleted Delete makes the StatefulSet own its claims; whenScaled Delete makes
 * the pod of a condemned ordinal (>= replicas) own its claims instead, so the garbage collector
 * deletes them with the set, or with the pod on scale-down. Retain/Retain: no owner.
 */
export function claimOwnerRefs(set: KubeObject, spec: StatefulSetSpec, pod: { name: string; uid?: string },
  ordinal: number): OwnerReference[] {
  const { whenDeleted, whenScaled } = spec.persistentVolumeClaimRetentionPolicy;
  const start = spec.ordinals?.start ?? 0;
  const scaledDown = ordinal < start || ordinal >= start + spec.replicas;
  if (whenScaled === 'Delete' && scaledDown && pod.uid) return [
    { apiVersion: 'v1', kind: 'Pod', name: pod.name, uid: asUid(pod.uid), controller: true, blockOwnerDeletion: true }];
  return whenDeleted === 'Delete' ? [newControllerRef(set)] : [];
}

/** stateful_set_utils.go getParentNameAndOrdinal: `<set>-<n>` gives n, anything else -1. */
export function getOrdinal(set: KubeObject, pod: Pod): number {
  const prefix = `${set.metadata.name}-`;
  const n = pod.metadata.name;
  if (!n.startsWith(prefix)) return -1;
  const rest = n.slice(prefix.length);
  return /^(0|[1-9]\d*)$/.test(rest) ? Number(rest) : -1;
}

const isCreated = (p: Pod | undefined): p is Pod => p !== undefined;
const isRunningAndReady = (p: Pod): boolean => p.status.phase === 'Running' && isPodReady(p);
const isRunningAndAvailable = (p: Pod, mrs: number, now: Millis): boolean => p.status.phase === 'Running'
  && isPodAvailable(p, mrs, now);
const isHealthy = (p: Pod): boolean => isRunningAndReady(p) && !isPodTerminating(p);
const podRevision = (p: Pod): string => p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? '';

/** stateful_set_utils.go getPersistentVolumeClaimName: `<template>-<set>-<ordinal>`. */
export const claimName = (set: KubeObject, template: KubeObject, ordinal: number): string =>
  `${template.metadata.name}-${set.metadata.name}-${ordinal}`;

/**
 * stateful_set_utils.go newStatefulSetPod + initIdentity + updateStorage: name `<set>-<ordinal>`,
 * hostname and subdomain, the pod-name / pod-index / controller-revision-hash labels, and a
 * persistentVolumeClaim volume per volumeClaimTemplate.
 */
function newStatefulSetPod(set: KubeObject, spec: StatefulSetSpec, template: PodTemplateSpec, revision: string,
  ordinal: number) {
  const name = `${set.metadata.name}-${ordinal}`;
  const claims: Volume[] = (spec.volumeClaimTemplates ?? []).map((t) =>
    ({ name: t.metadata.name, persistentVolumeClaim: { claimName: claimName(set, t, ordinal) } }));
  const claimNames = new Set(claims.map((c) => c.name));
  const volumes = [...(template.spec.volumes ?? []).filter((v) => !claimNames.has(v.name)), ...claims];
  return {
    name,
    manifest: {
      metadata: {
        namespace: set.metadata.namespace ?? 'default',
        labels: { ...(template.metadata?.labels ?? {}), [STATEFULSET_POD_NAME_LABEL]: name,
          [POD_INDEX_LABEL]: String(ordinal), [CONTROLLER_REVISION_HASH_LABEL]: revision },
        ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
      },
      spec: { ...template.spec, hostname: name, ...(spec.serviceName ? { subdomain: spec.serviceName } : {}),
        ...(volumes.length ? { volumes } : {}) },
    },
  };
}

/**
 * stateful_set_control.go createPersistentVolumeClaims: the claims of one ordinal, created when
 * missing (kubesim binds them at once: status.phase Bound). They are not owned by the pod, so
 * they outlive it and the next pod of that ordinal mounts the same claim.
 */
function createPersistentVolumeClaims(state: ClusterState, ctx: SyncContext, set: KubeObject, spec: StatefulSetSpec,
  podName: string, ordinal: number): void {
  for (const t of spec.volumeClaimTemplates ?? []) {
    const name = claimName(set, t, ordinal);
    const key = objectKey(set.metadata.namespace, name);
    if (getObject(state, 'persistentvolumeclaims', key)) continue;
    const owners = claimOwnerRefs(set, spec, { name: podName }, ordinal);
    const tspec = (t.spec ?? {}) as { accessModes?: string[]; resources?: { requests?: Record<string, string> } };
    writeObject(ctx.out, ctx.rng, 'persistentvolumeclaims', {
      apiVersion: 'v1', kind: 'PersistentVolumeClaim',
      metadata: { name, namespace: set.metadata.namespace ?? 'default',
        labels: { ...(t.metadata.labels ?? {}), ...(spec.selector?.matchLabels ?? {}) },
          ...(owners.length ? { ownerReferences: owners } : {}) },
      spec: { volumeMode: 'Filesystem', ...tspec },
      status: { phase: 'Bound', ...(tspec.accessModes ? { accessModes: tspec.accessModes } : {}),
        ...(tspec.resources?.requests?.storage ? { capacity: { storage: tspec.resources.requests.storage } } : {}) },
    }, undefined);
    recordEvent(ctx.out, 'statefulsets', set, 'SuccessfulCreate',
      `create Claim ${name} Pod ${podName} in StatefulSet ${set.metadata.name} success`);
  }
}

/**
 * stateful_set_control.go updateStatefulSet: fill the ordinals [0, replicas) at the right
 * revision (in order and one at a time, each Running and Ready first, for OrderedReady; all at
 * once for Parallel), delete condemned ordinals from the highest down, then roll pods that are
 * not at the update revision from the highest ordinal down to the partition, one at a time.
 */
export function syncStatefulSet(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const set = getObject(state, 'statefulsets', key);
  if (!set) return;
  const spec = statefulSetSpec(set);
  const old = (set.status ?? {}) as Partial<StatefulSetStatus>;
  const sel = spec.selector;
  const pods = claimPods(state, ctx.out, set, (p) => selectorMatches(sel, p.metadata.labels)
    && getOrdinal(set, p) >= 0);
  const { revisions, update } = syncRevisions(state, ctx, set, spec.template, old.collisionCount);
  const current = revisions.find((r) => r.metadata.name === old.currentRevision) ?? update;
  const mrs = spec.minReadySeconds, now = ctx.now;
  const st = { replicas: 0, readyReplicas: 0, currentReplicas: 0, updatedReplicas: 0, availableReplicas: 0 };
  const start = spec.ordinals?.start ?? 0;
  const replicas: (Pod | undefined)[] = new Array(spec.replicas).fill(undefined);
  const condemned: Pod[] = [];
  for (const p of pods) {
    st.replicas++;
    if (isRunningAndReady(p)) { st.readyReplicas++; if (isRunningAndAvailable(p, mrs, now)) st.availableReplicas++; }
    if (!isPodTerminating(p)) {
      if (podRevision(p) === current.metadata.name) st.currentReplicas++;
      if (podRevision(p) === update.metadata.name) st.updatedReplicas++;
    }
    const ord = getOrdinal(set, p) - start;
    if (ord >= 0 && ord < spec.replicas) replicas[ord] = p;
    else condemned.push(p);
  }
  condemned.sort((a, b) => getOrdinal(set, a) - getOrdinal(set, b));
  const monotonic = spec.podManagementPolicy !== 'Parallel';
  const partition = spec.updateStrategy.type === 'RollingUpdate' ? spec.updateStrategy.rollingUpdate?.partition ?? 0
    : 0;

  // UpdatePodClaimForRetentionPolicy: bring every live pod's claims to the owners the policy wants.
  const policy = spec.persistentVolumeClaimRetentionPolicy;
  if (set.metadata.deletionTimestamp === undefined && (policy.whenDeleted !== 'Retain'
    || policy.whenScaled !== 'Retain')) {
    for (const p of pods) {
      if (isPodTerminating(p)) continue;
      const ordinal = getOrdinal(set, p);
      for (const t of spec.volumeClaimTemplates ?? []) {
        const claim = getObject(state, 'persistentvolumeclaims',
          objectKey(set.metadata.namespace, claimName(set, t, ordinal)));
        if (!claim) continue;
        const mine = new Set([set.metadata.uid, p.metadata.uid]);
        const others = (claim.metadata.ownerReferences ?? []).filter((r) => !mine.has(r.uid));
        if (others.some((r) => r.controller)) continue; // hasUnexpectedController: leave it alone
        const want = [...others, ...claimOwnerRefs(set, spec, { name: p.metadata.name, uid: p.metadata.uid ?? NO_UID },
          ordinal)];
        if (canonicalJson(want) === canonicalJson(claim.metadata.ownerReferences ?? [])) continue;
        const { ownerReferences: _o, ...md } = claim.metadata;
        writeObject(ctx.out, ctx.rng, 'persistentvolumeclaims',
          { ...claim, metadata: want.length ? { ...md, ownerReferences: want } : md }, claim);
      }
    }
  }

  const run = (): void => {
    if (set.metadata.deletionTimestamp !== undefined) return;
    const firstUnhealthy = [...replicas, ...condemned].find((p) => !p || !isHealthy(p));
    for (let i = 0; i < replicas.length; i++) {
      const p = replicas[i];
      const ordinal = i + start;
      if (p && (p.status.phase === 'Failed' || p.status.phase === 'Succeeded')) {
        const failed = p.status.phase === 'Failed';
        recordEvent(ctx.out, 'statefulsets', set, failed ? 'RecreatingFailedPod' : 'RecreatingTerminatedPod',
          `StatefulSet ${key} is recreating ${failed ? 'failed' : 'terminated'} Pod ${p.metadata.name}`, 'Warning');
        deletePod(state, ctx.out, p.metadata.namespace ?? 'default', p.metadata.name);
        recordEvent(ctx.out, 'statefulsets', set, 'SuccessfulDelete',
          `delete Pod ${p.metadata.name} in StatefulSet ${set.metadata.name} successful`);
        st.replicas--;
        if (podRevision(p) === current.metadata.name) st.currentReplicas--;
        if (podRevision(p) === update.metadata.name) st.updatedReplicas--;
        if (monotonic) return;
        continue; // the replacement is created once the old pod is gone (next sync)
      }
      if (!isCreated(p)) {
        // newVersionedStatefulSetPod: ordinals below the partition stay at the current revision.
        const atCurrent = spec.updateStrategy.type === 'RollingUpdate' && ordinal < partition;
        const rev = atCurrent ? current : update;
        const { name, manifest } = newStatefulSetPod(set, spec, revisionTemplate(rev), rev.metadata.name, ordinal);
        // the previous pod of this name is still going away
        if (podByKey(state, objectKey(set.metadata.namespace, name))) { if (monotonic) return; continue; }
        createPersistentVolumeClaims(state, ctx, set, spec, name, ordinal);
        const r = admitPod(manifest, state, now, ctx.rng, { name, ownerReferences: [newControllerRef(set)] });
        if ('error' in r) {
          recordEvent(ctx.out, 'statefulsets', set, 'FailedCreate',
            `create Pod ${name} in StatefulSet ${set.metadata.name} failed error: ${r.error}`, 'Warning');
          return;
        }
        ctx.out.emit(r);
        recordEvent(ctx.out, 'statefulsets', set, 'SuccessfulCreate',
          `create Pod ${name} in StatefulSet ${set.metadata.name} successful`);
        st.replicas++;
        if (rev === current) st.currentReplicas++;
        if (rev === update) st.updatedReplicas++;
        if (monotonic) return;
        continue;
      }
      if (isPodTerminating(p) && monotonic) return;
      if (!isRunningAndReady(p) && monotonic) return;
      if (!isRunningAndAvailable(p, mrs, now) && monotonic) return;
    }
    for (let target = condemned.length - 1; target >= 0; target--) {
      const p = condemned[target];
      if (isPodTerminating(p)) { if (monotonic) return; continue; }
      if (!isRunningAndReady(p) && monotonic && p !== firstUnhealthy) return;
      deletePod(state, ctx.out, p.metadata.namespace ?? 'default', p.metadata.name);
      recordEvent(ctx.out, 'statefulsets', set, 'SuccessfulDelete',
        `delete Pod ${p.metadata.name} in StatefulSet ${set.metadata.name} successful`);
      if (monotonic) return;
    }
    if (spec.updateStrategy.type === 'OnDelete') return;
    for (let target = replicas.length - 1; target >= Math.max(0, partition - start); target--) {
      const p = replicas[target];
      if (!p) return;
      if (podRevision(p) !== update.metadata.name && !isPodTerminating(p)) {
        deletePod(state, ctx.out, p.metadata.namespace ?? 'default', p.metadata.name);
        recordEvent(ctx.out, 'statefulsets', set, 'SuccessfulDelete',
          `delete Pod ${p.metadata.name} in StatefulSet ${set.metadata.name} successful`);
        st.currentReplicas--;
        return;
      }
      if (!isHealthy(p)) return;
    }
  };
  run();

  // updateStatefulSetStatus + completeRollingUpdate: once every replica is updated and ready,
  // the update revision becomes the current one.
  let currentRevision = current.metadata.name, currentReplicas = st.currentReplicas;
  if (spec.updateStrategy.type === 'RollingUpdate' && st.updatedReplicas === spec.replicas
    && st.readyReplicas === spec.replicas && st.replicas === spec.replicas) {
    currentRevision = update.metadata.name;
    currentReplicas = st.updatedReplicas;
  }
  const status: StatefulSetStatus = {
    observedGeneration: set.metadata.generation ?? 1,
    replicas: st.replicas,
    ...(st.readyReplicas ? { readyReplicas: st.readyReplicas } : {}),
    ...(currentReplicas ? { currentReplicas } : {}),
    ...(st.updatedReplicas ? { updatedReplicas: st.updatedReplicas } : {}),
    currentRevision,
    updateRevision: update.metadata.name,
    collisionCount: old.collisionCount ?? 0,
    availableReplicas: st.availableReplicas,
  };
  updateStatus(ctx.out, 'statefulsets', set, status);
  const live = new Set<string>([currentRevision, update.metadata.name, ...pods.map(podRevision)]);
  truncateHistory(ctx, revisions, live, spec.revisionHistoryLimit);
  if (mrs > 0) {
    let next = Infinity;
    for (const p of pods) if (isPodReady(p) && !isPodAvailable(p, mrs, now)) next =
      Math.min(next, availableAt(p, mrs) ?? Infinity);
    if (next < Infinity) return { requeueAfter: Math.max(0, next - now) };
  }
}

export const statefulSetControllerDef: ControllerDef = {
  name: 'statefulset-controller',
  initialKeys: (state) => objectKeys(state, 'statefulsets'),
  keysFor: ownedPodsKeysFor('statefulsets', 'StatefulSet',
    (o) => (p) => selectorMatches(statefulSetSpec(o).selector, p.metadata.labels) && getOrdinal(o, p) >= 0),
  factsFor: ownedPodsFactsFor('statefulsets', 'StatefulSet'),
  sync: syncStatefulSet,
  act(action, state, ctx) {
    if (action.kind !== 'rolloutUndo' || action.resource !== 'statefulsets') return false;
    rolloutUndoFromHistory(action, state, ctx);
    return true;
  },
};

export const statefulSet = controller(statefulSetControllerDef);
