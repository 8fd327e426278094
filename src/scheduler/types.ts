import type { NodeName, Uid } from '../api/ids.js';
import type { Labels, Node, Pod, Taint } from '../api/types.js';
import type { GpuRequest, NodeGpu } from './gpuShare.js';
import type { Matcher } from '../api/labelSelector.js';

// The scheduler's view of one pod and one node, computed once and kept in the cache: kube-scheduler's
// pkg/scheduler/framework/types.go (PodInfo, NodeInfo, Resource, HostPortInfo, AffinityTerm).

/** A required or preferred pod (anti-)affinity term, compiled once per pod (framework/types.go AffinityTerm). */
export interface AffinityTerm {
  /** Namespaces the term selects; null when a namespaceSelector decides. */
  readonly namespaces: ReadonlySet<string> | null;
  readonly namespaceSelector: Matcher | null;
  readonly selector: Matcher;
  readonly topologyKey: string;
}
export interface WeightedAffinityTerm extends AffinityTerm { readonly weight: number }

/** Resource amounts in canonical units: cpu in millicores, memory and storage in bytes. */
export interface Resources {
  cpu: number;
  memory: number;
  ephemeralStorage: number;
  /** Extended and hugepage resources, by name. */
  scalar: Record<string, number>;
}

/** A host port a pod asks for, sanitised as framework.HostPortInfo does (hostIP "" is 0.0.0.0, protocol "" is TCP). */
export interface HostPort {
  readonly ip: string;
  readonly protocol: string;
  readonly port: number;
}

/**
 * What the scheduler keeps of a pod (framework.PodInfo / QueuedPodInfo): computed once when the
 * pod is first seen, so filters never parse quantities.
 */
export interface PodInfo {
  readonly uid: Uid;
  /** `namespace/name` */
  readonly key: string;
  readonly namespace: string;
  readonly name: string;
  pod: Pod;
  readonly priority: number;
  readonly req: Resources;
  /** Names of the extended resources the pod requests (sorted): lets the Fit filter skip them in one check. */
  readonly scalarNames: readonly string[];
  /** Requests with the scoring defaults for containers that request nothing (100m, 200Mi). */
  readonly nonZeroCpu: number; readonly nonZeroMemory: number;
  readonly requiredAffinity: readonly AffinityTerm[];
  readonly requiredAntiAffinity: readonly AffinityTerm[];
  readonly preferredAffinity: readonly WeightedAffinityTerm[];
  readonly preferredAntiAffinity: readonly WeightedAffinityTerm[];
  /** util.GetHostPorts: hostPorts of the containers and of restartable (sidecar) init containers. */
  readonly hostPorts: readonly HostPort[];
  /** The node the pod is bound (or assumed) to. */
  nodeName: NodeName | undefined;
  /** GPU share asked for in annotations (gpuShare.ts), undefined for a pod without GPUs. */
  readonly gpu: GpuRequest | undefined;
  /** The GPU devices the pod holds on its node (the bind fact's gpuDevices), if any. */
  gpuDevices: readonly number[] | undefined;
  /** metadata.deletionTimestamp is set. */
  terminating: boolean;
}

/** One node in the scheduler's snapshot with its requested resources precomputed (framework.NodeInfo). */
export interface NodeInfo {
  readonly name: NodeName;
  /** Position in the snapshot's node list (creation order). */
  index: number;
  node: Node;
  labels: Labels;
  taints: readonly Taint[];
  unschedulable: boolean;
  allocatable: Resources & { pods: number };
  requested: Resources;
  nonZeroCpu: number;
  nonZeroMemory: number;
  pods: PodInfo[];
  /** Pods on this node with any pod affinity or anti-affinity. */
  podsWithAffinity: PodInfo[];
  podsWithRequiredAntiAffinity: PodInfo[];
  /** Normalised image name -> size in bytes (node status.images). */
  images: Map<string, number>;
  /**
   * framework.NodeInfo.UsedPorts: `protocol/port` -> host IP -> how many pods use it; undefined
   * until a pod with host ports lands here.
   */
  usedPorts: Map<string, Map<string, number>> | undefined;
  /** The node's GPU devices and the milli left on each (gpuShare.ts); undefined on a node without GPUs. */
  gpu: NodeGpu | undefined;
}
