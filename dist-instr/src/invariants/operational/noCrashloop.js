import { tget } from '../../reducers/table.js';
import { formatDuration } from '../../api/time.js';
import { podRef, podUidsIn } from '../helpers.js';
import { mkViolation, selects, selectorParam } from './monitor.js';
export const DEFAULT_RESTARTS = 3;
export const DEFAULT_CRASHLOOP_WINDOW_MS = 10 * 60_000;
/**
 * Restarts this soon after an injected fault on the pod, or its node's recovery (a reboot), are the fault's, not the
 * manifest's.
 */
export const FAULT_RESTART_GRACE_MS = 2 * 60_000;
function make(p) {
    const restarts = p.restarts ?? DEFAULT_RESTARTS;
    const window = p.window ?? DEFAULT_CRASHLOOP_WINDOW_MS;
    const seen = new Map();
    const times = new Map();
    const excused = new Map();
    const recovered = new Map();
    const reported = new Set();
    const touched = new Set();
    return {
        facts(batch) {
            for (const e of batch) {
                if (e.type === 'ControllerEvent' && e.reason === 'ChaosInjected' && e.resource === 'pods')
                    excused.set(e.key, e.at);
                if (e.type === 'NodeRecovered')
                    recovered.set(e.node, e.at);
            }
            for (const u of podUidsIn(batch))
                touched.add(u);
        },
        instant(state) {
            const out = [];
            for (const uid of touched) {
                const pod = tget(state.pods, uid);
                if (!pod || !selects(p.selector, pod.metadata.labels))
                    continue;
                const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
                for (const c of pod.status.containerStatuses ?? []) {
                    const id = `${uid}/${c.name}`;
                    const before = seen.get(id) ?? 0;
                    seen.set(id, c.restartCount);
                    if (c.restartCount <= before)
                        continue;
                    const fault = Math.max(excused.get(key) ?? -Infinity, recovered.get(pod.spec.nodeName ?? '') ?? -Infinity);
                    if (state.time - fault <= FAULT_RESTART_GRACE_MS)
                        continue;
                    const ts = [...(times.get(id) ?? []), ...Array(c.restartCount - before).fill(state.time)].filter((t) => state.time - t < window);
                    times.set(id, ts);
                    if (ts.length < restarts || reported.has(id))
                        continue;
                    reported.add(id);
                    const last = c.lastState?.terminated;
                    const how = last ? `last exit: ${last.reason ?? 'Error'}, exit code ${last.exitCode}` : '';
                    const waiting = c.state?.waiting?.reason;
                    out.push(mkViolation('no-crashloop', state.time, `${podRef(pod)} container ${c.name} restarted ${ts.length} times between ${formatDuration(ts[0])} and ` +
                        `${formatDuration(state.time)}${how ? ` (${how}${waiting ? `; ${waiting}` : ''})` : ''}`, [podRef(pod)]));
                }
            }
            touched.clear();
            return out;
        },
    };
}
export const noCrashloop = {
    name: 'no-crashloop',
    description: 'no container restarts `restarts` times within `window` by itself (restarts right after an injected ' +
        'fault or a node reboot do not count)',
    params: [
        selectorParam('labels of the pods judged'),
        { name: 'restarts', type: 'count', help: `restarts that make a crash loop (default ${DEFAULT_RESTARTS})` },
        { name: 'window', type: 'duration',
            help: `within this long (default ${formatDuration(DEFAULT_CRASHLOOP_WINDOW_MS)})` },
    ],
    make,
};
