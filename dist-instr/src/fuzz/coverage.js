import { CHAOS_INJECTED, CHAOS_OBJECT_PREFIX } from '../chaos/chaosMonkey.js';
import { formatDuration } from '../api/time.js';
const outcome = (c, kind) => (c.kinds[kind] ??= { injected: 0, noTarget: 0, skipped: 0 });
/** Reads a case's log for its coverage. */
export function coverageOf(history) {
    const c = { kinds: {}, transitions: {} };
    const seen = new Set();
    for (const e of history) {
        seen.add(e.type);
        if (e.type === 'ControllerEvent') {
            seen.add(`event:${e.reason}`);
            if (e.reason === CHAOS_INJECTED)
                outcome(c, e.message.split(' ')[0]).injected++;
        }
        else if (e.type === 'Warning' && e.object?.startsWith(CHAOS_OBJECT_PREFIX)) {
            const o = outcome(c, e.object.slice(CHAOS_OBJECT_PREFIX.length));
            if (e.message.startsWith('no target')) {
                o.noTarget++;
                o.noTargetReason ??= e.message.replace(/^no target: /, '');
            }
            else
                o.skipped++;
        }
        else if (e.type === 'PodStatusPatched' && 'phase' in e
            && typeof e.phase === 'string')
            seen.add(`phase:${e.phase}`);
        else if (e.type === 'ContainerWaiting' && 'reason' in e
            && typeof e.reason === 'string')
            seen.add(`waiting:${e.reason}`);
    }
    for (const k of seen)
        c.transitions[k] = 1;
    return c;
}
/** Adds a case's coverage into a campaign's. */
export function addCoverage(into, c) {
    for (const [k, o] of Object.entries(c.kinds)) {
        const t = outcome(into, k);
        t.injected += o.injected;
        t.noTarget += o.noTarget;
        t.skipped += o.skipped;
        t.noTargetReason ??= o.noTargetReason;
    }
    for (const [k, n] of Object.entries(c.transitions))
        into.transitions[k] = (into.transitions[k] ?? 0) + n;
}
export const emptyCoverage = () => ({ kinds: {}, transitions: {} });
/**
 * The counterexample in plain words: what the faults and operations hit, and when each
 * invariant broke ("3m nodeLost of Node/ssd-0 ...", "3m55s availability: Deployment/web has 0 ...").
 */
export function storyOf(history, violations) {
    const lines = [];
    for (const e of history) {
        if (e.type === 'ControllerEvent' && e.reason === CHAOS_INJECTED)
            lines.push({ at: e.at, text: e.message });
        else if (e.type === 'NodeRecovered')
            lines.push({ at: e.at, text: `Node/${e.node} recovered` });
    }
    // The first violation of each invariant tells the story; the rest are counted.
    const shown = new Map();
    for (const v of violations)
        shown.set(v.invariant, (shown.get(v.invariant) ?? 0) + 1);
    for (const [inv, n] of shown) {
        const v = violations.find((x) => x.invariant === inv);
        lines.push({ at: v.at,
            text: `${inv} broken: ${v.message}${n > 1 ? ` (and ${n - 1} more violation${n > 2 ? 's' : ''} of ` +
                `${inv})` : ''}` });
    }
    return lines.sort((a, b) => a.at - b.at).map((l) => `${formatDuration(l.at)} ${l.text}`);
}
