import { tget } from '../reducers/table.js';
import { podRef, podUidsIn } from './helpers.js';
import { batchInvariant } from './types.js';
/** A pod in phase Succeeded or Failed has no container in state running. */
export const noRunningContainerInTerminatedPod = batchInvariant('no-running-container-in-terminated-pod', 'no container is running in a Succeeded or Failed pod', (ctx, report) => {
    for (const uid of podUidsIn(ctx.batch)) {
        const p = tget(ctx.state.pods, uid);
        if (!p || (p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'))
            continue;
        for (const c of [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])])
            if (c.state.running)
                report(`${podRef(p)} is ${p.status.phase} but container ${c.name} is running`, [podRef(p)]);
    }
});
