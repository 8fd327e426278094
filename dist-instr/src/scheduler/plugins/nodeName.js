import { SKIP, SUCCESS, unresolvable } from '../status.js';
import { names } from './names.js';
/** nodename/node_name.go ErrReason. */
export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";
/** A pod that names a node fits only that node. */
export const nodeName = {
    name: names.NodeName,
    events: ['NodeAdd'],
    // kubesim: a pod without spec.nodeName passes every node, so the Filter is skipped (kube-scheduler
    // runs it and gets Success everywhere; same verdicts, no per-node calls).
    preFilter(_s, pod) {
        return pod.pod.spec.nodeName ? SUCCESS : SKIP;
    },
    filter(_s, pod, node) {
        const want = pod.pod.spec.nodeName;
        return !want || want === node.name ? SUCCESS : unresolvable(names.NodeName, ERR_REASON_NODE_NAME);
    },
    filterNodes(s, pod, nodes, out) {
        for (let i = 0; i < nodes.length; i++)
            out[i] = this.filter(s, pod, nodes[i]);
    },
};
