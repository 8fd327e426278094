import type { Pod } from '../../api/types.js';
import type { Outbox, Timer } from '../../decider/outbox.js';
import type { Component } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ObjectKey } from '../../api/ids.js';
import { type ClusterState } from '../../reducers/state.js';
import type { TimelineAction } from '../../scenario/types.js';
import { type EvictionResult, type PDBStatus } from '../disruption/disruption.js';
/** kubectl drain: a refused eviction (429) is retried after 5 s (staging/src/k8s.io/kubectl/pkg/drain/drain.go). */
export declare const EVICTION_RETRY_MS = 5000;
/** Reasons of the events a drain leaves: when it began and when the node was empty. */
export declare const DRAINING = "Draining";
export declare const DRAINED = "Drained";
/** Annotation of mirror pods (static pods as the API shows them): kubectl drain skips them. */
export declare const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
/** pkg/registry/core/pod/storage/eviction.go: the DisruptionTarget condition an eviction sets. */
export declare const EVICTION_BY_EVICTION_API = "EvictionByEvictionAPI";
/** The drainer's timers: a retry of refused evictions, or a check that the node is empty. */
type DrainDue = Timer & {
    readonly kind: 'DrainRetryDue' | 'DrainCheckDue';
    readonly node: string;
    readonly drain: number;
};
/**
 * The pods `kubectl drain --ignore-daemonsets --delete-emptydir-data --force` evicts: all but DaemonSet and mirror
 * pods.
 */
export declare function podsToEvict(state: ClusterState, node: string): Pod[];
/**
 * `kubectl drain` as a timeline action: cordon the node, then evict every pod but DaemonSet
 * and mirror pods through the Eviction API, honouring PodDisruptionBudgets. A refused eviction
 * (429) is retried every 5 s; the node is drained when every evicted pod is gone. The refusal is
 * logged once per pod, not once per retry.
 */
export declare class Drainer implements Component<DrainDue> {
    #private;
    readonly name = "kubectl-drain";
    readonly timerKinds: readonly ["DrainRetryDue", "DrainCheckDue"];
    act(action: TimelineAction, state: ClusterState, out: Outbox): boolean;
    observe(events: readonly ClusterEvent[], _state: ClusterState, out: Outbox): void;
    fire(t: DrainDue, state: ClusterState, out: Outbox): void;
}
/**
 * One pod through the Eviction API's check (checkEviction, with the budgets already used up in
 * this round in `statuses`): on success the DisruptionTarget condition, the Evicting event and
 * the deletion; on refusal nothing is emitted.
 */
export declare function evict(pod: Pod, state: ClusterState, out: Outbox, statuses: Map<ObjectKey, PDBStatus>, gracePeriodSeconds?: number): EvictionResult;
export declare const drainer: {
    name: string;
    create: () => Drainer;
};
export {};
