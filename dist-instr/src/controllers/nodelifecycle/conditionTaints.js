import { TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE } from '../../apiserver/admission.js';
/** staging/src/k8s.io/api/core/v1/well_known_taints.go. */
export const TAINT_NODE_MEMORY_PRESSURE = 'node.kubernetes.io/memory-pressure';
export const TAINT_NODE_DISK_PRESSURE = 'node.kubernetes.io/disk-pressure';
export const TAINT_NODE_NETWORK_UNAVAILABLE = 'node.kubernetes.io/network-unavailable';
export const TAINT_NODE_PID_PRESSURE = 'node.kubernetes.io/pid-pressure';
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
/** node_lifecycle_controller.go nodeConditionToTaintKeyStatusMap: condition -> status -> taint key. */
export const NODE_CONDITION_TO_TAINT = {
    Ready: { False: TAINT_NODE_NOT_READY, Unknown: TAINT_NODE_UNREACHABLE },
    MemoryPressure: { True: TAINT_NODE_MEMORY_PRESSURE },
    DiskPressure: { True: TAINT_NODE_DISK_PRESSURE },
    NetworkUnavailable: { True: TAINT_NODE_NETWORK_UNAVAILABLE },
    PIDPressure: { True: TAINT_NODE_PID_PRESSURE },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(NODE_CONDITION_TO_TAINT).flatMap((m) => Object.values(m)));
/**
 * node_lifecycle_controller.go doNoScheduleTaintingPass: the NoSchedule taints a node's conditions
 * and spec.unschedulable call for, against the NoSchedule condition/unschedulable taints it has
 * (taintutils.TaintSetDiff). Other taints are not the controller's.
 */
export function noScheduleTaintDiff(node) {
    const want = [];
    for (const c of node.status.conditions ?? []) {
        const key = NODE_CONDITION_TO_TAINT[c.type]?.[c.status];
        if (key)
            want.push({ key, effect: 'NoSchedule' });
    }
    if (node.spec.unschedulable)
        want.push({ key: TAINT_NODE_UNSCHEDULABLE, effect: 'NoSchedule' });
    const have = (node.spec.taints ?? []).filter((t) => t.effect === 'NoSchedule' && (t.key === TAINT_NODE_UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key)));
    return {
        add: want.filter((w) => !have.some((t) => t.key === w.key)),
        remove: have.filter((t) => !want.some((w) => w.key === t.key)),
    };
}
