import type { Condition, Pod, PodPhase } from '../api/types.js';
/**
 * The pod phase from its container statuses, as the kubelet's getPhase computes it
 * (pkg/kubelet/kubelet_pods.go getPhase, 1.29+ with sidecars):
 * - a regular init container that is running, waiting without a previous run, or unreported keeps
 *   the pod Pending; one that failed (now or last time) and will not be restarted
 *   (ContainerShouldRestart: its own restartPolicy and restartPolicyRules, else the pod's) fails the pod;
 * - a sidecar (restartable init container) running but not started, or waiting for its first
 *   start, keeps the pod Pending; terminated sidecars do not count;
 * - app containers: a waiting one with a previous termination counts as stopped (not succeeded);
 *   all stopped: Running while any of them will be restarted (ContainerShouldRestart on its exit
 *   code), else Succeeded when all exited 0, else Failed.
 * `podIsTerminal` (every container stopped during a deletion) turns "all stopped" into
 * Succeeded/Failed whatever the policy. Terminal phases never change back.
 */
export declare function getPhase(pod: Pod): PodPhase;
/**
 * Pod conditions as the kubelet's status manager derives them (pkg/kubelet/status/generate.go:
 * GeneratePodReadyToStartContainersCondition, GeneratePodInitializedCondition,
 * GenerateContainersReadyCondition, GeneratePodReadyCondition), in the order kubectl shows them.
 * lastTransitionTime moves only when a condition's status changes (status_manager.go
 * updateLastTransitionTime).
 */
export declare function deriveConditions(pod: Pod, at: number): Condition[];
export declare const isPodReady: (pod: Pod) => boolean;
