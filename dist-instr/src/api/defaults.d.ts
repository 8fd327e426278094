import type { PodSpec } from './types.js';
/** Probe defaults (pkg/apis/core/v1/defaults.go SetDefaults_Probe). */
export declare const PROBE_DEFAULTS: {
    readonly initialDelaySeconds: 0;
    readonly timeoutSeconds: 1;
    readonly periodSeconds: 10;
    readonly successThreshold: 1;
    readonly failureThreshold: 3;
};
/** pkg/apis/core/v1/defaults.go SetDefaults_PodSpec: TerminationGracePeriodSeconds. */
export declare const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** pkg/apis/core/types.go: DefaultSchedulerName. */
export declare const DEFAULT_SCHEDULER_NAME = "default-scheduler";
/** SetDefaults_ConfigMapVolumeSource / Secret / DownwardAPI / Projected: defaultMode 0644 (420). */
export declare const DEFAULT_VOLUME_MODE = 420;
/**
 * imagePullPolicy default (SetDefaults_Container): Always when the tag is `latest` or absent
 * (and no digest), IfNotPresent otherwise.
 */
export declare function defaultPullPolicy(image: string | undefined): 'Always' | 'IfNotPresent';
/** The PodSpec with the API server's defaults applied, as a `kubectl get -o yaml` would show it. */
export declare function defaultPodSpec(spec: PodSpec): PodSpec;
