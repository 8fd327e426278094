import type { Node, Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import type { NodeInfo, PodInfo, Snapshot } from './framework.js';
import { NodeColumns } from './nodeColumns.js';
import type { Matcher } from '../api/labelSelector.js';
/**
 * The scheduler's cache of nodes with their requested resources (kube-scheduler's
 * internal/cache with assumed pods), kept up to date incrementally from the facts the scheduler
 * observes: a pass never scans all pods. A pod the scheduler binds is assumed at once, so the
 * next pod of the same pass sees it; the PodScheduled fact later confirms it.
 *
 * Passes are atomic here (no goroutines), so the cache is its own snapshot.
 */
export declare class SchedulerCache implements Snapshot {
    #private;
    readonly nodes: NodeInfo[];
    /** The nodes' numbers as typed-array columns, rewritten after every change below (nodeColumns.ts). */
    readonly columns: NodeColumns;
    state: ClusterState;
    podsWithAffinityCount: number;
    podsWithRequiredAntiAffinityCount: number;
    taintedNodeCount: number;
    unschedulableNodeCount: number;
    spreadCounts(namespace: string, selectorKey: string, matches: Matcher, anchors: readonly (readonly [string, string])[]): ReadonlyMap<string, number>;
    /** An assigned pod is being deleted: it leaves the spread counts (PodTopologySpread skips terminating pods). */
    markTerminating(p: PodInfo): void;
    /** A cached pod's object changed: kept current, and re-indexed when its labels did. */
    setPod(p: PodInfo, pod: Pod): void;
    get(name: string): NodeInfo | undefined;
    imageNodeCount(image: string): number;
    /** An assigned (or assumed) pod by uid. */
    pod(uid: string): PodInfo | undefined;
    get podCount(): number;
    addNode(node: Node): void;
    updateNode(node: Node): void;
    removeNode(name: string): void;
    /** Adds an assigned or assumed pod; returns false when it was already there. */
    addPod(p: PodInfo, nodeName: string): boolean;
    removePod(uid: string): PodInfo | undefined;
}
