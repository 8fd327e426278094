import type { Draft } from 'immer';
import type { Container, ContainerStatus, Pod } from '../api/types.js';
import type { Uid } from '../events/ids.js';
import type { CaseReducers } from './caseReducer.js';
import { deriveConditions, getPhase } from './podStatus.js';
import type { ClusterState } from './state.js';
import { tdel, tdraft, tget, tset } from './table.js';

type DPod = Draft<Pod>;

export function controllerOf(pod: { metadata: { ownerReferences?: readonly { uid: string; controller?: boolean }[] } }): string | undefined {
  return pod.metadata.ownerReferences?.find((o) => o.controller)?.uid;
}

function addToSet(t: Draft<ClusterState>['podsOnNode'], key: string, uid: Uid): void {
  const set = tget(t, key);
  if (set) (set as Record<string, true>)[uid] = true;
  else tset(t, key, { [uid]: true });
}
function removeFromSet(t: Draft<ClusterState>['podsOnNode'], key: string, uid: Uid): void {
  const set = tget(t, key) as Record<string, true> | undefined;
  if (!set) return;
  delete set[uid];
}

/** Recomputes phase and conditions after a change to a pod's containers (see podStatus.ts). */
export function refreshPodStatus(pod: DPod, at: number): void {
  const phase = getPhase(pod as Pod);
  if (phase !== pod.status.phase) pod.status.phase = phase;
  pod.status.conditions = deriveConditions(pod as Pod, at) as DPod['status']['conditions'];
}

const specOf = (pod: Pod, name: string): { c: Container | undefined; init: boolean } => {
  const app = pod.spec.containers.find((c) => c.name === name);
  if (app) return { c: app, init: false };
  return { c: pod.spec.initContainers?.find((c) => c.name === name), init: true };
};

/** The draft status of one container, created if the kubelet has not reported it yet. */
export function containerStatus(pod: DPod, name: string): Draft<ContainerStatus> | undefined {
  const { c, init } = specOf(pod as Pod, name);
  if (!c) return undefined;
  const key = init ? 'initContainerStatuses' : 'containerStatuses';
  const list = (pod.status[key] ?? (pod.status[key] = [])) as Draft<ContainerStatus>[];
  let st = list.find((s) => s.name === name);
  if (!st) {
    st = { name, image: c.image ?? '', imageID: '', ready: false, started: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } }, lastState: {} };
    list.push(st);
  }
  return st;
}

export function podByUid(s: Draft<ClusterState>, uid: Uid): DPod | undefined {
  return tget(s.pods, uid) as DPod | undefined;
}

export const podReducers = {
  PodCreated(s, e) {
    tset(s.pods, e.uid, e.object as DPod);
    tset(s.podUids, e.pod, e.uid);
    if (e.object.spec.nodeName) addToSet(s.podsOnNode, e.object.spec.nodeName, e.uid);
    const owner = controllerOf(e.object);
    if (owner) addToSet(s.podsByOwner, owner, e.uid);
  },
  PodScheduled(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    pod.spec.nodeName = e.node;
    delete pod.status.nominatedNodeName;
    const conds = pod.status.conditions.filter((c) => c.type !== 'PodScheduled');
    conds.push({ type: 'PodScheduled', status: 'True', lastTransitionTime: e.at, lastProbeTime: null });
    pod.status.conditions = conds;
    addToSet(s.podsOnNode, e.node, e.uid);
  },
  FailedScheduling(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    const old = pod.status.conditions.find((c) => c.type === 'PodScheduled');
    const conds = pod.status.conditions.filter((c) => c.type !== 'PodScheduled');
    conds.push({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: e.message, lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : e.at, lastProbeTime: null });
    pod.status.conditions = conds;
    if (e.nominatedNode) pod.status.nominatedNodeName = e.nominatedNode;
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
    const owner = controllerOf(pod);
    if (owner) {
      removeFromSet(s.podsByOwner, owner, e.uid);
      const set = tget(s.podsByOwner, owner);
      if (set && Object.keys(set).length === 0) tdel(s.podsByOwner, owner);
    }
    tdel(s.pods, e.uid);
    if (tget(s.podUids, e.pod) === e.uid) tdel(s.podUids, e.pod);
  },
  PodStatusPatched(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    if (e.phase) pod.status.phase = e.phase;
    if (e.reason !== undefined) pod.status.reason = e.reason;
    if (e.message !== undefined) pod.status.message = e.message;
    if (e.conditions) {
      const types = new Set(e.conditions.map((c) => c.type));
      pod.status.conditions = [...pod.status.conditions.filter((c) => !types.has(c.type)), ...e.conditions] as DPod['status']['conditions'];
    }
    if (e.phase === 'Succeeded' || e.phase === 'Failed') refreshPodStatus(pod, e.at);
  },
  PodSandboxReady(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    pod.status.podIP = e.podIP;
    pod.status.podIPs = [{ ip: e.podIP }];
    pod.status.hostIP = e.hostIP;
    pod.status.hostIPs = [{ ip: e.hostIP }];
    if (pod.status.startTime === undefined) pod.status.startTime = e.at;
    const node = tdraft(s.nodes, e.node);
    if (node && !pod.spec.hostNetwork) node.nextPodIP++;
    const hasInit = (pod.spec.initContainers?.length ?? 0) > 0;
    for (const c of pod.spec.initContainers ?? []) containerStatus(pod, c.name);
    for (const c of pod.spec.containers) {
      const st = containerStatus(pod, c.name);
      if (st && hasInit && st.state.waiting) st.state = { waiting: { reason: 'PodInitializing' } };
    }
    refreshPodStatus(pod, e.at);
  },
  PodMetadataChanged(s, e) {
    const pod = podByUid(s, e.uid);
    if (!pod) return;
    if (e.labels) pod.metadata.labels = e.labels;
    if (e.ownerReferences !== undefined) {
      const before = controllerOf(pod);
      pod.metadata.ownerReferences = e.ownerReferences as DPod['metadata']['ownerReferences'];
      const after = controllerOf(pod);
      if (before !== after) {
        if (before) removeFromSet(s.podsByOwner, before, e.uid);
        if (after) addToSet(s.podsByOwner, after, e.uid);
      }
    }
  },
} satisfies CaseReducers;
