import type { Draft } from 'immer';
import type { Container, ContainerStatus, Pod } from '../api/types.js';
import type { Uid } from '../api/ids.js';
import { adoptPart, isOwned, ownedPart } from './batchOwned.js';
import { current, isDraft } from './immer.js';
import { deriveConditions, getPhase } from './podStatus.js';
import type { ClusterState } from './state.js';
import type { Table } from './table.js';
import { podPhaseChanged } from './quotaUsage.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type OwnedPod = Mutable<Pod>;

/**
 * The pod at `uid` as a plain copy owned by this reducer batch (batchOwned.ts ownedPart), put in
 * the table on the first change of the batch; the batch's later facts change that copy in place.
 * At scale a pod's start-up is one kubelet batch of four facts (PodSandboxReady, ImagePulled,
 * ContainerCreated, ContainerStarted): each of them used to copy the pod, its status, the list and
 * the container's status, and write the table (measured: 3.0, 0.9, 0.9 and 2.0 KB per fact).
 * Immer drafts are not used for pods: only the table's path goes through copy-on-write. Call it
 * only when the fact changes the pod, so that a pod no fact changed keeps its identity.
 */
export function ownedPod(s: Draft<ClusterState>, uid: Uid): OwnedPod | undefined {
  // A pod drafted by tget earlier in the batch (no pod reducer does now) is folded in as it stands.
  const pods = s.pods as unknown as Table<Pod>;
  // latest, not get: get would make an immer draft of the pod.
  const v = pods.latest(uid);
  if (v === undefined) return undefined;
  const pod = isDraft(v) ? adoptPart(current(v as Draft<Pod>) as Pod) : isOwned(v) ? v : adoptPart(copyOfPod(v));
  if (pod !== v) pods.set(uid, pod as Pod);
  return pod;
}

const POD_KEYS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];
/**
 * A shallow copy of a pod: a literal when its keys are the usual five in the usual order, so all
 * five are in-object (Object.assign({}, pod) leaves the fifth in a separate property array, 64
 * bytes a pod version keeps); other pods as copyOf. Same keys, same order either way.
 */
function copyOfPod(p: Pod): OwnedPod {
  let i = 0;
  for (const k in p) if (POD_KEYS[i++] !== k) return copyOf(p);
  if (i !== POD_KEYS.length) return copyOf(p);
  return { apiVersion: p.apiVersion, kind: p.kind, metadata: p.metadata, spec: p.spec, status: p.status };
}

/** The pod as it stands in this batch (never an immer draft): read it to decide, then own it to change it. */
export function latestPod(s: Draft<ClusterState>, uid: Uid): Pod | undefined {
  const v = (s.pods as unknown as Table<Pod>).latest(uid);
  return v !== undefined && isDraft(v) ? current(v as Draft<Pod>) as Pod : v;
}

/** The owned pod's status, owned by the batch too (assigning the key keeps its place). */
export function ownedStatus(pod: OwnedPod): Mutable<Pod['status']> {
  const status = ownedPart(pod.status);
  pod.status = status;
  return status;
}

/**
 * A shallow copy to add keys to: Object.assign({}, o), not `{ ...o, newKey }`. V8 gives a spread
 * copy a hidden class of its own with no room, and each key then added that the source lacks cost
 * ~300 bytes (measured: a pod status with the sandbox's 6 new keys, 2.4 KB spread, 0.4 KB this
 * way). Same own keys, same order: assigning a key the source has keeps its place.
 */
export const copyOf = <T extends object>(o: T): { -readonly [K in keyof T]: T[K] } => Object.assign({}, o);

/** The spec of container `name` and whether it is an init container (loops: no result object). */
function containerSpec(pod: Pod, name: string): Container | undefined {
  for (const c of pod.spec.containers) if (c.name === name) return c;
  for (const c of pod.spec.initContainers ?? []) if (c.name === name) return c;
  return undefined;
}
const isAppContainer = (pod: Pod, c: Container): boolean => pod.spec.containers.includes(c);

/**
 * A container's status before the runtime knows it: kubelet_pods.go convertToAPIContainerStatuses
 * sets every container (init and app) to Waiting "ContainerCreating", or "PodInitializing" when
 * the pod has init containers (so kubectl prints `Init:0/N`, not `Init:ContainerCreating`).
 */
export const newContainerStatus = (c: Container, pod: Pod): ContainerStatus =>
  ({ name: c.name, image: c.image ?? '', imageID: '', ready: false, started: false, restartCount: 0,
    state: { waiting: { reason: pod.spec.initContainers?.length ? 'PodInitializing' : 'ContainerCreating' } },
    lastState: {} });

/** Every container's status in spec order: the one reported, or a new Waiting one (newContainerStatus). */
export function defaultStatuses(pod: Pod): { inits: ContainerStatus[]; apps: ContainerStatus[] } {
  const fill = (specs: readonly Container[] | undefined, have: readonly ContainerStatus[] | undefined) =>
    (specs ?? []).map((c) => have?.find((x) => x.name === c.name) ?? newContainerStatus(c, pod));
  return { inits: fill(pod.spec.initContainers, pod.status.initContainerStatuses),
    apps: fill(pod.spec.containers, pod.status.containerStatuses) };
}

/**
 * The kubelet writes a status for every container it has not reported yet (their defaults) at
 * the start of each sync, before volumes are mounted and the sandbox exists (kubelet.go SyncPod:
 * generateAPIPodStatus, then WaitForAttachAndMount): on the owned pod, lists owned by the batch.
 */
export function setDefaultStatuses(pod: OwnedPod, inits: ContainerStatus[], apps: ContainerStatus[]): void {
  const status = ownedStatus(pod);
  // Assigned, not spread from a conditional object: the same keys in the same order.
  if (inits.length) status.initContainerStatuses = adoptPart(inits);
  status.containerStatuses = adoptPart(apps);
}

/**
 * One container's status replaced by `fn(status)` (created first if the kubelet has not reported
 * it yet) on the batch's owned pod, which is returned; undefined (nothing owned or changed) when
 * the container is unknown or `fn` declines. `fn` decides before it changes anything: it may
 * change `ownedPart(st)` in place, the status this batch already owns.
 */
export function changeContainer(s: Draft<ClusterState>, uid: Uid, name: string, fn: (st: ContainerStatus,
  spec: Container, init: boolean) => ContainerStatus | undefined): OwnedPod | undefined {
  const before = latestPod(s, uid);
  if (before === undefined) return undefined;
  const c = containerSpec(before, name);
  if (!c) return undefined;
  const init = !isAppContainer(before, c);
  const key = init ? 'initContainerStatuses' : 'containerStatuses';
  const list = before.status[key];
  let i = -1;
  if (list) for (let j = 0; j < list.length; j++) if (list[j].name === name) { i = j; break; }
  const next = fn(i >= 0 ? list![i] : adoptPart(newContainerStatus(c, before)), c, init);
  if (!next) return undefined;
  const pod = ownedPod(s, uid)!;
  const status = ownedStatus(pod);
  const have = status[key];
  const nl = have === undefined ? adoptPart([] as ContainerStatus[]) : ownedPart(have);
  if (i >= 0) nl[i] = next; else nl.push(next);
  // Assigned, not computed in a literal: the key keeps its place, or comes last when new.
  status[key] = nl;
  return pod;
}

const sameConditions = (a: Pod['status']['conditions'], b: Pod['status']['conditions']): boolean =>
  a.length === b.length && a.every((x, i) => x.type === b[i].type && x.status === b[i].status
    && x.reason === b[i].reason && x.message === b[i].message && x.lastTransitionTime === b[i].lastTransitionTime
      && x.lastProbeTime === b[i].lastProbeTime);

/**
 * Phase and conditions recomputed (podStatus.ts) on the batch's owned pod, in place; a list of
 * conditions that says the same is kept. Quota hears of a pod that became terminal.
 */
export function refresh(s: Draft<ClusterState>, pod: OwnedPod, at: number): void {
  const before = pod.status.phase;
  const phase = getPhase(pod);
  if (phase !== before) {
    ownedStatus(pod).phase = phase;
    podPhaseChanged(s, pod, before);
  }
  const conditions = deriveConditions(pod, at);
  if (!sameConditions(pod.status.conditions, conditions)) ownedStatus(pod).conditions = conditions;
}
