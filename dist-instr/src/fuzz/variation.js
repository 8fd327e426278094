import fc from 'fast-check';
import { isObj } from '../api/validation/common.js';
import { DEFAULT_MEMORY_RAMP, DEFAULT_START_DELAY } from '../scenario/vary.js';
/** Whole seconds within a range of ms (a range under a second gives its start). */
const seconds = (r) => {
    const lo = Math.ceil(r.min / 1000), hi = Math.floor(r.max / 1000);
    return hi < lo ? fc.constant(r.min) : fc.integer({ min: lo, max: hi }).map((s) => s * 1000);
};
/** A draw that shrinks to "the rule's own" (absent). */
const maybe = (a) => fc.option(a, { nil: undefined });
/** Start delays for each behaviour rule plus a catch-all, within `vary.startDelay` (shrink to the range's start). */
export const startDelays = (rules, vary = {}) => fc.tuple(...Array.from({ length: rules + 1 }, () => seconds(vary.startDelay ?? DEFAULT_START_DELAY)));
/** Whether `vary` asks for anything beyond start delays (otherwise cases carry no behaviour draws). */
export const variesBehavior = (vary = {}) => Object.keys(vary).some((k) => k !== 'startDelay');
/** One BehaviorDraw per behaviour rule plus the catch-all, within the `vary:` bounds. */
export function behaviorDraws(rules, vary) {
    const one = fc.record({
        ...(vary.runDuration ? { exitAfter: maybe(seconds(vary.runDuration)) } : {}),
        ...(vary.exitCodes ? { exitCode: maybe(fc.constantFrom(...vary.exitCodes)) } : {}),
        ...(vary.memory ? { memory: maybe(fc.tuple(fc.integer(vary.memory), seconds(vary.memoryRamp ?? DEFAULT_MEMORY_RAMP))) } : {}),
        ...(vary.probePassAfter ? { passAfter: maybe(seconds(vary.probePassAfter)) } : {}),
        ...(vary.probeFailAfter ? { failAfter: maybe(seconds(vary.probeFailAfter)) } : {}),
        ...(vary.imagePull ? { pullMs: maybe(seconds(vary.imagePull)) } : {}),
    }).map((r) => {
        const { memory, ...rest } = r;
        const out = {};
        for (const [k, v] of Object.entries(rest))
            if (typeof v === 'number')
                out[k] = v;
        if (memory) {
            out.memoryPeak = memory[0];
            out.memoryAt = memory[1];
        }
        return out;
    });
    return fc.tuple(...Array.from({ length: rules + 1 }, () => one));
}
const secs = (ms) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);
/** The behaviour fields a draw sets, merged over a rule's own (probes and imagePull field by field). */
function drawnFields(rule, d) {
    const out = {};
    if (d.exitAfter !== undefined)
        out.exitAfter = secs(d.exitAfter);
    if (d.exitCode !== undefined)
        out.exitCode = d.exitCode;
    if (d.memoryPeak !== undefined)
        out.memory = { steps: [{ at: '0s', memory: `${Math.round(d.memoryPeak / 2)}%` },
                { at: secs(d.memoryAt ?? 0), memory: `${d.memoryPeak}%` }] };
    const probes = isObj(rule.probes) ? { ...rule.probes } : {};
    if (d.passAfter !== undefined)
        for (const k of ['readiness', 'startup'])
            probes[k] = {
                ...(isObj(probes[k]) ? probes[k] : {}), passAfter: secs(d.passAfter)
            };
    if (d.failAfter !== undefined)
        probes.liveness = { ...(isObj(probes.liveness) ? probes.liveness : {}),
            failAfter: secs(d.failAfter) };
    if (d.passAfter !== undefined || d.failAfter !== undefined)
        out.probes = probes;
    if (d.pullMs !== undefined)
        out.imagePull = { ...(isObj(rule.imagePull) ? rule.imagePull : {}),
            duration: secs(d.pullMs) };
    return out;
}
/**
 * The scenario's behaviour rules with a case's variation: rule i gets startDelays[i] (0 keeps its
 * own) and draws[i]; a catch-all rule `{match: {}}` after them carries the last entries, so it
 * reaches only the containers no rule of the user's matches (first match wins).
 */
export function variedRules(rules, delays, draws = []) {
    const vary = (r, i) => ({
        ...r, ...((delays[i] ?? 0) > 0 ? { startDelay: secs(delays[i]) } : {}), ...drawnFields(r, draws[i] ?? {})
    });
    const out = rules.map((r, i) => (isObj(r) ? vary(r, i) : r));
    const catchAll = vary({ match: {} }, rules.length);
    if (Object.keys(catchAll).length > 1)
        out.push(catchAll);
    return out;
}
