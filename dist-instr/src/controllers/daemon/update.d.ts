import type { KubeObject } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext } from '../controller.js';
import { type DaemonPod } from './daemonPod.js';
import { type DaemonSetSpec } from './daemonSetUtil.js';
import type { DaemonSetBook } from './book.js';
/** extensions DaemonSetTemplateGenerationKey: the deprecated pod label with the template generation. */
export declare const POD_TEMPLATE_GENERATION_LABEL = "pod-template-generation";
/**
 * daemon_controller.go syncNodes: deletes the listed pods and creates one pod per node in
 * slow-start batches (at most BurstReplicas), each pinned to its node by node affinity.
 */
export declare function syncNodes(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec, toDelete: readonly DaemonPod[], nodesNeeding: readonly string[], hash: string): void;
/**
 * update.go rollingUpdate. Without surge: delete old pods on at most maxUnavailable nodes
 * (unavailable old pods first, always allowed); manage() recreates them at the new revision.
 * With surge: start a new pod beside the old one on at most maxSurge nodes; manage() deletes the
 * old pod once the new one is available. maxUnavailable and maxSurge round up; both 0 means
 * maxUnavailable 1.
 */
export declare function rollingUpdate(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec, wanted: readonly string[], byNode: ReadonlyMap<string, DaemonPod[]>, hash: string, alreadyDeleting: readonly DaemonPod[]): void;
/**
 * rollingUpdate from the book's count of nodes per kind (nodeVerdict.ts), without walking every
 * wanted node. The walk counts unavailable (surging) nodes as it goes and takes an available old
 * pod (node) as a candidate only while that count is below the bound; the count only grows, so
 * either it ends below the bound and every such node was a candidate, or it does not and none is
 * taken. So: all OLD_UNAVAILABLE nodes, then the first `bound - count` OLD_AVAILABLE ones.
 */
export declare function rollingUpdateFromBook(state: ClusterState, ctx: SyncContext, ds: KubeObject, spec: DaemonSetSpec, book: DaemonSetBook, names: readonly string[], hash: string): void;
