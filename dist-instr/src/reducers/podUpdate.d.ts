import type { Draft } from 'immer';
import type { Container, ContainerStatus, Pod } from '../api/types.js';
import type { Uid } from '../api/ids.js';
import type { ClusterState } from './state.js';
/**
 * Pod status writes as plain copy-on-write: the reducer gets the pod as a plain object, returns a
 * new one, and only the table path (root, branch, bucket) goes through immer proxies. Container
 * facts are most of the log at scale; drafting pod -> status -> containerStatuses -> state for
 * each one cost several times more (measured with benchmarks/kubelet.bench.ts).
 */
export declare function updatePod(s: Draft<ClusterState>, uid: Uid, fn: (pod: Pod) => Pod | undefined): void;
/**
 * A shallow copy to add keys to: Object.assign({}, o), not `{ ...o, newKey }`. V8 gives a spread
 * copy a hidden class of its own with no room, and each key then added that the source lacks cost
 * ~300 bytes (measured: a pod status with the sandbox's 6 new keys, 2.4 KB spread, 0.4 KB this
 * way). Same own keys, same order: assigning a key the source has keeps its place.
 */
export declare const copyOf: <T extends object>(o: T) => { -readonly [K in keyof T]: T[K]; };
/**
 * Deep freeze for plain JSON state (pods): stops at frozen objects, as immer's freeze does, with
 * fewer checks per value (immer also handles drafts, Maps and Sets, which pods never hold).
 */
export declare function deepFreeze<T>(v: T): T;
export declare function specOf(pod: Pod, name: string): {
    c: Container | undefined;
    init: boolean;
};
/**
 * A container's status before the runtime knows it: kubelet_pods.go convertToAPIContainerStatuses
 * sets every container (init and app) to Waiting "ContainerCreating", or "PodInitializing" when
 * the pod has init containers (so kubectl prints `Init:0/N`, not `Init:ContainerCreating`).
 */
export declare const newContainerStatus: (c: Container, pod: Pod) => ContainerStatus;
/**
 * The pod with a status for every container the kubelet has not reported yet (its defaults):
 * the kubelet writes them at the start of each sync, before volumes are mounted and the sandbox
 * exists (kubelet.go SyncPod: generateAPIPodStatus, then WaitForAttachAndMount).
 */
export declare function withDefaultStatuses(pod: Pod): Pod;
/** Every container's status in spec order: the one reported, or a new Waiting one (newContainerStatus). */
export declare function defaultStatuses(pod: Pod): {
    inits: ContainerStatus[];
    apps: ContainerStatus[];
};
/**
 * A pod with one container's status replaced by `fn(status)` (created first if the kubelet has
 * not reported it yet); undefined when the container is unknown or `fn` declines.
 */
export declare function withContainer(pod: Pod, name: string, fn: (st: ContainerStatus, spec: Container, init: boolean) => ContainerStatus | undefined): Pod | undefined;
/** Phase and conditions recomputed (podStatus.ts); the same object when nothing changed. */
export declare function refreshed(pod: Pod, at: number): Pod;
