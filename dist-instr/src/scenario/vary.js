import { isObj } from '../api/validation/common.js';
import { parseDuration } from '../api/time.js';
/** The start delays the fuzzer draws unless told otherwise (kubesim's choice, as before `vary:`). */
export const DEFAULT_START_DELAY = { min: 0, max: 30_000 };
/** How long a memory curve takes to reach its peak unless `memoryRamp` says (kubesim's choice). */
export const DEFAULT_MEMORY_RAMP = { min: 0, max: 300_000 };
const DURATIONS = ['startDelay', 'runDuration', 'memoryRamp', 'probePassAfter', 'probeFailAfter', 'imagePull'];
export const VARY_KEYS = [...DURATIONS, 'exitCodes', 'memory'];
const HINT = {
    startDelay: '0s..30s', runDuration: '30s..10m', memoryRamp: '0s..5m', probePassAfter: '0s..1m',
    probeFailAfter: '5m..30m', imagePull: '1s..2m', exitCodes: '[0, 1, 137]', memory: '80%..110%',
};
function range(v, path, fp, one) {
    const text = typeof v === 'number' ? String(v) : v;
    if (typeof text !== 'string') {
        fp.push({ path, message: 'must be a range such as 0s..30s (or one value)' });
        return undefined;
    }
    const parts = text.split('..');
    if (parts.length > 2) {
        fp.push({ path, message: `must be a range such as 0s..30s, got ${JSON.stringify(v)}` });
        return undefined;
    }
    const [lo, hi] = parts.map((s) => one(s.trim()));
    const bad = [lo, hi].find((x) => typeof x === 'string');
    if (bad !== undefined) {
        fp.push({ path, message: bad });
        return undefined;
    }
    const min = lo, max = (hi ?? lo);
    if (min > max) {
        fp.push({ path, message: `the range's start must not be above its end, got ${JSON.stringify(v)}` });
        return undefined;
    }
    return { min, max };
}
const percent = (s) => {
    const m = typeof s === 'string' ? /^(\d+)%$/.exec(s) : null;
    return m ? Number(m[1]) : `must be a whole percentage of the memory limit such as 95%, got ${JSON.stringify(s)}`;
};
function exitCodes(v, path, fp) {
    const list = typeof v === 'string' ? v.split(',').map((s) => (/^\d+$/.test(s.trim()) ? Number(s) : s))
        : typeof v === 'number' ? [v] : v;
    if (!Array.isArray(list) || list.length === 0) {
        fp.push({ path, message: 'must be a list of exit codes' });
        return undefined;
    }
    const bad = list.find((c) => typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 255);
    if (bad !== undefined) {
        fp.push({ path, message: `exit codes are integers from 0 to 255, got ${JSON.stringify(bad)}` });
        return undefined;
    }
    return [...new Set(list)];
}
/** One `vary:` key's value: a range (durations, memory percent) or a list of exit codes. */
export function parseVaryValue(key, v, path, fp) {
    if (key === 'exitCodes') {
        const c = exitCodes(v, path, fp);
        return c ? { exitCodes: c } : {};
    }
    if (key === 'memory') {
        const r = range(v, path, fp, percent);
        return r ? { memory: r } : {};
    }
    if (DURATIONS.includes(key)) {
        const r = range(v, path, fp, parseDuration);
        return r ? { [key]: r } : {};
    }
    fp.push({ path, message: `unknown field (known: ${VARY_KEYS.map((k) => `${k} (e.g. ${HINT[k]})`).join(', ')})` });
    return {};
}
/** The scenario's `vary:` mapping. */
export function parseVary(v, fp, path = 'vary') {
    if (!isObj(v)) {
        fp.push({ path, message: `must be a mapping of ${VARY_KEYS.join(', ')}` });
        return {};
    }
    let out = {};
    for (const [k, x] of Object.entries(v))
        out = { ...out, ...parseVaryValue(k, x, `${path}.${k}`, fp) };
    return out;
}
/** `--vary KEY=RANGE` on the command line: the same keys and values as the scenario's `vary:`. */
export function parseVaryFlag(flag, fp) {
    const eq = flag.indexOf('=');
    if (eq <= 0) {
        fp.push({ path: '--vary', message: `must be KEY=RANGE such as runDuration=30s..10m, got ${JSON.stringify(flag)}` });
        return {};
    }
    const key = flag.slice(0, eq).trim(), value = flag.slice(eq + 1).trim();
    return parseVaryValue(key, value, `--vary ${key}`, fp);
}
