/** Median with a numeric sort (immer's measure.mjs sorts as strings and takes the wrong index). */
export function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const gc = () => globalThis.gc?.();
/** Runs `fn` once to warm up, then `runs` times with a GC between; returns each run's wall ms. */
export function timeRuns(fn, runs, warmup = 1) {
    for (let i = 0; i < warmup; i++)
        fn();
    const out = [];
    for (let i = 0; i < runs; i++) {
        gc();
        const t0 = process.hrtime.bigint();
        fn();
        out.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return out;
}
/** Peak resident set size of this process so far, in MiB (resourceUsage().maxRSS is in KiB). */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
export const nodeVersion = process.version;
