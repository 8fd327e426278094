import { type Problems } from './common.js';
/**
 * Checks the `kubesim.io/behavior` and `kubesim.io/behavior.<container>` annotations of a pod or
 * pod template at load time, so `kubesim validate` reports them (same parser as the kubelet uses);
 * an annotation for a container the pod does not have is a warning.
 */
export declare function validateBehaviorAnnotations(p: Problems, warnings: Problems, metaPath: string, metadata: unknown, spec: unknown): void;
