import { podUidsOnNode } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import { podRef, podUidsIn } from './helpers.js';
import { batchInvariant } from './types.js';
/** A pod is bound at most once: spec.nodeName never changes once set, and the node index agrees. */
export const podOnOneNode = batchInvariant('pod-on-one-node', 'a pod is bound to one node for life and listed under that node only', (ctx, report) => {
    for (const uid of podUidsIn(ctx.batch)) {
        const before = tget(ctx.previous.pods, uid), after = tget(ctx.state.pods, uid);
        if (!after)
            continue;
        const was = before?.spec.nodeName, is = after.spec.nodeName;
        if (was && is !== was)
            report(`${podRef(after)} moved from node ${was} to ${is ?? '<none>'}`, [podRef(after), `Node/${was}`]);
        // The node index agrees: listed under its node, and no longer under a node it left (O(1), not a scan of every
        // node).
        if (is && !podUidsOnNode(ctx.state, is).includes(uid))
            report(`${podRef(after)} is bound to ${is} but not listed under it`, [podRef(after), `Node/${is}`]);
        if (was && was !== is && podUidsOnNode(ctx.state, was).includes(uid))
            report(`${podRef(after)} is still listed under ${was}`, [podRef(after), `Node/${was}`]);
    }
});
