/**
 * What an update may change in a pod or a node, as the API server's update validation decides
 * (pkg/apis/core/validation/validation.go ValidatePodUpdate, ValidateNodeUpdate), and what of
 * that kubesim carries out: labels and annotations of pods; labels, annotations, taints and
 * spec.unschedulable of nodes. Each refusal names its field path.
 */
type Obj = Record<string, unknown>;
export interface FieldRefusal {
    readonly field: string;
    readonly message: string;
}
/**
 * Why an update of a pod from `current` to `next` (both as served, without status) is refused,
 * or [] when it changes only labels and annotations. Spec changes outside ValidatePodUpdate's
 * list get its Forbidden message; those on the list are refused as not simulated.
 */
export declare function podUpdateRefusals(current: Obj, next: Obj): FieldRefusal[];
/**
 * Why an update of a node is refused (ValidateNodeUpdate: podCIDRs and providerID are fixed
 * once set), or []; labels, annotations, taints and spec.unschedulable may change. Status is
 * not updatable here (the registry keeps the stored status on an update of the main resource).
 */
export declare function nodeUpdateRefusals(current: Obj, next: Obj): FieldRefusal[];
/** Whether only spec.unschedulable differs (kubectl cordon / uncordon): recorded as those actions. */
export declare function onlyUnschedulableChanged(current: Obj, next: Obj): boolean;
export {};
