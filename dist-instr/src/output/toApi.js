import { rfc3339 } from '../api/time.js';
import { applyDefaults } from '../api/defaults/index.js';
import { OBJECT_RESOURCES } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { listObjects } from '../reducers/state.js';
/** Fields that hold virtual milliseconds inside kubesim and RFC 3339 strings in the API. */
const TIME_FIELDS = new Set([
    'creationTimestamp', 'deletionTimestamp', 'lastTransitionTime', 'lastProbeTime', 'lastHeartbeatTime',
    'lastUpdateTime',
    'startedAt', 'finishedAt', 'startTime', 'completionTime', 'timeAdded', 'lastScheduleTime', 'lastSuccessfulTime',
    'lastScaleTime',
    'firstTimestamp', 'lastTimestamp',
]);
/** metav1.MicroTime fields (events): RFC 3339 with microseconds. */
const MICRO_TIME_FIELDS = new Set(['eventTime', 'lastObservedTime']);
/** metav1.MicroTime's RFC3339Micro: `2026-01-01T00:00:02.000000Z`. */
export const rfc3339Micro = (startTime, ms) => new Date(startTime + ms).toISOString().replace(/Z$/, '000Z');
/** An internal object in API form: virtual-millisecond time fields as RFC 3339 (kubesim serve renders with it too). */
export function render(v, startTime) {
    if (Array.isArray(v))
        return v.map((x) => render(x, startTime));
    if (typeof v !== 'object' || v === null)
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v))
        out[k] = renderField(k, x, startTime);
    return out;
}
/** The value of field `k` in API form (a time field's milliseconds as its RFC 3339 text). */
export function renderField(k, x, startTime) {
    return typeof x !== 'number' ? render(x, startTime) : timeText(k, x, startTime);
}
const timeText = (k, x, startTime) => (TIME_FIELDS.has(k) ? rfc3339(startTime, x) : MICRO_TIME_FIELDS.has(k) ? rfc3339Micro(startTime, x) : x);
/**
 * render as a JSON.stringify replacer: `JSON.stringify(o, apiReplacer(t))` is
 * `JSON.stringify(render(o, t))` without the rendered copy. Array entries are never time fields
 * (their keys are indices), as in render.
 */
export function apiReplacer(startTime) {
    let r = REPLACERS.get(startTime);
    if (!r) {
        r = (k, x) => (typeof x === 'number' ? timeText(k, x, startTime) : x);
        REPLACERS.set(startTime, r);
    }
    return r;
}
const REPLACERS = new Map();
const byName = (a, b) => {
    const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`, kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
};
/**
 * The state as the Kubernetes API would list it: `{time, nodes, pods, deployments, ...}`, each
 * object with kind, metadata, spec and status, the API's defaults, timestamps as RFC 3339, lists sorted by
 * namespace/name. `run --output json` and `replay --output json` print this.
 */
export function toApi(state) {
    const st = state.startTime;
    const out = {
        time: state.time,
        scenario: state.scenario,
        seed: state.seed,
        nodes: tvalues(state.nodes).map((n) => n.object).sort(byName).map((n) => render(n, st)),
        pods: tvalues(state.pods).sort(byName).map((p) => render(p, st)),
    };
    for (const r of OBJECT_RESOURCES) {
        if (r === 'controllerrevisions' || r === 'namespaces' || r === 'secrets')
            continue;
        // As the API server returns them: with its defaults (pods were defaulted at admission).
        out[r] = listObjects(state, r).sort(byName).map((o) => render(applyDefaults(o), st));
    }
    return out;
}
