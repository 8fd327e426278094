import { tget, tvalues } from '../../reducers/table.js';
import { formatDuration } from '../../api/time.js';
import { podRef } from '../helpers.js';
import { mkViolation, selects, selectorParam } from './monitor.js';
/** How long a pod may stay Pending by default. */
export const DEFAULT_PENDING_MS = 5 * 60_000;
function make(p) {
    const max = p.max ?? DEFAULT_PENDING_MS;
    const reported = new Set();
    // Pods bound to a node while it was lost: their clock starts again when the node is back.
    const restarted = new Map();
    return {
        instant(state, until) {
            const out = [];
            for (const pod of tvalues(state.pods)) {
                if (pod.status.phase !== 'Pending' || pod.metadata.deletionTimestamp !== undefined)
                    continue;
                // A gated pod waits for its gate on purpose; a pod bound to a lost node waits for the node (availability judges
                // that).
                if (pod.spec.schedulingGates?.length)
                    continue;
                if (pod.spec.nodeName && tget(state.nodes, pod.spec.nodeName)?.lost) {
                    restarted.set(pod.metadata.uid, state.time);
                    continue;
                }
                const since = Math.max(pod.metadata.creationTimestamp ?? 0, restarted.get(pod.metadata.uid) ?? 0);
                if (since + max >= until || !selects(p.selector, pod.metadata.labels)
                    || reported.has(pod.metadata.uid))
                    continue;
                reported.add(pod.metadata.uid);
                const sched = pod.status.conditions.find((c) => c.type === 'PodScheduled' && c.status === 'False');
                const waiting = pod.status.containerStatuses?.find((c) => c.state?.waiting?.reason)?.state?.waiting;
                const why = sched?.message?.replace(/\.+$/, '') ?? (waiting
                    ? `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}` : '');
                out.push(mkViolation('pending-bounded', Math.max(state.time, since + max), `${podRef(pod)} has been Pending since ${formatDuration(since)}, longer than ${formatDuration(max)}` +
                    `${why ? `: ${why}` : ''}`, [podRef(pod)]));
            }
            return out;
        },
    };
}
export const pendingBounded = {
    name: 'pending-bounded',
    description: 'no pod stays Pending (unscheduled, or waiting for its containers to start) longer than a bound',
    params: [
        selectorParam('labels of the pods judged'),
        { name: 'max', type: 'duration', help: `bound (default ${formatDuration(DEFAULT_PENDING_MS)})` },
    ],
    make,
};
