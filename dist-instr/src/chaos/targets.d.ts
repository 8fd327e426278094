import type { KubeObject, Pod } from '../api/types.js';
import type { ClusterState, NodeState } from '../reducers/state.js';
type Selector = Readonly<Record<string, string>> | undefined;
/** Pods Running at this instant on a reachable node, not being deleted, matching the selector. */
export declare function runningPods(state: ClusterState, sel: Selector, namespace?: string): Pod[];
export declare const isMirrorPod: (p: Pod) => boolean;
/**
 * The probe a probeFail fault breaks in a pod's first app container: its liveness probe. The
 * kubelet restarts the container, which heals it; a failed readiness probe alone would keep the
 * pod unready for ever, a broken application rather than a hazard of the manifests.
 */
export declare function faultableProbe(p: Pod): 'liveness' | undefined;
/** Reachable, Ready nodes in name order. */
export declare function readyNodes(state: ClusterState): NodeState[];
/**
 * Nodes a node fault may take: Ready, schedulable, matching the selector, and never the last
 * Ready schedulable node (a cluster with no node left cannot run anything, which says nothing
 * about the user's manifests).
 */
export declare function disruptableNodes(state: ClusterState, sel: Selector): NodeState[];
/** Zones (values of `label` on disruptable nodes), each with its nodes, leaving a Ready node outside. */
export declare function disruptableZones(state: ClusterState, sel: Selector, label: string): {
    zone: string;
    nodes: string[];
}[];
export declare const WORKLOAD_RESOURCES: readonly ["deployments", "statefulsets", "daemonsets"];
/**
 * Workloads of these resources whose pod template labels match the selector, not being deleted, in resource then name
 * order.
 */
export declare function workloads(state: ClusterState, resources: readonly string[], sel: Selector, namespace?: string): {
    resource: string;
    object: KubeObject;
}[];
/** Whether a workload has a revision to go back to (an older ReplicaSet or ControllerRevision). */
export declare function hasPreviousRevision(state: ClusterState, resource: string, o: KubeObject): boolean;
/** Workloads an HPA scales: an operator's scale would be undone by the autoscaler, so scale leaves them alone. */
export declare function autoscaled(state: ClusterState): Set<string>;
/**
 * Why the cluster has not settled from an earlier disruption, or undefined when it has: a node
 * lost or not Ready, or a workload with fewer ready pods than it wants (a pod the scheduler
 * found no room for does not count: that is the cluster's steady state, not a disruption).
 * Faults wait for a settled cluster, one disruption at a time, as a chaos experiment's
 * steady-state hypothesis asks; otherwise any workload falls to enough overlapping faults.
 */
export declare function unsettled(state: ClusterState): string | undefined;
/** A workload's pods (through its ReplicaSets for a Deployment). */
export declare function ownedPods(state: ClusterState, resource: string, o: KubeObject): Pod[];
export {};
