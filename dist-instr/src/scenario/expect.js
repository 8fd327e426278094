import { KINDS } from '../api/kinds.js';
import { isObj } from '../api/validation/common.js';
import { formatDuration, parseDuration } from '../api/time.js';
import { ScenarioError } from '../api/problems.js';
const TIMING_KEYS = ['at', 'within', 'after', 'namespace'];
/** Timeline action kinds an `after:` may name (scenario/load.ts ACTIONS). */
const AFTER_KINDS = ['nodeLost', 'nodeRecovered', 'addNode', 'removeNode', 'cordon', 'uncordon', 'drain', 'apply',
    'delete', 'scale', 'setImage', 'rolloutUndo', 'rolloutPause', 'rolloutResume', 'fault', 'removeSchedulingGates',
    'chaos'];
/** `{at: 6m, deployment: web, readyReplicas: 3}` as the user wrote it, in flow style. */
export function expectationText(raw) {
    if (!isObj(raw))
        return JSON.stringify(raw);
    const v = (x) => (isObj(x) ? `{${Object.entries(x).map(([k, y]) => `${k}: ${v(y)}`).join(', ')}}`
        : typeof x === 'string' ? x : JSON.stringify(x));
    return v(raw);
}
/** Parses `app=web,tier=front` (equality-based selectors, as kubectl -l takes them). */
export function parseSelector(s) {
    const out = {};
    for (const part of s.split(',').map((x) => x.trim()).filter(Boolean)) {
        const m = /^([A-Za-z0-9./_-]+)\s*==?\s*([A-Za-z0-9._-]*)$/.exec(part);
        if (!m)
            return `must be key=value pairs separated by commas, got ${JSON.stringify(s)}`;
        out[m[1]] = m[2];
    }
    return out;
}
/**
 * Validates a scenario's `expect:` list. Every problem is collected and thrown together as a
 * ScenarioError naming the file and the field path (`expect[1].within: ...`).
 */
export function parseExpectations(scenario) {
    const raw = scenario.expect ?? [];
    const problems = [];
    const bad = (path, message) => problems.push({ file: scenario.file, path, message });
    const out = [];
    const afterKinds = new Set(scenario.timeline.map((e) => e.action.kind));
    raw.forEach((e, index) => {
        const p = `expect[${index}]`;
        if (!isObj(e)) {
            bad(p, 'must be a mapping such as {at: 6m, deployment: web, readyReplicas: 3}');
            return;
        }
        const text = expectationText(e);
        if ('always' in e) {
            if (typeof e.always !== 'string' || e.always === '')
                bad(`${p}.always`, 'must be an invariant name such as daemonset-one-per-node');
            for (const k of Object.keys(e))
                if (k !== 'always')
                    bad(`${p}.${k}`, 'unknown field next to always (an invariant holds for the whole run)');
            if (typeof e.always === 'string')
                out.push({ index, text, always: e.always });
            return;
        }
        let timing;
        if (e.at !== undefined && e.within !== undefined)
            bad(p, 'give either at or within, not both');
        else if (e.at !== undefined) {
            const at = parseDuration(e.at);
            if (typeof at === 'string')
                bad(`${p}.at`, at);
            else if (at > scenario.until)
                bad(`${p}.at`, `${formatDuration(at)} is after the scenario ends (until: ${formatDuration(scenario.until)})`);
            else
                timing = { at };
            if (e.after !== undefined)
                bad(`${p}.after`, 'after goes with within, not at');
        }
        else if (e.within !== undefined) {
            const within = parseDuration(e.within);
            if (typeof within === 'string')
                bad(`${p}.within`, within);
            let after;
            if (e.after !== undefined) {
                if (typeof e.after !== 'string' || !AFTER_KINDS.includes(e.after))
                    bad(`${p}.after`, `must be a timeline action: ${AFTER_KINDS.join(', ')}`);
                else if (!afterKinds.has(e.after))
                    bad(`${p}.after`, `the timeline has no ${e.after} entry`);
                else
                    after = e.after;
            }
            if (typeof within === 'number')
                timing = { within, ...(after ? { after } : {}) };
        }
        else
            bad(p, 'must say when: at: <duration>, or within: <duration> (optionally after: <timeline action>)');
        const namespace = e.namespace === undefined ? undefined : typeof e.namespace === 'string' ? e.namespace
            : (bad(`${p}.namespace`, 'must be a string'), undefined);
        const rest = Object.keys(e).filter((k) => !TIMING_KEYS.includes(k));
        if (rest.includes('pods')) {
            for (const k of rest)
                if (k !== 'pods')
                    bad(`${p}.${k}`, 'unknown field next to pods (put conditions inside pods: {selector, phase, ready, count})');
            const q = e.pods;
            if (!isObj(q)) {
                bad(`${p}.pods`, 'must be {selector, phase?, ready?, count}');
                return;
            }
            for (const k of Object.keys(q))
                if (!['selector', 'phase', 'ready', 'count', 'namespace'].includes(k))
                    bad(`${p}.pods.${k}`, 'unknown field (known: selector, phase, ready, count, namespace)');
            const sel = typeof q.selector === 'string' ? parseSelector(q.selector) : isObj(q.selector)
                ? q.selector : 'Required value: a label selector such as app=web';
            if (typeof sel === 'string')
                bad(`${p}.pods.selector`, sel);
            if (typeof q.count !== 'number' || !Number.isInteger(q.count) || q.count < 0)
                bad(`${p}.pods.count`, 'must be a non-negative integer');
            if (q.phase !== undefined && !['Pending', 'Running', 'Succeeded', 'Failed',
                'Unknown'].includes(q.phase))
                bad(`${p}.pods.phase`, 'Unsupported value: supported values: "Pending", "Running", "Succeeded", "Failed", "Unknown"');
            if (q.ready !== undefined && typeof q.ready !== 'boolean')
                bad(`${p}.pods.ready`, 'must be true or false');
            const ns = typeof q.namespace === 'string' ? q.namespace : namespace;
            if (timing && typeof sel !== 'string' && typeof q.count === 'number')
                out.push({ index, text, timing, predicate: { kind: 'pods', selector: sel, count: q.count,
                        ...(ns ? { namespace: ns } : {}), ...(typeof q.phase === 'string' ? { phase: q.phase } : {}),
                        ...(typeof q.ready === 'boolean' ? { ready: q.ready } : {}) } });
            return;
        }
        const kindKey = rest.find((k) => KINDS.some((i) => i.kind.toLowerCase() === k.toLowerCase()));
        if (!kindKey) {
            bad(p, `must name an object (${KINDS.map((k) => k.kind.toLowerCase()).join(', ')}: <name>), pods: {...}, or ` +
                `always: <invariant>`);
            return;
        }
        const info = KINDS.find((i) => i.kind.toLowerCase() === kindKey.toLowerCase());
        if (typeof e[kindKey] !== 'string') {
            bad(`${p}.${kindKey}`, 'must be the object\'s name');
            return;
        }
        const fields = {};
        for (const k of rest)
            if (k !== kindKey)
                fields[k] = e[k];
        if (Object.keys(fields).length === 0)
            bad(p, `must give at least one field to compare, e.g. {${kindKey}: ${e[kindKey]}, ` +
                `${info.kind === 'Pod' ? 'phase: Running' : 'readyReplicas: 3'}}`);
        if (timing && Object.keys(fields).length)
            out.push({ index, text, timing, predicate: { kind: 'object', objectKind: info.kind, resource: info.resource,
                    namespace: info.namespaced ? namespace ?? 'default' : '', name: e[kindKey], fields } });
    });
    if (problems.length)
        throw new ScenarioError(problems);
    return out;
}
