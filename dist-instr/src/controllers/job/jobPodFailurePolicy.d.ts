import type { Pod } from '../../api/types.js';
export interface PodFailurePolicyRule {
    readonly action: 'FailJob' | 'Ignore' | 'Count' | 'FailIndex';
    readonly onExitCodes?: {
        readonly containerName?: string;
        readonly operator: 'In' | 'NotIn';
        readonly values: readonly number[];
    };
    readonly onPodConditions?: readonly {
        readonly type: string;
        readonly status?: string;
    }[];
}
export interface PodFailurePolicy {
    readonly rules: readonly PodFailurePolicyRule[];
}
export type PolicyOutcome = {
    readonly action: PodFailurePolicyRule['action'];
    readonly message: string;
} | undefined;
/**
 * The first rule of the Job's podFailurePolicy that matches a failed pod, with the message the
 * Job's Failed condition carries for FailJob (pkg/controller/job/pod_failure_policy.go,
 * matchPodFailurePolicy). undefined: no rule matched, the failure counts against backoffLimit.
 */
export declare function matchPodFailurePolicy(policy: PodFailurePolicy | undefined, pod: Pod): PolicyOutcome;
