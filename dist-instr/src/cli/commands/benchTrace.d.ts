import type { InflationRun } from '../../inflation/inflation.js';
export interface TraceBenchOptions {
    readonly trace: string;
    readonly mode?: string;
    readonly compare: string;
    readonly seeds: string;
    readonly seed: string;
    readonly workers: string;
    readonly shard?: string;
    readonly output: string;
    readonly out?: string;
}
/** Prints a summary as -o asks: table (default), json (the summary object) or csv (the mean curves). */
export declare function printSummary(runs: readonly InflationRun[], output: string): void;
/**
 * `kubesim bench --trace openb=DIR --mode inflation`: the ATC'23 experiment, each (policy, seed)
 * on a worker thread; with --shard only this shard's runs, written as an InflationShard file.
 */
export declare function runTraceBench(o: TraceBenchOptions): Promise<void>;
/**
 * `kubesim bench variant KIND PCT --trace openb=DIR [--seed N] [--out FILE]`: a pod list with
 * PCT percent of KIND (cpu-only, gpu-share, multi-gpu, gpu-spec), as CSV.
 */
export declare function writeVariant(args: readonly string[], o: {
    trace?: string;
    seed?: string;
    out?: string;
}): void;
/** `kubesim bench merge FILE...`: the shards' runs summarised as one sweep. */
export declare function mergeShards(paths: readonly string[], output: string): void;
