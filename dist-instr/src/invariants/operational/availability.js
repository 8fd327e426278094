import { labelSelectorMatches } from '../../api/labelSelector.js';
import { formatDuration } from '../../api/time.js';
import { isPodActive, isPodReady, objectsOf, objRef, spec } from '../helpers.js';
import { explainingMonitor, whyNotReady } from './explain.js';
import { selectedWorkloads, templateLabels, workloadPods } from './workloads.js';
import { mkViolation, scaledValue, selectorParam } from './monitor.js';
/** How long a workload may stay below spec.replicas ready pods before `availability` says it did not recover. */
export const DEFAULT_RECOVER_MS = 10 * 60_000;
/**
 * The fewest ready pods a workload should keep: the `min` parameter, else what a
 * PodDisruptionBudget over its pods asks (minAvailable, or replicas - maxUnavailable: the
 * disruption controller's desiredHealthy, pkg/controller/disruption/disruption.go), else 1 for
 * a workload of two or more replicas (more replicas exist to survive the loss of one). Never
 * more than spec.replicas: an operator who scales down asks for less.
 */
export function minReady(state, o, replicas, min) {
    if (min !== undefined)
        return { min: Math.min(replicas, scaledValue(min, replicas)), from: `min ${String(min)}` };
    const labels = templateLabels(o);
    for (const pdb of objectsOf(state, 'poddisruptionbudgets')) {
        if ((pdb.metadata.namespace ?? 'default') !== (o.metadata.namespace ?? 'default'))
            continue;
        const s = spec(pdb);
        if (!labelSelectorMatches(s.selector, labels))
            continue;
        const want = s.minAvailable !== undefined ? scaledValue(s.minAvailable, replicas)
            : replicas - scaledValue(s.maxUnavailable, replicas);
        return { min: Math.max(0, Math.min(replicas, want)), from: `${objRef(pdb)}` };
    }
    return { min: replicas >= 2 ? 1 : 0, from: 'default' };
}
function make(p) {
    const recover = p.recoverWithin ?? DEFAULT_RECOVER_MS;
    const tracks = new Map();
    return explainingMonitor((h, state, until) => {
        const out = [];
        const now = state.time;
        for (const { resource, o } of selectedWorkloads(state, ['deployments', 'statefulsets'], p.selector)) {
            if (p.namespace !== undefined && (o.metadata.namespace ?? 'default') !== p.namespace)
                continue;
            const ref = objRef(o);
            const replicas = typeof spec(o).replicas === 'number' ? spec(o).replicas : 1;
            const t = tracks.get(ref) ?? { reached: false, reportedBelow: false, reportedShort: false, replicas,
                judged: replicas };
            tracks.set(ref, t);
            t.replicas = replicas;
            const pods = workloadPods(state, resource, o);
            const ready = pods.filter((x) => isPodActive(x) && isPodReady(x));
            // An operator who scales up asks for more from the moment the new replicas stand, not before:
            // until then the old count's minimum holds (a fault during the scale-up is judged by it).
            if (replicas < t.judged || ready.length >= replicas)
                t.judged = replicas;
            const { min, from } = minReady(state, o, t.judged, p.min);
            if (ready.length >= min) {
                t.reached = true;
                t.belowSince = undefined;
                t.reportedBelow = false;
            }
            else if (t.reached) {
                t.belowSince ??= now;
                if (!t.reportedBelow) {
                    t.reportedBelow = true;
                    const why = whyNotReady(state, o, pods.filter((x) => !ready.includes(x)), h);
                    out.push(mkViolation('availability', now, `${ref} has ${ready.length} ready replica${ready.length === 1 ? '' : 's'} from ` +
                        `${formatDuration(now)}, want at least ${min} (${from})${why ? `: ${why}` : ''}`, [ref]));
                }
            }
            if (ready.length >= replicas || recover === 0) {
                t.full = true;
                t.shortSince = undefined;
                t.reportedShort = false;
                continue;
            }
            if (!t.full)
                continue; // never had all its replicas: rollout-completes judges that
            t.shortSince ??= now;
            // No room for a replacement is the cluster's capacity, not a failure to recover (pending-bounded judges it).
            if (pods.some((x) => isPodActive(x) && !x.spec.nodeName
                && x.status.conditions.some((c) => c.type === 'PodScheduled' && c.status === 'False'
                    && c.reason === 'Unschedulable'))) {
                t.shortSince = now;
                continue;
            }
            if (!t.reportedShort && t.shortSince + recover < until) {
                t.reportedShort = true;
                const why = whyNotReady(state, o, pods.filter((x) => !ready.includes(x)), h);
                out.push(mkViolation('availability', Math.max(now, t.shortSince + recover), `${ref} has had ${ready.length} of ${replicas} ready replicas since ` +
                    `${formatDuration(t.shortSince)} and did not recover within ${formatDuration(recover)}${why ? `: ` +
                        `${why}` : ''}`, [ref]));
            }
        }
        return out;
    });
}
export const availability = {
    name: 'availability',
    description: 'each Deployment/StatefulSet keeps at least min ready replicas (default: its PDB\'s, else 1 of 2 or ' +
        'more) at every instant, and is back to spec.replicas within recoverWithin',
    params: [
        selectorParam('pod template labels of the workloads judged'),
        { name: 'namespace', type: 'string', help: 'only workloads of this namespace' },
        { name: 'min', type: 'countOrPercent',
            help: 'ready replicas to keep (an integer or a percentage of spec.replicas)' },
        { name: 'recoverWithin', type: 'duration',
            help: `time to get back to spec.replicas ready (default ${formatDuration(DEFAULT_RECOVER_MS)}; 0: not judged)` },
    ],
    make,
};
