import type { Draft } from 'immer';
import { copyOf, deepFreeze, defaultStatuses, refreshed, updatePod, withDefaultStatuses } from './podUpdate.js';
import { isAutoFreeze } from './immer.js';
import { formatGpuDevices, GPU_INDEX_ANNOTATION } from '../api/gpu.js';
import type { Pod } from '../api/types.js';
import { asUid, type NodeName, type Uid } from '../api/ids.js';
import type { CaseReducers } from './caseReducer.js';
import type { ClusterState } from './state.js';
import { tdel, tget, tmutable, tlatest, tset } from './table.js';
import { fnv1a32 } from '../util/hash.js';
import { ownedNode } from './nodes.js';
import { uidSetAdd, uidSetRemove } from './uidSet.js';

type DPod = Draft<Pod>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The podsByOwner key of pods without a controller: controllers look for orphans to adopt there
 * instead of scanning every pod (ControllerRefManager.ClaimPods).
 */
export const NO_CONTROLLER = '';

/**
 * Pods without a controller are spread over ORPHAN_SHARDS index keys (`#<n>`), so that 150,000
 * bare pods do not make every PodCreated copy one record of 150,000 uids (measured: 13% of the
 * pipeline at 10,000 pods, quadratic beyond). Read them with orphanIndexKeys().
 */
export const ORPHAN_SHARDS = 1024;
// The shard takes the hash's bits above the 4 that pick a UidSet chunk (uidSet.ts chunkOf): with
// the same low bits every uid of a shard fell into one chunk, and each PodCreated copied a chunk
// holding the whole shard (quadratic; 8% of pipeline.large).
export const orphanShardKey = (uid: Uid): string => `${NO_CONTROLLER}#${(fnv1a32(uid) >>> 4) & (ORPHAN_SHARDS - 1)}`;
export const isOrphanKey = (key: string): boolean => key.startsWith(`${NO_CONTROLLER}#`);
// The shard keys stand in the owner index where a controller's uid would.
export const orphanIndexKeys = (): Uid[] => Array.from({ length: ORPHAN_SHARDS },
  (_, i) => asUid(`${NO_CONTROLLER}#${i}`));
const ownerIndexKey = (pod: { metadata: { ownerReferences?: readonly { uid: Uid; controller?: boolean }[] } },
  uid: Uid): string =>
  controllerOf(pod) ?? orphanShardKey(uid);

export function controllerOf(pod: { metadata: { ownerReferences?: readonly { uid: Uid;
  controller?: boolean }[] } }): Uid | undefined {
  return pod.metadata.ownerReferences?.find((o) => o.controller)?.uid;
}

// Node lists are plain arrays owned by the batch (Table.mutable), not immer drafts: a pass binding
// 10,000 pods adds to thousands of them, and drafting and finalising each cost more than the copy.
const newList = (): Uid[] => [];
function addToSet(t: Draft<ClusterState>['podsOnNode'], key: string, uid: Uid): void {
  const list = tlatest(t, key);
  if (list?.includes(uid)) return;
  (tmutable(t, key, newList) as Uid[]).push(uid);
}
function removeFromSet(t: Draft<ClusterState>['podsOnNode'], key: string, uid: Uid): void {
  const i = tlatest(t, key)?.indexOf(uid) ?? -1;
  if (i >= 0) (tmutable(t, key, newList) as Uid[]).splice(i, 1);
}

export function podByUid(s: Draft<ClusterState>, uid: Uid): DPod | undefined {
  return tget(s.pods, uid) as DPod | undefined;
}

/**
 * The pod after PodScheduled: nodeName set, nominatedNodeName dropped, the PodScheduled condition
 * replaced. A plain copy (podUpdate.ts), keys in the order an immer draft would leave them:
 * binding 10,000 pods in one batch through drafts of pod -> spec/status cost ~3x more.
 */
function boundPod(pod: Pod, node: NodeName, at: number, gpuDevices?: readonly number[]): Pod {
  const conditions = pod.status.conditions.filter((c) => c.type !== 'PodScheduled');
  conditions.push({ type: 'PodScheduled', status: 'True', lastTransitionTime: at, lastProbeTime: null });
  // Spreading then naming `conditions` keeps its key where it was, as assigning through a draft does.
  let status: Pod['status'];
  if ('nominatedNodeName' in pod.status) { const { nominatedNodeName: _drop, ...rest } = pod.status;
    status = { ...rest, conditions }; }
  else status = { ...pod.status, conditions };
  // GPU sharing: the devices go into the pod's annotation, as open-gpu-share's Reserve patches it.
  const metadata = gpuDevices ? { ...pod.metadata, annotations: { ...pod.metadata.annotations,
    [GPU_INDEX_ANNOTATION]: formatGpuDevices(gpuDevices) } } : pod.metadata;
  const spec = copyOf(pod.spec);
  spec.nodeName = node;
  const next = { ...pod, metadata, spec, status };
  if (isAutoFreeze()) {
    // Frozen as updatePod would (deeply), by hand: what the copy shares with `pod` deeply (a no-op
    // once frozen: the spec's parts are shared by every pod of a template), then the new shells.
    // immer's generic deep freeze cost ~5 us per bind.
    deepFreeze(pod.metadata);
    deepFreeze(pod.spec);
    for (const c of conditions) deepFreeze(c);
    for (const k in status) deepFreeze(status[k as keyof typeof status]);
    Object.freeze(conditions);
    Object.freeze(status);
    Object.freeze(next.spec);
    if (metadata !== pod.metadata) deepFreeze(metadata);
    Object.freeze(next);
  }
  return next;
}

export const podReducers = {
  PodCreated(s, e) {
    tset(s.pods, e.uid, e.object as DPod);
    tset(s.podUids, e.pod, e.uid);
    if (e.object.spec.nodeName) addToSet(s.podsOnNode, e.object.spec.nodeName, e.uid);
    const owner = ownerIndexKey(e.object, e.uid);
    uidSetAdd(s.podsByOwner, owner, e.uid);
    if (isOrphanKey(owner)) s.orphanPodCount++;
  },
  PodScheduled(s, e) {
    if (!tlatest(s.pods, e.uid)) return;
    updatePod(s, e.uid, (pod) => boundPod(pod, e.node, e.at, e.gpuDevices));
    addToSet(s.podsOnNode, e.node, e.uid);
  },
  FailedScheduling(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    const old = pod.status.conditions.find((c) => c.type === 'PodScheduled');
    const conds = pod.status.conditions.filter((c) => c.type !== 'PodScheduled');
    conds.push({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: e.message,
      lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : e.at, lastProbeTime: null });
    pod.status.conditions = conds;
    if (e.nominatedNode) pod.status.nominatedNodeName = e.nominatedNode;
  },
  PodSchedulingGated(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    // pkg/registry/core/pod/strategy.go applySchedulingGatedCondition: reason PodReasonSchedulingGated and this
    // message.
    const conds = pod.status.conditions.filter((c) => c.type !== 'PodScheduled');
    conds.push({ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated',
      message: 'Scheduling is blocked due to non-empty scheduling gates', lastTransitionTime: e.at,
        lastProbeTime: null });
    pod.status.conditions = conds;
  },
  PodSchedulingGatesChanged(s, e) {
    // Specs are shared by the pods of a template (admission): a new spec, never a write into it.
    updatePod(s, e.uid, (pod) => {
      const { schedulingGates: _g, ...rest } = pod.spec;
      return { ...pod, spec: e.gates.length ? { ...rest, schedulingGates: e.gates.map((name) => ({ name })) } : rest };
    });
  },
  PodNominated(s, e) {
    const pod = podByUid(s, e.uid);
    if (pod) pod.status.nominatedNodeName = e.node;
  },
  PodTerminating(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod || pod.metadata.deletionTimestamp !== undefined) return;
    pod.metadata.deletionTimestamp = e.at + e.gracePeriodSeconds * 1000;
    pod.metadata.deletionGracePeriodSeconds = e.gracePeriodSeconds;
  },
  PodDeleted(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    if (pod.spec.nodeName) removeFromSet(s.podsOnNode, pod.spec.nodeName, e.uid);
    const owner = ownerIndexKey(pod, e.uid);
    uidSetRemove(s.podsByOwner, owner, e.uid);
    if (isOrphanKey(owner)) s.orphanPodCount--;
    tdel(s.pods, e.uid);
    if (tget(s.podUids, e.pod) === e.uid) tdel(s.podUids, e.pod);
  },
  PodStatusPatched(s, e) {
    updatePod(s, e.uid, (pod) => {
      const status = copyOf(pod.status);
      if (e.phase) status.phase = e.phase;
      if (e.reason !== undefined) status.reason = e.reason;
      if (e.message !== undefined) status.message = e.message;
      if (e.conditions) {
        const types = new Set(e.conditions.map((c) => c.type));
        status.conditions = [...status.conditions.filter((c) => !types.has(c.type)), ...e.conditions];
      }
      const next = { ...pod, status };
      return e.phase === 'Succeeded' || e.phase === 'Failed' ? refreshed(next, e.at) : next;
    });
  },
  FailedMount(s, e) {
    // The kubelet wrote the pod's status (container defaults, conditions) before it waited for
    // the volume: kubectl shows the pod ContainerCreating (or Init:0/N), not Pending.
    updatePod(s, e.uid, (pod) => (pod.status.containerStatuses ? undefined
      : refreshed(withDefaultStatuses(pod), e.at)));
  },
  PodSandboxReady(s, e) {
    // latest, not get: get would draft the pod, and updatePod would then copy it whole (current()).
    const before = tlatest(s.pods, e.uid);
    if (!before) return;
    if (!before.spec.hostNetwork) {
      const node = ownedNode(s, e.node);
      if (node) node.nextPodIP++;
    }
    updatePod(s, e.uid, (pod) => {
      const { inits, apps: reported } = defaultStatuses(pod);
      // Behind init containers, a waiting app container waits for them (kubelet: PodInitializing).
      const apps = inits.length ? reported.map((st) => (st.state.waiting
        ? { ...st, state: { waiting: { reason: 'PodInitializing' } } } : st)) : reported;
      const status: Mutable<Pod['status']> = copyOf(pod.status);
      status.podIP = e.podIP;
      status.podIPs = [{ ip: e.podIP }];
      status.hostIP = e.hostIP;
      status.hostIPs = [{ ip: e.hostIP }];
      status.startTime = pod.status.startTime ?? e.at;
      // Assigned, not spread from a conditional object: the same keys in the same order.
      if (inits.length) status.initContainerStatuses = inits;
      status.containerStatuses = apps;
      return refreshed({ ...pod, status }, e.at);
    });
  },
  PodMetadataChanged(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    if (e.labels) pod.metadata.labels = e.labels;
    if (e.annotations) pod.metadata.annotations = e.annotations;
    if (e.ownerReferences !== undefined) {
      const before = ownerIndexKey(pod, e.uid);
      pod.metadata.ownerReferences = e.ownerReferences as DPod['metadata']['ownerReferences'];
      const after = ownerIndexKey(pod, e.uid);
      if (before !== after) {
        uidSetRemove(s.podsByOwner, before, e.uid);
        uidSetAdd(s.podsByOwner, after, e.uid);
        s.orphanPodCount += (isOrphanKey(after) ? 1 : 0) - (isOrphanKey(before) ? 1 : 0);
      }
    }
  },
  PodSpecUpdated(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    if (e.images) for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      const image = e.images[c.name];
      if (image !== undefined) c.image = image;
    }
    if (e.activeDeadlineSeconds !== undefined) pod.spec.activeDeadlineSeconds = e.activeDeadlineSeconds;
  },
} satisfies CaseReducers;
