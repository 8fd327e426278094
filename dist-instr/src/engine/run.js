import { DEFAULT_COMPONENTS } from './components.js';
import { LOG_FORMAT_VERSION, LogWriter } from './log.js';
import { CheckpointWriter } from './checkpoint.js';
import { Simulation } from './simulation.js';
/** Runs a scenario to its end and returns the final state with the log's hash. */
export function runScenario(scenario, opts = {}) {
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
    const write = opts.writeLog ?? (() => { });
    const log = wantLog ? new LogWriter({ kubesimLog: LOG_FORMAT_VERSION, scenario: scenario.name, seed: scenario.seed, startTime: scenario.startTime,
        until: opts.until ?? scenario.until }, opts.checkpoints ? (line) => { logBytes += Buffer.byteLength(line); write(line); } : write, opts.logKey) : undefined;
    if (log)
        sim.events$.subscribe(({ seq, event }) => log.append(seq, event));
    if (opts.checkpoints && log)
        new CheckpointWriter(opts.checkpoints.every, opts.checkpoints.write, () => log.hash, () => logBytes, opts.logKey).attach(sim);
    const onEvent = opts.onEvent;
    if (onEvent)
        sim.events$.subscribe(({ seq, event }) => onEvent(seq, event));
    opts.attach?.(sim);
    const state = sim.run();
    return { state, events: sim.eventCount, logHash: log?.hash ?? '' };
}
