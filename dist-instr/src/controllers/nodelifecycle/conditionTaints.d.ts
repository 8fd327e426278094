import type { Node, Taint } from '../../api/types.js';
/** staging/src/k8s.io/api/core/v1/well_known_taints.go. */
export declare const TAINT_NODE_MEMORY_PRESSURE = "node.kubernetes.io/memory-pressure";
export declare const TAINT_NODE_DISK_PRESSURE = "node.kubernetes.io/disk-pressure";
export declare const TAINT_NODE_NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";
export declare const TAINT_NODE_PID_PRESSURE = "node.kubernetes.io/pid-pressure";
export declare const TAINT_NODE_UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
/** node_lifecycle_controller.go nodeConditionToTaintKeyStatusMap: condition -> status -> taint key. */
export declare const NODE_CONDITION_TO_TAINT: Readonly<Record<string, Readonly<Record<string, string>>>>;
/**
 * node_lifecycle_controller.go doNoScheduleTaintingPass: the NoSchedule taints a node's conditions
 * and spec.unschedulable call for, against the NoSchedule condition/unschedulable taints it has
 * (taintutils.TaintSetDiff). Other taints are not the controller's.
 */
export declare function noScheduleTaintDiff(node: Node): {
    add: readonly Taint[];
    remove: readonly Taint[];
};
