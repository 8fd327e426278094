import type { KubeObject, PodSpec, ResourceList } from '../api/types.js';
type Item = Readonly<{
    type?: string;
    max?: ResourceList;
    min?: ResourceList;
    default?: ResourceList;
    defaultRequest?: ResourceList;
    maxLimitRequestRatio?: ResourceList;
}>;
export type LimitRange = KubeObject & {
    readonly spec?: {
        readonly limits?: readonly Item[];
    };
};
/** The annotation LimitRanger writes on a pod it defaulted (limitRangerAnnotation). */
export declare const LIMIT_RANGER_ANNOTATION = "kubernetes.io/limit-ranger";
/**
 * PodMutateLimitFunc: the Container items' default limits and default requests fill what each
 * container and init container leaves out; the annotation names what was set, as
 * "LimitRanger plugin set: cpu, memory request for container web; cpu limit for container web".
 */
export declare function limitRangeDefaults(spec: PodSpec, lrs: readonly LimitRange[]): {
    spec: PodSpec;
    annotation?: string;
};
/**
 * PodValidateLimitFunc: every Container item against each container and init container, every Pod
 * item against the pod's effective requests and limits. The messages are Kubernetes' own.
 */
export declare function limitRangeViolations(spec: PodSpec, lrs: readonly LimitRange[]): string[];
/**
 * PersistentVolumeClaimValidateLimitFunc: each PersistentVolumeClaim item's min (minConstraint) and
 * max (maxRequestConstraint) against the claim's requests (storage); a claim has no limits.
 */
export declare function pvcLimitViolations(pvc: KubeObject, lrs: readonly LimitRange[]): string[];
/** utilerrors.NewAggregate's text (api/problems.ts), for the admission plugins. */
export { aggregate } from '../api/problems.js';
