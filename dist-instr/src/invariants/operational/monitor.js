import { parseSelector } from '../../scenario/chaos.js';
import { parseDuration } from '../../api/time.js';
/** An operational invariant's entry in the catalogue: it builds an Invariant from parameters. */
/** The `selector` parameter every operational invariant takes: which objects it judges (default: all). */
export const selectorParam = (what) => ({ name: 'selector', type: 'selector', help: `${what} (default: all)` });
/**
 * Wraps a monitor factory as an Invariant: `perRun` gives each run its own monitor; `check`
 * on the shared instance judges nothing (the checker always asks `perRun`).
 */
export function monitorInvariant(def, params) {
    const text = Object.entries(params).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
    const description = `${def.description}${text ? ` (${text})` : ''}`;
    const run = () => {
        const m = def.make(params);
        let last;
        return {
            name: def.name, description, when: 'batch',
            check(ctx) {
                if (ctx.final)
                    return m.instant(ctx.state, ctx.state.time + 1);
                const out = [];
                const at = ctx.batch[0]?.at ?? ctx.state.time;
                if (last && at > last.time)
                    out.push(...m.instant(last, at));
                m.facts?.(ctx.batch, ctx.state, ctx.previous);
                last = ctx.state;
                return out;
            },
        };
    };
    return { name: def.name, description, when: 'batch', check: () => [], perRun: run };
}
/** Checks and normalises parameters; problems name the parameter (`min: must be ...`). */
export function checkParams(def, raw) {
    const params = {};
    const problems = [];
    for (const [k, v] of Object.entries(raw)) {
        const spec = def.params.find((p) => p.name === k);
        if (!spec) {
            problems.push({ path: k,
                message: `unknown parameter of ${def.name} (known: ` +
                    `${def.params.map((p) => p.name).join(', ') || 'none'})` });
            continue;
        }
        const r = parseParam(spec, v);
        if (typeof r === 'object' && r !== null && 'problem' in r)
            problems.push({ path: k, message: r.problem });
        else
            params[k] = r;
    }
    return { params, problems };
}
function parseParam(spec, v) {
    switch (spec.type) {
        case 'selector': {
            const s = parseSelector(v);
            return typeof s === 'string' ? { problem: s } : s;
        }
        case 'duration': {
            const d = parseDuration(v);
            return typeof d === 'string' ? { problem: d } : d;
        }
        case 'count':
            if (typeof v === 'string' && /^\d+$/.test(v))
                return Number(v);
            return Number.isInteger(v) && v >= 0 ? v : {
                problem: `must be an integer >= 0, got ${JSON.stringify(v)}`
            };
        case 'countOrPercent':
            if (typeof v === 'string' && /^\d+%$/.test(v))
                return v;
            if (typeof v === 'string' && /^\d+$/.test(v))
                return Number(v);
            return Number.isInteger(v) && v >= 0 ? v : {
                problem: `must be an integer >= 0 or a percentage such as 50%, got ${JSON.stringify(v)}`
            };
        case 'string':
            return typeof v === 'string' ? v : { problem: `must be a string, got ${JSON.stringify(v)}` };
    }
}
/**
 * intstr against a total, rounded up (GetScaledValueFromIntOrPercent with roundUp=true, as the disruption controller
 * uses).
 */
export function scaledValue(v, total) {
    if (typeof v === 'string' && v.endsWith('%'))
        return Math.ceil((Number(v.slice(0, -1)) * total) / 100);
    return typeof v === 'number' ? v : 0;
}
/** Whether labels match a parameter selector (absent: everything). */
export const selects = (sel, labels) => Object.entries((sel ?? {})).every(([k, v]) => labels?.[k] === v);
export const mkViolation = (invariant, at, message, objects) => ({ invariant, message, objects, at });
