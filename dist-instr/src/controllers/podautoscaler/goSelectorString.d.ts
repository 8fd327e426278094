import type { LabelSelector } from '../../api/types.js';
/**
 * fmt's %+v of a *metav1.LabelSelector, which the HPA puts in external metric names and errors
 * ("external metric queue(&LabelSelector{MatchLabels:map[string]string{q: jobs,},...})"): the
 * gogo-protobuf String() of apimachinery's generated.pb.go, map keys sorted, "nil" for a nil pointer.
 */
export declare function goLabelSelectorString(sel: LabelSelector | undefined | null): string;
