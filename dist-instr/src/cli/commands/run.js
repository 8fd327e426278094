import { runScenario } from '../../engine/run.js';
import { FactReader } from '../../output/events/observe.js';
import { EventStream, STREAM_HEADER } from '../../output/events/stream.js';
import { writeReport } from '../reportFile.js';
import { nodeTable, podTable } from '../../output/table.js';
import { workloadTables } from '../../output/workloadTables.js';
import { toApi } from '../../output/toApi.js';
import { formatDuration } from '../../api/time.js';
import { formatProblem } from '../../api/problems.js';
import { loadScenario } from '../../scenario/load.js';
import { CliError, durationOption, fail, integerOption, nodeFs } from '../io.js';
import { runWatcher } from '../progress.js';
import { readLogKey } from './replay.js';
import { checkpointsFile, removeStaleCheckpoints } from '../checkpoints.js';
import { RunStopped } from '../../engine/simulation.js';
import { withComponents } from '../../engine/components.js';
import { loadPlugins } from '../../fuzz/plugins.js';
import { collect, moduleUrl } from '../plugins.js';
import { loadSchedulerOption } from '../schedulerModule.js';
import { buildProfiles, ProfileError } from '../../scheduler/profile.js';
import { formatTimedSummary, TimedTraceReport } from '../../trace/timedReport.js';
import { fileSink } from '../fileSink.js';
/** Runs `f`, always finishing the progress line and the log; a watcher's stop is exit 2 naming its cause. */
function runToEnd(f, finish) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof RunStopped)
            throw new CliError(`${e.reason}; the log (if any) ends there, without SimulationStopped`);
        throw e;
    }
    finally {
        finish();
    }
}
export function registerRun(program) {
    program
        .command('run')
        .description('run a scenario to its end and print what happened')
        .argument('<scenario>', 'scenario YAML file')
        .option('--log <file>', 'write the event log (JSON lines, hash-chained) to this file')
        .option('-o, --output <format>', 'text (default) or json: the final state in Kubernetes API shape', 'text')
        .option('--until <duration>', "stop at this virtual time instead of the scenario's until")
        .option('--seed <n>', "override the scenario's seed")
        .option('-q, --quiet', 'text output: print only the final tables, not the timeline')
        .option('--explain-scheduling', 'record each scheduling attempt (filter verdicts and scores) in the log')
        .option('--scheduler <profile|file>', 'scheduler profile: default, binpack, spread, a KubeSchedulerConfiguration file, or a plugin module (.js)')
        .option('--plugin <module>', 'add the components and options a JS module exports (repeatable; e.g. to replay a fuzz counterexample)', collect, [])
        .option('--report <file>', 'also write the HTML report of the run (as kubesim report does from its log)')
        .option('--log-key-file <file>', 'key the log\'s hash chain (HMAC-SHA-256) with this file\'s bytes, so only a key holder can re-hash it')
        .option('--checkpoint-every <n>', 'with --log: write the state every n facts (at least) to LOG.checkpoints, where replay/get --at start from')
        .option('--max-events <n>', 'stop the run (exit 2) once it has produced more than n events')
        .option('--max-wall <duration>', 'stop the run (exit 2) once it has taken longer than this on the wall clock (e.g. 60s)')
        .action(async (file, o) => {
        try {
            const schedulerOption = o.scheduler !== undefined ? await loadSchedulerOption(o.scheduler) : undefined;
            if (o.output !== 'text' && o.output !== 'json')
                throw new CliError(`--output: must be text or json, got ${o.output}`);
            const { scenario: loaded, warnings } = loadScenario(file, nodeFs);
            for (const w of warnings)
                process.stderr.write(`warning: ${formatProblem(w)}\n`);
            let scenario = loaded;
            if (o.seed !== undefined)
                scenario = { ...scenario, seed: integerOption(o.seed, '--seed') };
            const maxEvents = o.maxEvents !== undefined ? integerOption(o.maxEvents, '--max-events', 1) : undefined;
            const maxWallMs = o.maxWall !== undefined ? durationOption(o.maxWall, '--max-wall') : undefined;
            // Check the scheduler configuration up front, so its errors name the scenario file.
            if (!schedulerOption?.config) {
                try {
                    buildProfiles(scenario.scheduler);
                }
                catch (e) {
                    if (e instanceof ProfileError)
                        throw new ProfileError(e.problems.map((p) => `${file}: ${p}`));
                    throw e;
                }
            }
            const until = o.until !== undefined ? durationOption(o.until, '--until') : undefined;
            const logKey = readLogKey(o.logKeyFile);
            if (logKey && !o.log)
                throw new CliError('--log-key-file: needs --log FILE (the keyed log to write)');
            const checkpointEvery = o.checkpointEvery !== undefined ? integerOption(o.checkpointEvery, '--checkpoint-every', 1) : undefined;
            if (checkpointEvery !== undefined && !o.log)
                throw new CliError('--checkpoint-every: needs --log FILE (checkpoints are written next to the log)');
            const sink = o.log ? fileSink(o.log) : undefined;
            if (o.log)
                removeStaleCheckpoints(o.log);
            const checkpoints = o.log && checkpointEvery !== undefined ? fileSink(checkpointsFile(o.log)) : undefined;
            const showTimeline = o.output === 'text' && !o.quiet;
            const plugin = o.plugin.length ? await loadPlugins(o.plugin.map(moduleUrl)).catch((e) => { throw new CliError(`--plugin: ${e.message}`); }) : undefined;
            const watcher = runWatcher({
                ...(maxEvents !== undefined ? { maxEvents } : {}), ...(maxWallMs !== undefined ? { maxWallMs } : {}),
                until: until ?? scenario.until, ...(process.stderr.isTTY ? { tty: process.stderr } : {}),
            });
            const traceReport = scenario.trace ? new TimedTraceReport() : undefined;
            const reader = new FactReader();
            const stream = new EventStream();
            const facts = [];
            if (showTimeline)
                process.stdout.write(`${STREAM_HEADER}\n`);
            const result = runToEnd(() => runScenario(scenario, {
                ...(traceReport ? { attach: (sim) => { sim.events$.subscribe(({ event }) => traceReport.observe(event)); } }
                    : {}),
                watch: watcher.watch,
                ...(logKey ? { logKey } : {}),
                ...(plugin ? { components: withComponents(plugin.components) } : {}),
                ...(sink ? { writeLog: sink.write } : { hashLog: true }),
                ...(checkpoints ? { checkpoints: { every: checkpointEvery, write: checkpoints.write } } : {}),
                ...(showTimeline || o.report ? { onEvent: (_seq, e) => {
                        if (o.report)
                            facts.push(e);
                        if (showTimeline)
                            for (const l of stream.lines(reader.observe(e)))
                                process.stdout.write(`${l}\n`);
                    } } : {}),
                ...(until !== undefined ? { until } : {}),
                options: { explainScheduling: o.explainScheduling === true,
                    ...(schedulerOption ? { scheduler: schedulerOption } : {}), ...(plugin?.options ?? {}) },
            }), () => { watcher.done(); sink?.close(); checkpoints?.close(); });
            if (o.report) {
                writeReport(o.report, facts, { scenario: scenario.name, seed: scenario.seed, startTime: scenario.startTime,
                    hash: result.logHash });
            }
            if (o.output === 'json')
                process.stdout.write(`${JSON.stringify(toApi(result.state), null, 2)}\n`);
            else {
                process.stdout.write(`\n${nodeTable(result.state)}\n\n${podTable(result.state)}\n\n`);
                const workloads = workloadTables(result.state);
                if (workloads)
                    process.stdout.write(`${workloads}\n\n`);
                if (traceReport)
                    process.stdout.write(`${formatTimedSummary(traceReport.summary())}\n`);
                process.stdout.write(`${result.events} events, virtual time ${formatDuration(result.state.time)}, log hash ${result.logHash}\n`);
            }
        }
        catch (err) {
            fail(err);
        }
    });
}
