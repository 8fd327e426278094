import type { GpuPolicy } from '../scheduler/gpuProfiles.js';
import { type InflationRun } from './inflation.js';
/** One run of a sweep, for a worker thread: the trace's text (read by the CLI) and the run. */
export interface InflationTask {
    readonly pods: {
        readonly text: string;
        readonly file: string;
    };
    readonly nodes: {
        readonly text: string;
        readonly file: string;
    };
    readonly policy: GpuPolicy;
    readonly seed: number;
}
/** Runs one (policy, seed); the trace is parsed once per thread. */
export declare function runTask(t: InflationTask): InflationRun;
/** piscina's entry point. */
export default runTask;
