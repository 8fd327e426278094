import { SUCCESS, unresolvable } from '../status.js';
import { skipWhenNoNode, toleratesTaint } from './helper.js';
import { names } from './names.js';
/** nodeunschedulable/node_unschedulable.go ErrReasonUnschedulable. */
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
/** core/v1 TaintNodeUnschedulable. */
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
/** Rejects cordoned nodes unless the pod tolerates the unschedulable:NoSchedule taint. */
export const nodeUnschedulable = {
    name: names.NodeUnschedulable,
    events: ['NodeAdd', 'NodeUpdate'],
    preFilter: skipWhenNoNode((snapshot) => snapshot.unschedulableNodeCount),
    filter(_s, pod, node) {
        if (!node.unschedulable)
            return SUCCESS;
        const taint = { key: TAINT_NODE_UNSCHEDULABLE, effect: 'NoSchedule' };
        if ((pod.pod.spec.tolerations ?? []).some((t) => toleratesTaint(t, taint)))
            return SUCCESS;
        return unresolvable(names.NodeUnschedulable, ERR_REASON_UNSCHEDULABLE);
    },
    filterNodes(s, pod, nodes, out) {
        for (let i = 0; i < nodes.length; i++)
            out[i] = this.filter(s, pod, nodes[i]);
    },
};
