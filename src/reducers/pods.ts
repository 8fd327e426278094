import type { Draft } from 'immer';
import { adoptPart, ownedPart } from './batchOwned.js';
import { copyOf, defaultStatuses, latestPod, ownedPod, ownedStatus, refresh, setDefaultStatuses,
  type OwnedPod } from './podUpdate.js';
import { formatGpuDevices, GPU_INDEX_ANNOTATION } from '../api/gpu.js';
import type { Container, Pod } from '../api/types.js';
import { asUid, type NodeName, type Uid } from '../api/ids.js';
import type { CaseReducers } from './caseReducer.js';
import type { ClusterState } from './state.js';
import { tdel, tget, tmutable, tlatest, tset } from './table.js';
import { fnv1a32 } from '../util/hash.js';
import { ownedNode } from './nodes.js';
import { podPhaseChanged } from './quotaUsage.js';
import { scheduledCondition } from './podStatus.js';
import { uidSetAdd, uidSetRemove } from './uidSet.js';


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

/**
 * PodScheduled on the batch's own copy of the pod: nodeName set, nominatedNodeName dropped, the
 * PodScheduled condition replaced; keys where an immer draft would leave them. The spec is copied
 * (the pods of a template share theirs: admission.ts). Drafting pod -> spec/status for 10,000
 * binds in one batch cost ~3x more.
 */
function bind(pod: OwnedPod, node: NodeName, at: number, gpuDevices?: readonly number[]): void {
  const conditions = pod.status.conditions.filter((c) => c.type !== 'PodScheduled');
  conditions.push(scheduledCondition(at));
  if ('nominatedNodeName' in pod.status) {
    // A new record without the key (a delete would turn the owned copy into a slow dictionary).
    const { nominatedNodeName: _drop, ...rest } = pod.status;
    pod.status = adoptPart(rest);
  }
  // Assigning `conditions` keeps its key where it was, as assigning through a draft does.
  ownedStatus(pod).conditions = conditions;
  // GPU sharing: the devices go into the pod's annotation, as open-gpu-share's Reserve patches it.
  if (gpuDevices) {
    const metadata = ownedPart(pod.metadata);
    metadata.annotations = { ...pod.metadata.annotations, [GPU_INDEX_ANNOTATION]: formatGpuDevices(gpuDevices) };
    pod.metadata = metadata;
  }
  const spec = ownedPart(pod.spec);
  spec.nodeName = node;
  pod.spec = spec;
}

/** The pod's PodScheduled condition replaced by `c` (FailedScheduling, PodSchedulingGated). */
function setScheduledCondition(pod: OwnedPod, c: Pod['status']['conditions'][number]): void {
  const conds = pod.status.conditions.filter((x) => x.type !== 'PodScheduled');
  conds.push(c);
  ownedStatus(pod).conditions = conds;
}

export const podReducers = {
  PodCreated(s, e) {
    tset(s.pods, e.uid, e.object as Draft<Pod>);
    tset(s.podUids, e.pod, e.uid);
    if (e.object.spec.nodeName) addToSet(s.podsOnNode, e.object.spec.nodeName, e.uid);
    const owner = ownerIndexKey(e.object, e.uid);
    uidSetAdd(s.podsByOwner, owner, e.uid);
    if (isOrphanKey(owner)) s.orphanPodCount++;
  },
  PodScheduled(s, e) {
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    bind(pod, e.node, e.at, e.gpuDevices);
    addToSet(s.podsOnNode, e.node, e.uid);
  },
  FailedScheduling(s, e) {
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    const old = pod.status.conditions.find((c) => c.type === 'PodScheduled');
    setScheduledCondition(pod, { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: e.message,
      lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : e.at, lastProbeTime: null });
    if (e.nominatedNode) ownedStatus(pod).nominatedNodeName = e.nominatedNode;
  },
  PodSchedulingGated(s, e) {
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    // pkg/registry/core/pod/strategy.go applySchedulingGatedCondition: reason PodReasonSchedulingGated and this
    // message.
    setScheduledCondition(pod, { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated',
      message: 'Scheduling is blocked due to non-empty scheduling gates', lastTransitionTime: e.at,
        lastProbeTime: null });
  },
  PodSchedulingGatesChanged(s, e) {
    // Specs are shared by the pods of a template (admission): a new spec, never a write into it.
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    const { schedulingGates: _g, ...rest } = pod.spec;
    pod.spec = e.gates.length ? { ...rest, schedulingGates: e.gates.map((name) => ({ name })) } : rest;
  },
  PodNominated(s, e) {
    // Unchanged when it names the same node (an immer draft would not copy the pod either).
    if (latestPod(s, e.uid)?.status.nominatedNodeName === e.node) return;
    const pod = ownedPod(s, e.uid);
    if (pod) ownedStatus(pod).nominatedNodeName = e.node;
  },
  PodTerminating(s, e) {
    if (latestPod(s, e.uid)?.metadata.deletionTimestamp !== undefined) return;
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    const metadata = ownedPart(pod.metadata);
    metadata.deletionTimestamp = e.at + e.gracePeriodSeconds * 1000;
    metadata.deletionGracePeriodSeconds = e.gracePeriodSeconds;
    pod.metadata = metadata;
  },
  PodDeleted(s, e) {
    const pod = latestPod(s, e.uid);
    if (!pod) return;
    if (pod.spec.nodeName) removeFromSet(s.podsOnNode, pod.spec.nodeName, e.uid);
    const owner = ownerIndexKey(pod, e.uid);
    uidSetRemove(s.podsByOwner, owner, e.uid);
    if (isOrphanKey(owner)) s.orphanPodCount--;
    tdel(s.pods, e.uid);
    if (tget(s.podUids, e.pod) === e.uid) tdel(s.podUids, e.pod);
  },
  PodStatusPatched(s, e) {
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    const before = pod.status.phase;
    const status = ownedStatus(pod);
    if (e.phase) status.phase = e.phase;
    if (e.reason !== undefined) status.reason = e.reason;
    if (e.message !== undefined) status.message = e.message;
    if (e.conditions) {
      const types = new Set(e.conditions.map((c) => c.type));
      status.conditions = [...status.conditions.filter((c) => !types.has(c.type)), ...e.conditions];
    }
    if (status.phase !== before) podPhaseChanged(s, pod, before);
    if (e.phase === 'Succeeded' || e.phase === 'Failed') refresh(s, pod, e.at);
  },
  FailedMount(s, e) {
    // The kubelet wrote the pod's status (container defaults, conditions) before it waited for
    // the volume: kubectl shows the pod ContainerCreating (or Init:0/N), not Pending.
    const before = latestPod(s, e.uid);
    if (!before || before.status.containerStatuses) return;
    const pod = ownedPod(s, e.uid)!;
    const { inits, apps } = defaultStatuses(pod);
    setDefaultStatuses(pod, inits, apps);
    refresh(s, pod, e.at);
  },
  PodSandboxReady(s, e) {
    const pod = ownedPod(s, e.uid);
    if (!pod) return;
    if (!pod.spec.hostNetwork) {
      const node = ownedNode(s, e.node);
      if (node) node.nextPodIP++;
    }
    const { inits, apps: reported } = defaultStatuses(pod);
    // Behind init containers, a waiting app container waits for them (kubelet: PodInitializing).
    const apps = inits.length ? reported.map((st) => (st.state.waiting
      ? { ...st, state: { waiting: { reason: 'PodInitializing' } } } : st)) : reported;
    const status = ownedStatus(pod);
    status.podIP = e.podIP;
    status.podIPs = [{ ip: e.podIP }];
    status.hostIP = e.hostIP;
    status.hostIPs = [{ ip: e.hostIP }];
    status.startTime = pod.status.startTime ?? e.at;
    setDefaultStatuses(pod, inits, apps);
    refresh(s, pod, e.at);
  },
  PodMetadataChanged(s, e) {
    const current = latestPod(s, e.uid);
    if (!current) return;
    const m = current.metadata;
    // Only what differs is written (an immer draft left a pod whose fields were set to themselves as it was).
    const labels = e.labels && e.labels !== m.labels, annotations = e.annotations && e.annotations !== m.annotations;
    const owners = e.ownerReferences !== undefined && e.ownerReferences !== m.ownerReferences;
    if (!labels && !annotations && !owners) return;
    const pod = ownedPod(s, e.uid)!;
    const metadata = ownedPart(pod.metadata);
    pod.metadata = metadata;
    if (labels) metadata.labels = e.labels;
    if (annotations) metadata.annotations = e.annotations;
    if (owners) {
      const before = ownerIndexKey(current, e.uid);
      metadata.ownerReferences = e.ownerReferences as Pod['metadata']['ownerReferences'];
      const after = ownerIndexKey(pod, e.uid);
      if (before !== after) {
        uidSetRemove(s.podsByOwner, before, e.uid);
        uidSetAdd(s.podsByOwner, after, e.uid);
        s.orphanPodCount += (isOrphanKey(after) ? 1 : 0) - (isOrphanKey(before) ? 1 : 0);
      }
    }
  },
  PodSpecUpdated(s, e) {
    // Only containers whose image differs are copied (their objects are shared by the template's
    // pods), then their lists and the spec: what an immer draft written `c.image = image` left.
    const before = latestPod(s, e.uid);
    if (!before) return;
    const images = e.images ?? {};
    const differs = (list: readonly Container[] | undefined): boolean =>
      list?.some((c) => images[c.name] !== undefined && images[c.name] !== c.image) ?? false;
    const deadline = e.activeDeadlineSeconds !== undefined
      && e.activeDeadlineSeconds !== before.spec.activeDeadlineSeconds;
    if (!deadline && !differs(before.spec.initContainers) && !differs(before.spec.containers)) return;
    const withImages = (list: readonly Container[]): Container[] => list.map((c) => {
      const image = images[c.name];
      if (image === undefined || image === c.image) return c;
      const next = copyOf(c);
      next.image = image;
      return next;
    });
    const pod = ownedPod(s, e.uid)!;
    const spec = ownedPart(pod.spec);
    pod.spec = spec;
    if (differs(spec.initContainers)) spec.initContainers = withImages(spec.initContainers!);
    if (differs(spec.containers)) spec.containers = withImages(spec.containers);
    if (deadline) spec.activeDeadlineSeconds = e.activeDeadlineSeconds;
  },
} satisfies CaseReducers;
