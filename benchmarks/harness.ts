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
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Runs `fn` once to warm up, then `runs` times with a GC between; returns each run's wall ms. */
export function timeRuns(fn: () => void, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

/** Peak resident set size of this process so far, in MiB (resourceUsage().maxRSS is in KiB). */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export const nodeVersion = process.version;
