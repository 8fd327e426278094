import { formatDuration } from '../../api/time.js';
import { objectsOf, objRef, spec, status } from '../helpers.js';
import { mkViolation, selects, selectorParam } from './monitor.js';
function make(p) {
    const within = p.within;
    const reported = new Set();
    return {
        instant(state, until) {
            const out = [];
            for (const job of objectsOf(state, 'jobs')) {
                const ref = objRef(job);
                if (reported.has(ref) || !selects(p.selector, job.metadata.labels) || spec(job).suspend === true)
                    continue;
                const conds = status(job).conditions ?? [];
                if (conds.some((c) => c.type === 'Complete' && c.status === 'True'))
                    continue;
                const failed = conds.find((c) => c.type === 'Failed' && c.status === 'True');
                const created = job.metadata.creationTimestamp ?? 0;
                if (failed) {
                    reported.add(ref);
                    out.push(mkViolation('job-completes', state.time, `${ref} failed at ${formatDuration(state.time)} (${failed.reason ?? 'Failed'}${failed.message ? `: ` +
                        `${failed.message}` : ''})`, [ref]));
                }
                else if (within !== undefined && created + within < until) {
                    reported.add(ref);
                    const st = status(job);
                    out.push(mkViolation('job-completes', Math.max(state.time, created + within), `${ref} created at ${formatDuration(created)} has not completed within ` +
                        (`${formatDuration(within)} (${st.succeeded ?? 0} succeeded, ${st.active ?? 0} active, ` +
                            `${st.failed ?? 0} failed)`), [ref]));
                }
            }
            return out;
        },
    };
}
export const jobCompletes = {
    name: 'job-completes',
    description: 'every Job completes: it never fails (backoffLimit, activeDeadlineSeconds), and with `within`, ' +
        'completes that soon after creation',
    params: [
        selectorParam('labels of the Jobs judged'),
        { name: 'within', type: 'duration', help: 'bound from creation (default: none, only failure is judged)' },
    ],
    make,
};
