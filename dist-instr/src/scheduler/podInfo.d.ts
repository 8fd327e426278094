import type { Pod, PodSpec } from '../api/types.js';
import type { AffinityTerm, HostPort, PodInfo, Resources } from './framework.js';
/**
 * Requests a container is assumed to have for scoring when it does not set them (a missing key, not an
 * explicit 0) (pkg/scheduler/util/pod_resources.go: DefaultMilliCPURequest = 100, DefaultMemoryRequest = 200 MiB).
 * They apply to the LeastAllocated/MostAllocated/RequestedToCapacityRatio scores only, never to the
 * Fit filter nor to BalancedAllocation.
 */
export declare const DEFAULT_MILLI_CPU_REQUEST = 100;
export declare const DEFAULT_MEMORY_REQUEST: number;
export declare function podResources(spec: PodSpec, nonZero: boolean): Resources;
export declare function hostPortsOf(spec: PodSpec): readonly HostPort[];
/** framework DefaultBindAllHostIP: a host port without hostIP binds every address. */
export declare const DEFAULT_BIND_ALL_HOST_IP = "0.0.0.0";
/** Builds the scheduler's PodInfo from a Pod (once per pod). */
export declare function newPodInfo(pod: Pod): PodInfo;
export declare const hasAffinity: (p: PodInfo) => boolean;
/**
 * Whether an affinity term selects `pod` (framework AffinityTerm.Matches): namespace first, then
 * the label selector. `nsLabels` gives a namespace's labels for namespaceSelector.
 */
export declare function termMatches(t: AffinityTerm, pod: PodInfo, nsLabels: (ns: string) => Readonly<Record<string, string>> | undefined): boolean;
export type { Pod };
