import { formatDuration } from '../api/time.js';
const wallMs = () => Number(process.hrtime.bigint() / 1000000n);
const num = (n) => Math.round(n).toLocaleString('en-US');
/**
 * The run's watcher (Simulation `watch`): the user's limits, and a progress line on a terminal
 * (virtual time reached, facts per second of wall time, ETA), redrawn at most 5 times a second
 * and erased when the run ends, so redirected output and logs never contain it.
 */
export function runWatcher(o) {
    const t0 = wallMs();
    let lastDraw = t0, drawn = false;
    const watch = (events, now) => {
        const t = wallMs(), elapsed = t - t0;
        if (o.maxEvents !== undefined && events > o.maxEvents) {
            return `run stopped by --max-events ${num(o.maxEvents)}: ${num(events)} events by virtual time ` +
                `${formatDuration(now)} of ${formatDuration(o.until)}`;
        }
        if (o.maxWallMs !== undefined && elapsed > o.maxWallMs) {
            return `run stopped by --max-wall ${formatDuration(o.maxWallMs)}: ${num(events)} events, virtual time ` +
                `${formatDuration(now)} of ${formatDuration(o.until)} reached`;
        }
        if (o.tty && t - lastDraw >= 200) {
            lastDraw = t;
            const rate = events / Math.max(elapsed / 1000, 1e-3);
            const fraction = o.until > 0 ? now / o.until : 1;
            const eta = fraction > 0 ? (elapsed / fraction - elapsed) : NaN;
            const line = `virtual ${formatDuration(now)} / ${formatDuration(o.until)} (${Math.floor(fraction * 100)}%), ` +
                (`${num(events)} events, ${num(rate)} events/s, ETA ` +
                    `${Number.isFinite(eta) ? formatDuration(Math.round(eta / 1000) * 1000) : '?'}`);
            o.tty.write(`\r${line.slice(0, (o.tty.columns ?? 100) - 1)}\x1b[K`);
            drawn = true;
        }
        return undefined;
    };
    return { watch, done: () => { if (drawn)
            o.tty?.write('\r\x1b[K'); } };
}
