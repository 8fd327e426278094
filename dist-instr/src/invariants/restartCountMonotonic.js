import { podRef, changedPods } from './helpers.js';
import { batchInvariant } from './types.js';
/** A container's restartCount never decreases while its pod lives (same uid). */
export const restartCountMonotonic = batchInvariant('restart-count-monotonic', "a container's restartCount never decreases within one pod", (ctx, report) => {
    for (const [, before, after] of changedPods(ctx)) {
        const prev = new Map((before.status.containerStatuses ?? []).map((c) => [c.name, c.restartCount]));
        for (const c of after.status.containerStatuses ?? []) {
            const was = prev.get(c.name);
            if (was !== undefined && c.restartCount < was)
                report(`${podRef(after)} container ${c.name}: restartCount went from ${was} to ${c.restartCount}`, [podRef(after)]);
        }
    }
});
