import { portsConflict } from '../nodeInfo.js';
import { SKIP, SUCCESS, unschedulable } from '../status.js';
import { names } from './names.js';
/** nodeports/node_ports.go ErrReason. */
export const ERR_REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";
/**
 * NodePorts: a pod's host ports (containers and sidecars, util.GetHostPorts) must be free on the
 * node. PreFilter skips the Filter for a pod without host ports, as kube-scheduler does. The
 * rejection is Unschedulable, not UnschedulableAndUnresolvable: evicting the pod that holds the
 * port would free it, so preemption may try.
 */
export const nodePorts = {
    name: names.NodePorts,
    // node_ports.go EventsToRegister: Pod/Delete (ports freed); Node/Add | UpdateNodeTaint |
    // UpdateNodeLabel (kubernetes#109437; kubesim has no label-update fact). Pod updates are ignored:
    // container ports are immutable.
    events: ['AssignedPodDelete', 'NodeAdd', 'NodeTaintChange'],
    preFilter(_s, pod) {
        return pod.hostPorts.length ? SUCCESS : SKIP;
    },
    filter(_s, pod, node) {
        return portsConflict(node, pod.hostPorts) ? unschedulable(names.NodePorts, ERR_REASON_NODE_PORTS) : SUCCESS;
    },
    filterNodes(s, pod, nodes, out) {
        for (let i = 0; i < nodes.length; i++)
            out[i] = this.filter(s, pod, nodes[i]);
    },
};
