import type { Pod } from '../api/types.js';
import type { Millis, NodeName, ObjectKey, Uid } from '../api/ids.js';

/** A Pod object was created in the API (by the user, a controller, or a node for static pods). */
export type PodCreated = Readonly<{ type: 'PodCreated'; at: Millis; pod: ObjectKey; uid: Uid; object: Pod }>;
/** The scheduler bound the pod to a node (the Binding subresource). */
/** gpuDevices: the GPU devices the pod got on the node (GPU-sharing profiles only; absent otherwise). */
export type PodScheduled = Readonly<{ type: 'PodScheduled'; at: Millis; pod: ObjectKey; uid: Uid; node: NodeName;
  gpuDevices?: readonly number[] }>;
/** A scheduling attempt found no node; `message` is kube-scheduler's "0/N nodes are available: ..." text. */
export type FailedScheduling = Readonly<{ type: 'FailedScheduling'; at: Millis; pod: ObjectKey; uid: Uid;
  message: string; nominatedNode?: NodeName }>;
/**
 * The pod was created with spec.schedulingGates: PodScheduled=False, reason SchedulingGated (the
 * API server's applySchedulingGatedCondition at create), and the scheduler will not try it while
 * gated (the SchedulingGates PreEnqueue plugin). kubesim's scheduler records it when it sees the
 * pod, at the same instant.
 */
export type PodSchedulingGated = Readonly<{ type: 'PodSchedulingGated'; at: Millis; pod: ObjectKey; uid: Uid;
  gates: readonly string[] }>;
/** Gates were patched out of spec.schedulingGates; `gates` is what remains (empty: the pod may be scheduled). */
export type PodSchedulingGatesChanged = Readonly<{ type: 'PodSchedulingGatesChanged'; at: Millis; pod: ObjectKey;
  uid: Uid; gates: readonly string[] }>;
/** Preemption chose a node for the pod and is evicting victims there (status.nominatedNodeName). */
export type PodNominated = Readonly<{ type: 'PodNominated'; at: Millis; pod: ObjectKey; uid: Uid; node: NodeName }>;
/** Deletion was requested: metadata.deletionTimestamp is set and graceful termination begins. */
export type PodTerminating = Readonly<{ type: 'PodTerminating'; at: Millis; pod: ObjectKey; uid: Uid;
  gracePeriodSeconds: number; reason?: string }>;
/** The Pod object is gone from the API. */
export type PodDeleted = Readonly<{ type: 'PodDeleted'; at: Millis; pod: ObjectKey; uid: Uid }>;
/**
 * The pod reached a phase decided outside its containers (eviction, node loss, deadline): the
 * kubelet's or a controller's status write with phase, reason and message.
 */
export type PodStatusPatched = Readonly<{ type: 'PodStatusPatched'; at: Millis; pod: ObjectKey; uid: Uid;
  phase?: Pod['status']['phase']; reason?: string; message?: string; conditions?: Pod['status']['conditions'] }>;
/** The pod sandbox (pause container) is up: the pod has its IP. */
export type PodSandboxReady = Readonly<{ type: 'PodSandboxReady'; at: Millis; pod: ObjectKey; uid: Uid; node: NodeName;
  podIP: string; hostIP: string }>;
/**
 * metadata.labels / ownerReferences changed (adoption and release by controllers), or labels /
 * annotations (an update of the pod through the API: the only pod changes kubesim carries out).
 */
export type PodMetadataChanged = Readonly<{ type: 'PodMetadataChanged'; at: Millis; pod: ObjectKey; uid: Uid;
  labels?: Readonly<Record<string, string>>; annotations?: Readonly<Record<string, string>>;
  ownerReferences?: Pod['metadata']['ownerReferences'] }>;

/**
 * An update of the pod through the API changed what ValidatePodUpdate lets change in place and kubesim carries out:
 * container and init container images, by container name (names are unique across both lists), and
 * spec.activeDeadlineSeconds. The kubelet restarts a running container whose image changed (computePodActions:
 * "definition changed") and fails the pod at its new deadline (active_deadline.go).
 */
export type PodSpecUpdated = Readonly<{ type: 'PodSpecUpdated'; at: Millis; pod: ObjectKey; uid: Uid;
  images?: Readonly<Record<string, string>>; activeDeadlineSeconds?: number }>;

/** kubelet "FailedMount": a volume of the pod cannot be set up (a missing ConfigMap); the sandbox waits. */
export type FailedMount = Readonly<{ type: 'FailedMount'; at: Millis; pod: ObjectKey; uid: Uid; volume: string;
  message: string }>;

export type PodEvent = FailedMount | PodCreated | PodScheduled | FailedScheduling | PodSchedulingGated
  | PodSchedulingGatesChanged | PodNominated | PodTerminating | PodDeleted | PodStatusPatched | PodSandboxReady
    | PodMetadataChanged | PodSpecUpdated;
export const POD_EVENT_TYPES = {
  FailedMount: true,
  PodCreated: true, PodScheduled: true, FailedScheduling: true, PodSchedulingGated: true,
    PodSchedulingGatesChanged: true, PodNominated: true, PodTerminating: true,
  PodDeleted: true, PodStatusPatched: true, PodSandboxReady: true, PodMetadataChanged: true,
  PodSpecUpdated: true,
} satisfies Record<PodEvent['type'], true>;
