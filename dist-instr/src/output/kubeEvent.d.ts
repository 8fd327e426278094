import type { ClusterEvent } from '../events/index.js';
/** A fact as `kubectl get events` / `kubectl describe` shows it. */
export interface KubeEventView {
    readonly type: 'Normal' | 'Warning';
    readonly reason: string;
    readonly object: string;
    readonly message: string;
}
/** Go's time.Duration String() for whole milliseconds: 500ms, 2s, 1.5s, 1m30s. */
export declare function goDuration(ms: number): string;
/**
 * Maps a fact to the Kubernetes Event a user would see, with the reasons and messages the
 * kubelet, scheduler and controllers use (pkg/kubelet/events/event.go, pkg/scheduler).
 * Returns undefined for facts that have no user-visible event.
 */
export declare function kubeEvent(e: ClusterEvent): KubeEventView | undefined;
