import type { Scenario } from '../src/scenario/types.js';
import { type Bench } from './harness.js';
/**
 * The mixed-workload day of issue #5: 1,000 nodes, 200 Deployments (3-12 replicas), 50
 * DaemonSets (one pod per node each), 100 CronJobs (every 5-60 minutes), 10 node failures
 * (lost, recovered 10 minutes later), plus a rolling image update every 10 minutes and a scale
 * every 15 minutes so the controllers keep working all day.
 */
export interface DayOptions {
    readonly nodes: number;
    readonly deployments: number;
    readonly daemonSets: number;
    readonly cronJobs: number;
    readonly nodeFailures: number;
    readonly hours: number;
    readonly seed?: number;
    /** Replicas of every Deployment (default: 3 to 12, by index). */
    readonly replicas?: number;
    /** A `scale` of one Deployment every 15 minutes (default true; the scale day lets HPAs scale instead). */
    readonly scales?: boolean;
    /** The first `hpas` Deployments get an HPA (CPU 50%) and a CPU load that rises and falls. */
    readonly hpas?: number;
}
export declare const FULL_DAY: DayOptions;
/** Builds the day's scenario; everything derives from the index, so it is the same every run. */
export declare function mixedWorkloadDay(o: DayOptions): Scenario;
/** Where a day writes its log as it runs (scale.bench.ts): a file, and checkpoints every N facts beside it. */
export interface DayLog {
    readonly path: string;
    readonly checkpointEvery?: number;
}
/** Runs the day once (writing its log when `log` is given); returns wall time, events and what ran. */
export declare function runDay(o: DayOptions, log?: DayLog): {
    wallMs: number;
    cpuMs: number;
    events: number;
    pods: number;
    cronJobControllerRan: boolean;
    logHash: string;
};
/** The same day at a tenth of the size: a quick reading of the same mix. */
export declare const TENTH_DAY: DayOptions;
export declare const benches: Bench[];
