import { MAX_DURATION_MS } from './limits.js';
const UNIT = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Parses a duration into whole milliseconds: `500ms`, `30s`, `5m`, `1h30m`, `2.5s`, or a bare
 * integer of milliseconds. Returns an error message for anything else.
 */
export function parseDuration(v) {
    const d = parseAnyDuration(v);
    if (typeof d === 'number'
        && d > MAX_DURATION_MS)
        return `must be at most ${formatDuration(MAX_DURATION_MS)} (kubesim's limit of 10 years ` +
            `of virtual time), got ${JSON.stringify(v)}`;
    return d;
}
function parseAnyDuration(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) && v >= 0 ? v
            : `must be a whole, non-negative number of milliseconds, got ${v}`;
    if (typeof v !== 'string')
        return `must be a duration such as 30s, 5m or 1h30m, got ${JSON.stringify(v)}`;
    const s = v.trim();
    if (/^\d+$/.test(s))
        return Number(s);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
    let total = 0, consumed = 0, m;
    while ((m = re.exec(s)) !== null) {
        if (m.index !== consumed)
            break;
        total += Number(m[1]) * UNIT[m[2]];
        consumed = m.index + m[0].length;
    }
    if (consumed !== s.length
        || s.length === 0)
        return `must be a duration such as 30s, 5m or 1h30m (units ms, s, m, h, d), got ` +
            `${JSON.stringify(v)}`;
    if (!Number.isInteger(Math.round(total * 1000) / 1000) || Math.abs(total - Math.round(total)) > 1e-9)
        return `must be whole milliseconds, got ${JSON.stringify(v)}`;
    return Math.round(total);
}
/** Formats milliseconds the way kubectl prints ages: 45s, 3m20s, 2h5m. */
export function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    if (ms < 1000)
        return `${ms}ms`;
    const s = Math.floor(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
    const h = Math.floor(m / 60);
    return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
}
/**
 * RFC 3339 with second precision, as the API serialises metav1.Time. Printing a run's objects
 * formats the same few instants over and over (a pod's conditions, its containers' startedAt), so
 * the texts of recent instants are kept (by second; cleared when many accumulate).
 */
export function rfc3339(startTime, ms) {
    const second = Math.floor((startTime + ms) / 1000);
    let s = RFC3339.get(second);
    if (s === undefined) {
        if (RFC3339.size >= RFC3339_KEPT)
            RFC3339.clear();
        s = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`;
        RFC3339.set(second, s);
    }
    return s;
}
const RFC3339 = new Map();
const RFC3339_KEPT = 4096;
