import { num, objRef, objectsOf, spec, status } from './helpers.js';
import { batchInvariant } from './types.js';
/**
 * A Job never reports more succeeded pods than spec.completions (when set) nor more active pods
 * than spec.parallelism (default 1, pkg/apis/batch/v1/defaults.go).
 */
export const jobCompletions = batchInvariant('job-completions', 'Job status.succeeded <= spec.completions and status.active <= spec.parallelism', (ctx, report) => {
    if (!ctx.batch.some((e) => e.type === 'ObjectStatusUpdated' && e.resource === 'jobs'))
        return;
    for (const job of objectsOf(ctx.state, 'jobs')) {
        const s = spec(job), st = status(job);
        const completions = typeof s.completions === 'number' ? s.completions : undefined;
        const parallelism = num(s.parallelism, 1);
        const succeeded = num(st.succeeded, 0), active = num(st.active, 0);
        if (completions !== undefined && succeeded > completions)
            report(`${objRef(job)} has status.succeeded=${succeeded} > spec.completions=${completions}`, [objRef(job)]);
        if (active > parallelism)
            report(`${objRef(job)} has status.active=${active} > spec.parallelism=${parallelism}`, [objRef(job)]);
    }
});
