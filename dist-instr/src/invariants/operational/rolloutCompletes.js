import { formatDuration } from '../../api/time.js';
import { num, objRef, spec, status } from '../helpers.js';
import { selectedWorkloads, workloadPods } from './workloads.js';
import { explainingMonitor, whyNotReady } from './explain.js';
import { mkViolation, selectorParam } from './monitor.js';
/** pkg/apis/apps/v1/defaults.go: progressDeadlineSeconds defaults to 600. */
export const DEFAULT_PROGRESS_DEADLINE_S = 600;
const RESOURCES = ['deployments', 'statefulsets', 'daemonsets'];
/**
 * Whether a workload's rollout is done, as `kubectl rollout status` decides
 * (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go): the controller has seen
 * the latest generation, every replica runs the new template and is available.
 */
export function rolloutDone(resource, o) {
    const st = status(o), gen = o.metadata.generation ?? 1;
    if (num(st.observedGeneration, 0) < gen)
        return { done: false, progress: 'the controller has not seen the new spec' };
    if (resource === 'daemonsets') {
        const want = num(st.desiredNumberScheduled, 0), upd = num(st.updatedNumberScheduled, 0), avail = num(st.numberAvailable, 0);
        return { done: upd >= want && avail >= want, progress: `${upd} of ${want} pods updated, ${avail} available` };
    }
    const want = num(spec(o).replicas, 1), upd = num(st.updatedReplicas, 0);
    const avail = resource === 'statefulsets' ? num(st.readyReplicas, 0) : num(st.availableReplicas, 0);
    const total = num(st.replicas, 0);
    const revOk = resource !== 'statefulsets' || st.currentRevision === st.updateRevision || upd >= want;
    return { done: upd >= want && avail >= want && total <= want && revOk,
        progress: `${upd} of ${want} replicas updated, ${avail} available${total > want ? `, ${total - want} old still ` +
            `running` : ''}` };
}
function make(p) {
    const started = new Map();
    return explainingMonitor((h, state, until) => {
        const out = [];
        const now = state.time;
        for (const { resource, o } of selectedWorkloads(state, RESOURCES, p.selector)) {
            if (resource === 'deployments' && spec(o).paused === true) {
                started.delete(objRef(o));
                continue;
            }
            const ref = objRef(o), gen = o.metadata.generation ?? 1;
            let r = started.get(ref);
            if (!r || r.generation !== gen) {
                r = { at: now, generation: gen, reported: false };
                started.set(ref, r);
            }
            const { done, progress } = rolloutDone(resource, o);
            if (done) {
                r.reported = true;
                continue;
            }
            if (r.reported)
                continue;
            const deadlineS = resource === 'deployments' ? num(spec(o).progressDeadlineSeconds, DEFAULT_PROGRESS_DEADLINE_S) : DEFAULT_PROGRESS_DEADLINE_S;
            const within = p.within ?? deadlineS * 1000;
            const timedOut = status(o).conditions
                ?.some((c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded');
            if (!timedOut && r.at + within >= until)
                continue;
            r.reported = true;
            const pods = workloadPods(state, resource, o).filter((x) => x.metadata.deletionTimestamp === undefined
                || x.spec.nodeName);
            const why = whyNotReady(state, o, pods.filter((x) => !x.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')), h);
            const what = gen === 1 ? 'rollout (creation)' : `rollout of generation ${gen}`;
            out.push(mkViolation('rollout-completes', timedOut ? now : Math.max(now, r.at + within), `${ref} ${what} started at ${formatDuration(r.at)} has not completed ` +
                `${timedOut ? '(Progressing=False, ProgressDeadlineExceeded)' : `within ` +
                    `${formatDuration(within)}`}: ${progress}${why ? `; ${why}` : ''}`, [ref]));
        }
        return out;
    });
}
export const rolloutCompletes = {
    name: 'rollout-completes',
    description: 'every Deployment/StatefulSet/DaemonSet rollout (creation included) completes within ' +
        'progressDeadlineSeconds (default 600s) or the given bound',
    params: [
        selectorParam('pod template labels of the workloads judged'),
        { name: 'within', type: 'duration', help: 'bound (default: the Deployment\'s progressDeadlineSeconds, 600s)' },
    ],
    make,
};
