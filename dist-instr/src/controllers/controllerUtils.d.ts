import type { Affinity, KubeObject, LabelSelector, Labels, Node, OwnerReference, Pod, PodTemplateSpec } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { Rng } from '../clock/rng.js';
import { type Millis, type ObjectKey, type Uid } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
/**
 * Helpers shared by the workload controllers, after kube-controller-manager's
 * pkg/controller/controller_utils.go and pkg/api/v1/pod/util.go.
 */
/** controller_utils.go SlowStartInitialBatchSize: the first batch of a slow-start create. */
export declare const SLOW_START_INITIAL_BATCH_SIZE = 1;
/** Pods that count toward replicas: not Succeeded/Failed and not being deleted (controller_utils.go IsPodActive). */
export declare const isPodActive: (p: Pod) => boolean;
export declare const isPodTerminating: (p: Pod) => boolean;
/** pkg/api/v1/pod/util.go IsPodReady: the Ready condition is True. */
export declare const isPodReady: (p: Pod) => boolean;
/** When the Ready condition last became True, or undefined. */
export declare function podReadyTime(p: Pod): Millis | undefined;
/**
 * pkg/api/v1/pod/util.go IsPodAvailable: ready, and ready for at least minReadySeconds
 * (`lastTransitionTime + minReadySeconds < now`; minReadySeconds 0 means ready is enough).
 */
export declare function isPodAvailable(p: Pod, minReadySeconds: number, now: Millis): boolean;
/** When a ready pod becomes available (for requeue after minReadySeconds), or undefined. */
export declare function availableAt(p: Pod, minReadySeconds: number): Millis | undefined;
/** apimachinery labels.SelectorFromSet / metav1.LabelSelectorAsSelector semantics. */
export declare function selectorMatches(sel: LabelSelector | Labels | undefined, labels: Labels | undefined, isMap?: boolean): boolean;
/** metav1.NewControllerRef: what controllers set on what they create. */
export declare function newControllerRef(owner: KubeObject): OwnerReference;
export declare const controllerRefOf: (o: {
    metadata: {
        ownerReferences?: readonly OwnerReference[];
    };
}) => OwnerReference | undefined;
/** The pods whose controller is `uid` (the podsByOwner index), in index order. */
export declare function podsOwnedBy(state: ClusterState, uid: Uid): Pod[];
/** Pods without a controller, in a namespace (candidates for adoption). */
export declare function orphanPods(state: ClusterState, namespace: string): Pod[];
/** A pod object by `namespace/name`. */
export declare function podByKey(state: ClusterState, key: ObjectKey): Pod | undefined;
/**
 * ControllerRefManager.ClaimPods (controller_ref_manager.go): keeps owned pods that still match,
 * releases owned pods that stopped matching, adopts matching orphans. Emits PodMetadataChanged
 * for each adoption or release and returns the pods the owner now controls.
 */
export declare function claimPods(state: ClusterState, out: Outbox, owner: KubeObject, matches: (p: Pod) => boolean, filter?: (p: Pod) => boolean): Pod[];
/** ControllerRefManager ReleasePod: drops the owner's reference from a pod that stopped matching. */
export declare function releasePod(out: Outbox, p: Pod, ownerUid: Uid): void;
/**
 * ControllerRefManager AdoptPod for every matching orphan in the owner's namespace; returns the adopted pods as they
 * will be.
 */
export declare function adoptOrphans(state: ClusterState, out: Outbox, owner: KubeObject, matches: (p: Pod) => boolean, filter?: (p: Pod) => boolean): Pod[];
/** JSON with object keys sorted: a stable text of a value for hashing and comparison. */
export declare function canonicalJson(v: unknown): string;
/**
 * Whether canonicalJson(a) === canonicalJson(b), without building either text: every controller
 * compares the status it computed with the stored one at every sync (updateStatus), and the
 * texts were a tenth of a Deployment sync. Objects: the same own keys whose values are not
 * undefined, with equal values; arrays: equal length and items; anything else by its JSON text.
 */
export declare function sameJson(a: unknown, b: unknown): boolean;
export declare const deepEqual: typeof sameJson;
export declare function canonicalJsonOf(v: unknown): string;
/** Emits ObjectStatusUpdated only when the status differs (so a second sync emits nothing). */
export declare function updateStatus(out: Outbox, resource: string, obj: KubeObject, status: unknown): void;
/**
 * Writes a child or changed object the way the API server stores an update: uid and
 * creationTimestamp kept (or minted), generation bumped when the spec changed.
 */
export declare function writeObject(out: Outbox, rng: Rng, resource: string, next: KubeObject, prev: KubeObject | undefined): KubeObject;
/**
 * The delay before a failed sync's retry on client-go's default controller rate limiter
 * (workqueue.DefaultControllerRateLimiter: per item 5 ms * 2^failures, capped at 1000 s), when the
 * failures began at `since` and the retries have come since: after k retries 5 * (2^k - 1) ms have
 * passed, so the next delay is that plus 5 ms. Undefined once `maxRetries` retries are spent (the
 * controller's handleErr then forgets the key until an event brings it back).
 */
export declare function rateLimitedRetryDelay(since: number, now: number, maxRetries: number): number | undefined;
/** A user-facing event, as kube-controller-manager's recorder writes it. */
export declare function recordEvent(out: Outbox, resource: string, obj: KubeObject, reason: string, message: string, eventType?: 'Normal' | 'Warning'): void;
/**
 * controller_utils.go slowStartBatch: runs `count` creations in batches of 1, 2, 4, ... and
 * stops after the first batch with a failure. Returns how many succeeded and the first error.
 */
export declare function slowStartBatch(count: number, initialBatchSize: number, fn: (i: number) => string | undefined): {
    successes: number;
    error?: string;
};
/** intstr.GetScaledValueFromIntOrPercent: an int, or a percentage of `total` rounded up or down. */
export declare function scaledValue(v: number | string | undefined, total: number, roundUp: boolean, dflt: number | string): number;
/** The template's pod labels with extra labels (pod-template-hash, controller-revision-hash). */
export declare function templateLabels(t: PodTemplateSpec, extra?: Labels): Labels;
/** Creation time order, oldest first, ties by name (controller.PodsByCreationTimestamp). */
export declare const byCreation: <T extends {
    metadata: {
        creationTimestamp?: number;
        name: string;
    };
}>(a: T, b: T) => number;
/** The objects of one resource whose controller is `uid` (the objectsByOwner index), by creation. */
export declare function objectsOwnedBy(state: ClusterState, resource: string, uid: Uid): KubeObject[];
/** nodeaffinity.GetRequiredNodeAffinity(pod).Match(node): nodeSelector and required node affinity. */
export declare function nodeMatchesPodAffinity(spec: {
    nodeSelector?: Labels;
    affinity?: Affinity;
}, node: Node): boolean;
/** v1helper.TolerationsTolerateTaint, with the list first (the controllers' call shape). */
export { tolerationsTolerateTaint as toleratesTaint, findUntoleratedTaint } from '../api/tolerations.js';
