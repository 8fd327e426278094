import type { Command } from 'commander';
import { type WorkloadResult } from '../schedulerWorkloads.js';
import type { CompareData } from '../../output/report/compareHtml.js';
/** One comparison table: one row per profile, same workload and seed. */
export declare function benchTable(rows: readonly {
    profile: string;
    r: WorkloadResult;
}[]): string;
/** The same comparison as charts: one per column of the table. */
export declare const benchCompareData: (title: string, rows: readonly {
    profile: string;
    r: WorkloadResult;
}[]) => CompareData;
export declare function registerBench(program: Command): void;
