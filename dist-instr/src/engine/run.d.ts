import type { Millis } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario } from '../scenario/types.js';
import { Simulation, type ComponentFactory } from './simulation.js';
export interface RunOptions {
    readonly components?: readonly ComponentFactory[];
    readonly options?: Readonly<Record<string, unknown>>;
    readonly until?: Millis;
    /** Receives each log line (header first), e.g. a file stream's write. */
    readonly writeLog?: (line: string) => void;
    /** Key the log's hash chain with HMAC-SHA-256 (LogHeader.chain). */
    readonly logKey?: Uint8Array;
    /** Compute the log's hash chain even without writing it (RunResult.logHash). */
    readonly hashLog?: boolean;
    /** Sees every fact as it happens (progress, timelines, metrics). */
    readonly onEvent?: (seq: number, event: import('../events/index.js').ClusterEvent) => void;
    /** Progress and run limits: see SimulationOptions.watch. */
    readonly watch?: (events: number, now: Millis) => string | undefined;
    /**
     * Checkpoints (checkpoint.ts): the state at least every `every` facts, as lines to `write` (a
     * sidecar file of the log); needs writeLog, since each checkpoint names the log's hash.
     */
    readonly checkpoints?: {
        readonly every: number;
        readonly write: (line: string) => void;
    };
    /** Sees the Simulation before it runs (invariant checkers subscribe to batches$ here). */
    readonly attach?: (sim: Simulation) => void;
}
export interface RunResult {
    readonly state: ClusterState;
    readonly events: number;
    /**
     * Hash of the last log line (empty unless a log was written or hashLog asked): equal hashes mean byte-identical logs.
     */
    readonly logHash: string;
}
/** Runs a scenario to its end and returns the final state with the log's hash. */
export declare function runScenario(scenario: Scenario, opts?: RunOptions): RunResult;
