import { podUidsOnNode } from '../reducers/state.js';
import { podRequests, toAmounts } from '../api/resources.js';
import { tget } from '../reducers/table.js';
import { batchInvariant } from './types.js';
/**
 * The sum of the requests of the non-terminal pods bound to a node never exceeds its allocatable
 * (the NodeResourcesFit filter's promise, pkg/scheduler/framework/plugins/noderesources/fit.go),
 * for every resource the node declares, and the pod count never exceeds allocatable pods.
 */
export const noOvercommit = batchInvariant('no-overcommit', 'requests of pods bound to a node <= its allocatable', (ctx, report) => {
    const nodes = new Set();
    for (const e of ctx.batch)
        if (e.type === 'PodScheduled')
            nodes.add(e.node);
        else if (e.type === 'PodCreated' && e.object.spec.nodeName)
            nodes.add(e.object.spec.nodeName);
    for (const node of [...nodes].sort()) {
        const n = tget(ctx.state.nodes, node);
        if (!n)
            continue;
        const alloc = toAmounts(n.object.status.allocatable);
        const used = { pods: 0 };
        const uids = podUidsOnNode(ctx.state, node);
        for (const u of uids) {
            const p = tget(ctx.state.pods, u);
            if (!p || p.status.phase === 'Succeeded' || p.status.phase === 'Failed')
                continue;
            used.pods++;
            for (const [r, v] of Object.entries(podRequests(p.spec)))
                used[r] = (used[r] ?? 0) + v;
        }
        for (const r of Object.keys(used).sort()) {
            if (alloc[r] === undefined || used[r] <= alloc[r])
                continue;
            report(`node ${node}: ${r} requested ${used[r]} > allocatable ${alloc[r]}`, [`Node/${node}`]);
        }
    }
});
