import { type Obj, type Problems } from './common.js';
/** ValidatePersistentVolumeClaimSpec: access modes and a storage request. */
export declare function validatePersistentVolumeClaimSpec(p: Problems, path: string, s: unknown): void;
export declare const validatePersistentVolumeClaim: (p: Problems, o: Obj) => void;
/** A Node manifest: taints, and capacity/allocatable in `status` (extended resources included). */
export declare function validateNode(p: Problems, o: Obj): void;
/** ValidateService, the part kubesim reads: spec.selector is a label set (ValidateLabels). */
export declare const validateService: (p: Problems, o: Obj) => void;
export declare const validateConfigMap: (p: Problems, o: Obj) => void;
export declare function validateSecret(p: Problems, o: Obj): void;
/** Namespace names are DNS-1123 labels (ValidateNamespaceName). */
export declare function validateNamespace(p: Problems, o: Obj): void;
/**
 * scheduling/validation ValidatePriorityClass: values above HighestUserDefinablePriority
 * (api/priority.ts) are reserved for the two system classes.
 */
export declare function validatePriorityClass(p: Problems, o: Obj): void;
