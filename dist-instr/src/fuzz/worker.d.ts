import type { Violation } from '../invariants/types.js';
import type { Coverage } from './coverage.js';
import { type SetupSpec } from './plugins.js';
import type { FuzzBase, FuzzCase } from './types.js';
export interface WorkerTask {
    readonly base: FuzzBase;
    readonly setup: SetupSpec;
    readonly cases: readonly (readonly [number, FuzzCase])[];
}
export interface CaseResult {
    readonly index: number;
    readonly violations: readonly Violation[];
    readonly coverage: Coverage;
}
/** Runs a slice of cases; the setup (plugins, invariants) is built once per thread. */
export declare function runCases(task: WorkerTask): Promise<CaseResult[]>;
/** piscina's entry point. */
export default runCases;
