/**
 * Benchmark helpers. Each benchmark module exports `benches: Bench[]`; benchmarks/run.ts runs them,
 * prints one JSON line per measurement and, last, one flat JSON object of metric -> number.
 */
export interface BenchResult {
    /** Extra JSON lines to print (one per measured variant), e.g. {bench, n, runs, medianMs, ...}. */
    readonly lines: readonly Record<string, unknown>[];
    /** Metrics for the final summary object, e.g. {"queue.events_per_s": 4900000}. */
    readonly metrics: Readonly<Record<string, number>>;
}
export interface Bench {
    readonly name: string;
    /** Groups select subsets: `npm run bench -- scheduler` runs only group "scheduler". */
    readonly group: string;
    run(): Promise<BenchResult> | BenchResult;
}
/** Median with a numeric sort (immer's measure.mjs sorts as strings and takes the wrong index). */
export declare function median(xs: readonly number[]): number;
/** Runs `fn` once to warm up, then `runs` times with a GC between; returns each run's wall ms. */
export declare function timeRuns(fn: () => void, runs: number, warmup?: number): number[];
/** Peak resident set size of this process so far, in MiB (resourceUsage().maxRSS is in KiB). */
export declare const peakRssMb: () => number;
export declare const nodeVersion: string;
