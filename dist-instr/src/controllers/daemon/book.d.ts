import type { LabelSelector } from '../../api/types.js';
import { type DaemonPod } from './daemonPod.js';
import { type ManageInputs, type NodeVerdict, type Should } from './nodeVerdict.js';
/** What the book was last reset for: a change of any of these makes every node's verdict stale. */
interface Basis {
    readonly specKey: object;
    readonly index: ReadonlyMap<string, number>;
    readonly m: ManageInputs;
}
/**
 * One DaemonSet's sync kept between syncs, node by node (daemon_controller.go recomputes
 * podsShouldBeOnNode for every node at every sync; its decisions are a pure function of each
 * node's Should and daemon pods, so only the nodes whose inputs changed are examined again):
 * the claimed pods by target node, each node's verdict (nodeVerdict.ts), and the sums
 * updateDaemonSetStatus and rollingUpdate read. Nodes whose verdict acts (a pod to create or
 * delete) or depends on the clock stay active and are examined at every sync, as the scan did.
 */
export declare class DaemonSetBook {
    #private;
    /** The claimed pods on each target node, by creation (controller.PodsByCreationTimestamp). */
    readonly byNode: Map<string, DaemonPod[]>;
    /** Owned pods that stopped matching the selector: released at every sync until the release lands. */
    readonly nonMatching: Map<string, DaemonPod>;
    /** Target nodes with claimed pods that are not nodes (any more). */
    readonly strays: Set<string>;
    /** Claimed pods not terminating and not of the update revision (rollingUpdate has work). */
    oldLive: number;
    readonly counts: number[];
    readonly rollingCount: number[];
    /** Whether the claims were made for this selector; false means `resetClaims`. */
    claimsFor(selector: LabelSelector | undefined): boolean;
    /** Drops everything: the next sync starts over from the owned pods. */
    invalidate(): void;
    /** Whether `d` (this version of the pod) is claimed. */
    claims(d: DaemonPod): boolean;
    /** A pod the owner's view no longer holds (or holds in a newer version). */
    remove(d: DaemonPod): void;
    /** A pod the owner's view holds (new, or a newer version of one removed just before). */
    add(d: DaemonPod, selector: LabelSelector | undefined): void;
    /** The revision hashes some claimed pod carries. */
    liveHashes(): IterableIterator<string>;
    /** Claims again from `owned` (in the view's order); every node's verdict is then stale. */
    resetClaims(owned: Iterable<DaemonPod>, selector: LabelSelector | undefined): void;
    /** Whether the node verdicts hold for these sync-wide inputs (else `resetNodes`). */
    holds(specKey: object, index: ReadonlyMap<string, number>, m: ManageInputs): boolean;
    /** Every node to be examined at this sync, for new sync-wide inputs. */
    resetNodes(basis: Basis): void;
    /** Nodes whose Should changed since the last sync (the node plan's changes). */
    nodesChanged(names: readonly string[], changed: readonly number[]): void;
    /**
     * Examines every node whose pods or Should changed and every active node; returns the active
     * nodes (ascending) and the earliest time a node's first pod becomes available.
     */
    examine(names: readonly string[], should: readonly Should[], m: ManageInputs): {
        active: number[];
        nextAvailable: number;
    };
    verdict(i: number): NodeVerdict;
    oldPodOn(i: number): DaemonPod;
    /** The first `limit` nodes (ascending) of rolling kind k. */
    nodesOfKind(k: number, limit: number): number[];
}
export {};
