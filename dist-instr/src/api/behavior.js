import { quantityError, scaledValue } from './quantity.js';
import { parseDuration } from './time.js';
const PROBE_BEHAVIOR_KEYS = ['failAfter', 'passAfter', 'latency', 'slowAfter'];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A termDelay no grace period reaches: the container ignores SIGTERM. */
export const IGNORES_TERM = Number.MAX_SAFE_INTEGER;
const KEYS = ['startDelay', 'exitAfter', 'exitCode', 'memory', 'cpu', 'probes', 'postStart', 'preStop', 'imagePull',
    'termDelay'];
function duration(p, path, v) {
    if (v === undefined)
        return undefined;
    const d = parseDuration(v);
    if (typeof d === 'string') {
        p.push({ path, message: d });
        return undefined;
    }
    return d;
}
function steps(p, path, v, resource) {
    return parseSteps(p, path, v, resource, resource === 'cpu' ? -3 : 0);
}
/**
 * A value over time: a quantity, or `{steps: [{at, <key>}]}` (or `value` for the key), each in
 * units of 10^scale (cpu and metric values: milli, -3; memory: bytes, 0); "95%" gives a `share`.
 */
export function parseSteps(p, path, v, resource, scale) {
    if (v === undefined)
        return undefined;
    const one = (q, qp) => {
        const pct = typeof q === 'string' ? /^(\d+(?:\.\d+)?)%$/.exec(q) : null;
        if (pct)
            return { share: Number(pct[1]) / 100 };
        const err = quantityError(q);
        if (err) {
            p.push({ path: qp, message: `Invalid value: ${JSON.stringify(q)}: ${err}` });
            return undefined;
        }
        return scaledValue(q, scale);
    };
    if (typeof v === 'string' || typeof v === 'number') {
        const val = one(v, path);
        return val === undefined ? undefined : [typeof val === 'number' ? { at: 0, value: val }
                : { at: 0, value: 0, ...val }];
    }
    const list = isObj(v) && Array.isArray(v.steps) ? v.steps : Array.isArray(v) ? v : undefined;
    if (!list) {
        p.push({ path, message: `must be a quantity or {steps: [{at, ${resource}}]}` });
        return undefined;
    }
    const out = [];
    list.forEach((s, i) => {
        if (!isObj(s)) {
            p.push({ path: `${path}.steps[${i}]`, message: 'must be an object' });
            return;
        }
        const at = duration(p, `${path}.steps[${i}].at`, s.at ?? 0);
        const val = one(s[resource] ?? s.value, `${path}.steps[${i}].${resource}`);
        if (at !== undefined && val !== undefined)
            out.push(typeof val === 'number' ? { at, value: val }
                : { at, value: 0, ...val });
    });
    out.sort((a, b) => a.at - b.at);
    return out;
}
function hook(p, path, v) {
    if (v === undefined)
        return undefined;
    if (!isObj(v)) {
        p.push({ path, message: 'must be an object: {duration, fail}' });
        return undefined;
    }
    const d = duration(p, `${path}.duration`, v.duration);
    return { ...(d === undefined ? {} : { duration: d }), ...(v.fail === true ? { fail: true } : {}) };
}
/** Parses the behaviour fields (scenario `behaviors[].`, or the `kubesim.io/behavior` annotation). */
export function parseBehavior(v, path, p) {
    if (!isObj(v)) {
        p.push({ path, message: 'must be a mapping of behaviour fields' });
        return {};
    }
    for (const k of Object.keys(v))
        if (!KEYS.includes(k) && k !== 'match')
            p.push({ path: `${path}.${k}`, message: `unknown behaviour field (known: ${KEYS.join(', ')})` });
    const out = {};
    const startDelay = duration(p, `${path}.startDelay`, v.startDelay);
    if (startDelay !== undefined)
        out.startDelay = startDelay;
    const exitAfter = duration(p, `${path}.exitAfter`, v.exitAfter);
    if (exitAfter !== undefined)
        out.exitAfter = exitAfter;
    // termDelay: how long the process takes to exit after SIGTERM; `never`: it ignores TERM and is
    // killed at the end of the grace period (exit 137, kuberuntime_container.go killContainer).
    if (v.termDelay === 'never')
        out.termDelay = IGNORES_TERM;
    else {
        const termDelay = duration(p, `${path}.termDelay`, v.termDelay);
        if (termDelay !== undefined)
            out.termDelay = termDelay;
    }
    if (v.exitCode !== undefined) {
        if (typeof v.exitCode !== 'number' || !Number.isInteger(v.exitCode) || v.exitCode < 0
            || v.exitCode > 255)
            p.push({ path: `${path}.exitCode`, message: 'must be an integer from 0 to 255' });
        else
            out.exitCode = v.exitCode;
    }
    const memory = steps(p, `${path}.memory`, v.memory, 'memory');
    if (memory)
        out.memory = memory;
    const cpu = steps(p, `${path}.cpu`, v.cpu, 'cpu');
    if (cpu)
        out.cpu = cpu;
    if (v.probes !== undefined) {
        if (!isObj(v.probes))
            p.push({ path: `${path}.probes`, message: 'must be a mapping of liveness/readiness/startup' });
        else {
            const probes = {};
            for (const [k, pb] of Object.entries(v.probes)) {
                if (!['liveness', 'readiness', 'startup'].includes(k)) {
                    p.push({ path: `${path}.probes.${k}`, message: 'must be liveness, readiness or startup' });
                    continue;
                }
                if (!isObj(pb)) {
                    p.push({ path: `${path}.probes.${k}`,
                        message: 'must be {failAfter, passAfter, latency, slowAfter}' });
                    continue;
                }
                const timing = {};
                for (const [f, v] of Object.entries(pb)) {
                    if (!PROBE_BEHAVIOR_KEYS.includes(f)) {
                        p.push({ path: `${path}.probes.${k}.${f}`,
                            message: `unknown field; known: ${PROBE_BEHAVIOR_KEYS.join(', ')}` });
                        continue;
                    }
                    const d = duration(p, `${path}.probes.${k}.${f}`, v);
                    if (d !== undefined)
                        timing[f] = d;
                }
                probes[k] = timing;
            }
            out.probes = probes;
        }
    }
    const postStart = hook(p, `${path}.postStart`, v.postStart);
    if (postStart)
        out.postStart = postStart;
    const preStop = hook(p, `${path}.preStop`, v.preStop);
    if (preStop)
        out.preStop = preStop;
    if (v.imagePull !== undefined) {
        if (!isObj(v.imagePull))
            p.push({ path: `${path}.imagePull`, message: 'must be {duration, fail}' });
        else {
            const d = duration(p, `${path}.imagePull.duration`, v.imagePull.duration);
            out.imagePull = { ...(d === undefined ? {} : { duration: d }),
                ...(v.imagePull.fail === true ? { fail: true } : {}) };
        }
    }
    return out;
}
