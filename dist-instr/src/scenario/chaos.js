import { isObj } from '../api/validation/common.js';
import { parseDuration } from '../api/time.js';
import { CHAOS_FAULTS, CHAOS_OPERATIONS } from './types.js';
const KINDS = [...CHAOS_FAULTS, ...CHAOS_OPERATIONS];
const FIELDS = ['kind', 'selector', 'namespace', 'pick', 'recoverAfter', 'delta', 'zoneLabel', 'delay'];
/**
 * A label selector written as a map (`{app: web}`) or as kubectl's string (`app=web,tier=front`).
 * Returns the map, or a message saying what is wrong.
 */
export function parseSelector(v) {
    if (typeof v === 'string') {
        const out = {};
        for (const part of v.split(',').map((x) => x.trim()).filter(Boolean)) {
            const m = /^([A-Za-z0-9./_-]+)=([A-Za-z0-9._-]*)$/.exec(part);
            if (!m)
                return `must be label=value pairs separated by commas, got ${JSON.stringify(v)}`;
            out[m[1]] = m[2];
        }
        return out;
    }
    if (isObj(v) && Object.values(v).every((x) => typeof x === 'string'))
        return v;
    return 'must be a map of label to value or a string such as app=web';
}
/** Reads a timeline `chaos:` entry; problems go to `fp` under the path `ap`. */
export function parseChaosAction(v, ap, fp) {
    if (!isObj(v)) {
        fp.push({ path: ap, message: `must be {kind: ${KINDS.join('|')}, selector?, pick?, ...}` });
        return undefined;
    }
    const n = fp.length;
    for (const k of Object.keys(v))
        if (!FIELDS.includes(k))
            fp.push({ path: `${ap}.${k}`, message: `unknown field (known: ${FIELDS.join(', ')})` });
    if (!KINDS.includes(v.kind))
        fp.push({ path: `${ap}.kind`,
            message: `Unsupported value: ${JSON.stringify(v.kind)}: supported values: ` +
                `${KINDS.map((k) => `"${k}"`).join(', ')}` });
    const selector = v.selector === undefined ? undefined : parseSelector(v.selector);
    if (typeof selector === 'string')
        fp.push({ path: `${ap}.selector`, message: selector });
    const recover = v.recoverAfter === undefined ? undefined : parseDuration(v.recoverAfter);
    if (typeof recover === 'string')
        fp.push({ path: `${ap}.recoverAfter`, message: recover });
    const delay = v.delay === undefined ? undefined : parseDuration(v.delay);
    if (typeof delay === 'string')
        fp.push({ path: `${ap}.delay`, message: delay });
    if (v.pick !== undefined && !(Number.isInteger(v.pick) && v.pick >= 0))
        fp.push({ path: `${ap}.pick`, message: `must be an integer >= 0, got ${JSON.stringify(v.pick)}` });
    if (v.delta !== undefined && !Number.isInteger(v.delta))
        fp.push({ path: `${ap}.delta`, message: `must be an integer, got ${JSON.stringify(v.delta)}` });
    if (v.namespace !== undefined && typeof v.namespace !== 'string')
        fp.push({ path: `${ap}.namespace`, message: 'must be a string' });
    if (v.zoneLabel !== undefined && typeof v.zoneLabel !== 'string')
        fp.push({ path: `${ap}.zoneLabel`, message: 'must be a label key' });
    if (fp.length > n)
        return undefined;
    return {
        kind: 'chaos', chaos: v.kind,
        ...(selector && typeof selector !== 'string' ? { selector } : {}),
        ...(typeof v.namespace === 'string' ? { namespace: v.namespace } : {}),
        ...(typeof v.pick === 'number' ? { pick: v.pick } : {}),
        ...(typeof recover === 'number' ? { recoverAfter: recover } : {}),
        ...(typeof v.delta === 'number' ? { delta: v.delta } : {}),
        ...(typeof v.zoneLabel === 'string' ? { zoneLabel: v.zoneLabel } : {}),
        ...(typeof delay === 'number' ? { delay } : {}),
    };
}
