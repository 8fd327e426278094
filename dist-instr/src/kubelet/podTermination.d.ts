import type { Outbox } from '../decider/outbox.js';
import type { ClusterState } from '../reducers/state.js';
import type { PodWorker } from './podWorker.js';
import type { PodRuntime } from './runtime.js';
/** status.message of a pod past spec.activeDeadlineSeconds (pkg/kubelet/active_deadline.go). */
export declare const DEADLINE_MESSAGE = "Pod was active on the node longer than the specified deadline";
/** Exit code the runtime reports for a container that vanished with its node (kubectl shows Unknown, 255). */
export declare const LOST_EXIT_CODE = 255;
/**
 * Graceful termination of the whole pod (deletion, active deadline): app containers first,
 * then sidecars once they are gone (KEP-753), each with the remaining grace period.
 */
export declare function terminate(w: PodWorker, p: PodRuntime, graceMs: number, deleteWhenStopped: boolean, state: ClusterState, out: Outbox): void;
/** Once every container stopped: the pod's work is over, and a deleted pod is gone (PodDeleted). */
export declare function checkStopped(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void;
/** spec.activeDeadlineSeconds passed (pkg/kubelet/active_deadline.go). */
export declare function deadline(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void;
/**
 * The node came back (NodeRecovered). kubesim models the loss as the machine going down: every
 * container that was running is gone (exit 255, reason Unknown, as after a reboot), pending
 * timers are dropped, and the pod restarts per its policy from the recovery time; a pod deleted
 * meanwhile finishes terminating at once.
 */
export declare function recover(w: PodWorker, p: PodRuntime, state: ClusterState, out: Outbox): void;
