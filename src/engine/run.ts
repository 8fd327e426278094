import type { Millis } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario } from '../scenario/types.js';
import { DEFAULT_COMPONENTS } from './components.js';
import { LOG_FORMAT_VERSION, LogWriter } from './log.js';
import { CheckpointWriter } from './checkpoint.js';
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
   * Checkpoints (checkpoint.ts): the state at least every `every` facts, as lines and bytes to
   * `write` (a sidecar file of the log); needs writeLog, since each checkpoint names the log's hash.
   */
  readonly checkpoints?: { readonly every: number; readonly write: (chunk: string | Uint8Array) => void };
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
export function runScenario(scenario: Scenario, opts: RunOptions = {}): RunResult {
  const sim = new Simulation(scenario, {
    components: opts.components ?? DEFAULT_COMPONENTS,
    ...(opts.options ? { options: opts.options } : {}),
    ...(opts.until !== undefined ? { until: opts.until } : {}),
    ...(opts.watch ? { watch: opts.watch } : {}),
  });
  // The log (and its hash chain) is a subscriber like any other: skipped when nobody wants it.
  const wantLog = opts.writeLog !== undefined || opts.hashLog === true;
  // Checkpoints name the byte offset of the log line after them, so count the log's bytes then.
  let logBytes = 0;
  const write = opts.writeLog ?? (() => {});
  const log = wantLog ? new LogWriter(
    { kubesimLog: LOG_FORMAT_VERSION, scenario: scenario.name, seed: scenario.seed, startTime: scenario.startTime,
      until: opts.until ?? scenario.until },
    opts.checkpoints ? (line) => { logBytes += Buffer.byteLength(line); write(line); } : write,
    opts.logKey,
  ) : undefined;
  if (log) sim.events$.subscribe(({ seq, event }) => log.append(seq, event));
  if (opts.checkpoints && log) new CheckpointWriter(opts.checkpoints.every, opts.checkpoints.write, () => log.hash,
    () => logBytes, opts.logKey).attach(sim);
  const onEvent = opts.onEvent;
  if (onEvent) sim.events$.subscribe(({ seq, event }) => onEvent(seq, event));
  opts.attach?.(sim);
  const state = sim.run();
  return { state, events: sim.eventCount, logHash: log?.hash ?? '' };
}
