import type { ChaosOp } from './commands.js';
import type { FuzzBase, FuzzCase, FuzzFault, PodTarget } from './types.js';
/** A node loss or recovery already in the user's timeline. */
export interface UserNodeEvent {
    readonly at: number;
    readonly node: string;
    readonly lost: boolean;
}
/**
 * Turns generated faults into scenario timeline entries. Node faults never take the last live
 * node (a cluster with no node cannot converge, which would drown real findings) and never lose
 * a node that is already lost; recoveries follow their loss. Entries are in time order.
 */
export declare function faultTimeline(faults: readonly FuzzFault[], nodeNames: readonly string[], pods: readonly PodTarget[], userNodeEvents?: readonly UserNodeEvent[]): Record<string, unknown>[];
/** Node names of a `nodes:` list as the loader expands it (`name`, or `namePrefix` + `count`). */
export declare function nodeNamesOf(nodes: unknown): string[];
/** The scenario document one case describes: the base with the case's seed, node counts and faults. */
export declare function applyCase(base: FuzzBase, c: FuzzCase): Record<string, unknown>;
/** A generated op as a scenario timeline entry: `{at: 3m10s, chaos: {kind: nodeLost, pick: 2, recoverAfter: 1m}}`. */
export declare function chaosEntry(op: ChaosOp): Record<string, unknown>;
/** How big a case's scenario is: objects in manifests and entries in the timeline. */
export declare function caseSize(doc: Readonly<Record<string, unknown>>): {
    objects: number;
    faults: number;
    nodes: number;
};
