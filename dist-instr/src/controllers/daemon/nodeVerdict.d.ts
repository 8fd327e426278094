import type { Millis } from '../../api/ids.js';
import { type DaemonPod } from './daemonPod.js';
/** daemon_controller.go NodeShouldRunDaemonPod's answer for one node. */
export type Should = {
    shouldRun: boolean;
    shouldContinueRunning: boolean;
};
/** updateDaemonSetStatus's counts, one bit each, as one node contributes them. */
export declare const DESIRED = 1, CURRENT = 2, MISSCHEDULED = 4, READY = 8, AVAILABLE = 16, UPDATED = 32;
export declare const STATUS_BITS: readonly [1, 2, 4, 8, 16, 32];
/**
 * How update.go rollingUpdate sees one node: findUpdatedPodsOnNode over the node's pods less the
 * ones manage deletes, and whether the new and old pod are available. NOT_WANTED: the node should
 * not run the pod (rollingUpdate walks only the nodes that should).
 */
export declare const NOT_WANTED = 0, NOT_OK = 1, NO_POD = 2, NEW_UNAVAILABLE = 3, NEW_AVAILABLE = 4, OLD_UNAVAILABLE = 5, OLD_AVAILABLE = 6, BOTH_NEW_UNAVAILABLE = 7, BOTH_NEW_AVAILABLE = 8;
export declare const ROLLING_KINDS = 9;
/** What the inputs of podsShouldBeOnNode are besides the node's own: the same for every node in one sync. */
export interface ManageInputs {
    readonly hash: string;
    /** RollingUpdate with a maxSurge above 0 (manage then keeps an old and a new pod on a node). */
    readonly surge: boolean;
    /** manage runs (the DaemonSet is not being deleted). */
    readonly manage: boolean;
    readonly minReadySeconds: number;
    readonly now: Millis;
}
/** One node's share of a sync: what manage does there, its status counts, and how rollingUpdate sees it. */
export interface NodeVerdict {
    /** shouldRun and no daemon pod: a pod is to be created. */
    readonly needing: boolean;
    /** Failed pods (one FailedDaemonPod event each), in the node's pod order. */
    readonly failed: readonly DaemonPod[];
    readonly toDelete: readonly DaemonPod[];
    readonly status: number;
    /** When the node's first pod becomes available (minReadySeconds), or Infinity. */
    readonly availableAt: number;
    readonly rolling: number;
    readonly oldPod: DaemonPod | undefined;
    /**
     * The verdict read `now`: a ready pod not yet available after minReadySeconds. The same inputs
     * give another verdict later, so an incremental sync must look at this node again.
     */
    readonly timed: boolean;
}
/**
 * daemon_controller.go podsShouldBeOnNode for one node (pods sorted by creation), with the node's
 * updateDaemonSetStatus counts and its update.go rollingUpdate view. A pure function of the node's
 * Should, its daemon pods and the sync-wide inputs (and `now`, only when `timed`).
 */
export declare function examineNode(should: Should, pods: readonly DaemonPod[] | undefined, m: ManageInputs): NodeVerdict;
/** Whether an incremental sync must examine the node again at its next sync although nothing about it changed. */
export declare const staysActive: (v: NodeVerdict) => boolean;
