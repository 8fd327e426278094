/** nodeports/node_ports.go ErrReason. */
export declare const ERR_REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";
/**
 * NodePorts: a pod's host ports (containers and sidecars, util.GetHostPorts) must be free on the
 * node. PreFilter skips the Filter for a pod without host ports, as kube-scheduler does. The
 * rejection is Unschedulable, not UnschedulableAndUnresolvable: evicting the pod that holds the
 * port would free it, so preemption may try.
 */
export declare const nodePorts: {
    name: "NodePorts";
    events: ("NodeAdd" | "NodeTaintChange" | "AssignedPodDelete")[];
    preFilter(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo): import("../status.js").Status;
    filter(_s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, node: import("../types.js").NodeInfo): import("../status.js").Status;
    filterNodes(s: import("../cycleState.js").CycleState, pod: import("../types.js").PodInfo, nodes: readonly import("../types.js").NodeInfo[], out: import("../status.js").Status[]): void;
};
