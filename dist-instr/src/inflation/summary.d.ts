import type { InflationRun } from './inflation.js';
export interface MeanSd {
    readonly mean: number;
    readonly sd: number;
}
export interface PolicySummary {
    readonly seeds: number;
    readonly unallocatedGpuPctAt100: MeanSd;
    /** Tasks dropped over the whole run (to 130% arrived), mean over seeds. */
    readonly failedTasks: number;
    readonly fragRatioPctAt100: MeanSd;
    /** [arrived %, unallocated %], the mean over seeds at each arrived percent. */
    readonly curve: readonly (readonly [number, number])[];
}
export interface InflationSummary {
    readonly policies: Record<string, PolicySummary>;
}
/** What one shard writes: its runs, merged by `kubesim bench merge`. */
export interface InflationShard {
    readonly kind: 'InflationShard';
    readonly runs: readonly InflationRun[];
}
/** Mean and sample standard deviation (n - 1; 0 for one value). */
export declare function meanSd(xs: readonly number[]): MeanSd;
/** Per policy (in the order first seen): the figures over its seeds. */
export declare function summarize(runs: readonly InflationRun[]): InflationSummary;
/** The summary as a table: one row per policy. */
export declare function summaryTable(s: InflationSummary): string;
/** The mean curves as CSV: policy, arrived %, unallocated %. */
export declare function curveCsv(s: InflationSummary): string;
/** The (policy, seed) runs of a sweep, and the ones shard i of n takes (every n-th, from i; 0 <= i < n). */
export declare function sweepJobs(policies: readonly string[], seeds: readonly number[], shard?: {
    index: number;
    count: number;
}): {
    policy: string;
    seed: number;
}[];
