import type { KubeObject, Node, Toleration } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import type { ControllerCache, SyncContext } from '../controller.js';
import { type DaemonPod } from './daemonPod.js';
import { type DaemonSetSpec } from './daemonSetUtil.js';
import { OwnedPodView } from './ownedPodView.js';
import type { Should } from './nodeVerdict.js';
import { DaemonSetBook } from './book.js';
export type { Should } from './nodeVerdict.js';
/**
 * The nodes (creation order) and, parallel to them, whether a DaemonSet should run on each;
 * from the cache also the indexes of the nodes whose Should changed since this DaemonSet's
 * last plan (`changed`, meaningful unless `fresh`) and the name -> index map.
 */
export interface NodePlan {
    readonly should: readonly Should[];
    readonly fresh: boolean;
    readonly changed: readonly number[];
    readonly index?: ReadonlyMap<string, number>;
}
/**
 * The DaemonSet controller's cache (an informer index): its pods' summaries per DaemonSet, the
 * node objects, and per DaemonSet the shouldRun of every node, recomputed only for nodes that
 * changed since its last sync. Node objects change only through facts that name the node
 * (`node`), which is how observe() learns of them.
 */
export declare class DaemonSetCache implements ControllerCache {
    #private;
    readonly pods: OwnedPodView<DaemonPod>;
    observe(events: readonly ClusterEvent[], state: ClusterState, prev: ClusterState): void;
    plan(state: ClusterState, dsUid: string, specKey: object, spec: DaemonSetSpec, tols: readonly Toleration[]): NodePlan;
    /** The DaemonSet's book, made on first use. */
    book(dsUid: string): DaemonSetBook;
}
export declare function nodePlan(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec, tols: readonly Toleration[]): NodePlan;
export declare function shouldRunOn(node: Node, specKey: object, spec: DaemonSetSpec, tols: readonly Toleration[]): Should;
