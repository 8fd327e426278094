import { type Obj, type Problems } from './common.js';
/** core/validation ValidatePodTemplateSpec: template labels and the pod spec. */
export declare function validatePodTemplate(p: Problems, path: string, t: unknown, extraVolumes?: readonly string[]): Obj | undefined;
/**
 * A controller's selector (apps/v1: required, non-empty, valid) and the template it must match:
 * apps/validation ValidateDeploymentSpec / ValidateStatefulSetSpec / ValidateDaemonSetSpec.
 * Kubernetes does not validate a StatefulSet's template pod spec (a TODO there, because of claim
 * volumes); kubesim does, with the claim template names counted as volumes, since it runs the pods.
 */
export declare function validateSelectorAndTemplate(p: Problems, spec: Obj, kindWord: string, kind: string, extraVolumes?: readonly string[]): void;
/** apps/validation ValidatePodTemplateSpecForReplicaSet: long-running pods only. */
export declare function replicaSetTemplateRules(p: Problems, t: Obj, kind: string): void;
