/**
 * Container-level restart policy and restart rules (KEP-5307 ContainerRestartRules, beta and on by
 * default in Kubernetes 1.35): pkg/api/v1/pod/util.go ContainerShouldRestart and
 * findMatchingContainerRestartRule. Used by the kubelet (restart or not) and by the pod phase.
 */
import type { Container, PodSpec } from './types.js';
/**
 * Whether a container that exited with `exitCode` is restarted: with a container-level
 * restartPolicy, its first matching rule (action Restart) first, then that policy; otherwise the
 * pod's restartPolicy (Always when unset). Rules count only beside a container restartPolicy.
 *
 * @example containerShouldRestart({ name: 'a', image: 'x', restartPolicy: 'Never', restartPolicyRules:
 *   [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] }, { containers: [] }, 42) // true
 */
export declare function containerShouldRestart(c: Container, pod: Pick<PodSpec, 'restartPolicy'>, exitCode: number): boolean;
/**
 * Whether a container can be restarted at all (IsContainerRestartable): a Restart rule or a
 * container restartPolicy other than Never, else a pod restartPolicy other than Never.
 */
export declare function isContainerRestartable(c: Container, pod: Pick<PodSpec, 'restartPolicy'>): boolean;
