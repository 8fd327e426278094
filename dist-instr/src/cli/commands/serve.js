import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_COMPONENTS } from '../../engine/components.js';
import { formatProblem } from '../../api/problems.js';
import { loadScenario } from '../../scenario/load.js';
import { parseSpeed } from '../../serve/clock.js';
import { kubeconfig } from '../../serve/kubeconfig.js';
import { printers } from '../../serve/printers.js';
import { sessionScenario } from '../../serve/record.js';
import { startServer } from '../../serve/server.js';
import { liveSession, replaySession } from '../../serve/session.js';
import { CliError, durationOption, fail, nodeFs } from '../io.js';
import { readLog } from './replay.js';
function open(file, o) {
    const base = { speed: speedFlag(o.speed), paused: o.paused === true, wallNow: () => performance.now(),
        printerFor: printers,
        ...(o.at !== undefined ? { at: durationOption(o.at, '--at') } : {}) };
    if (o.log) {
        if (file)
            throw new CliError('give a scenario or --log, not both');
        if (o.record || o.writeLog)
            throw new CliError('--record and --write-log need a live scenario, not --log');
        const log = readLog(o.log);
        return { session: replaySession(log.events, log.header.startTime, base) };
    }
    if (!file)
        throw new CliError('give a scenario file (live) or --log run.jsonl (replay)');
    const { scenario: loaded, warnings } = loadScenario(file, nodeFs);
    for (const w of warnings)
        process.stderr.write(`warning: ${formatProblem(w)}\n`);
    let scenario = loaded;
    if (o.seed !== undefined) {
        if (!/^-?\d+$/.test(o.seed))
            throw new CliError(`--seed: must be an integer, got ${o.seed}`);
        scenario = { ...scenario, seed: Number(o.seed) };
    }
    const session = liveSession(scenario, { components: DEFAULT_COMPONENTS, keepLog: o.writeLog !== undefined,
        sourceFile: o.record ?? file }, base);
    return { session, doc: parseYaml(readFileSync(file, 'utf8')) };
}
function speedFlag(v) {
    try {
        return parseSpeed(v);
    }
    catch {
        throw new CliError(`--speed: must be a positive number or max, got ${v}`);
    }
}
export function registerServe(program) {
    program
        .command('serve')
        .description('serve the Kubernetes API over a live simulation (or a recorded log) for kubectl and client libraries')
        .argument('[scenario]', 'scenario YAML file (live)')
        .option('--log <file>', 'serve a recorded log instead (read-only; the clock moves through it)')
        .option('--write-log <file>', 'live: write the session\'s event log here when the server stops')
        .option('--record <file>', 'live: write the scenario plus every accepted write as a timeline here when the server stops')
        .option('--address <ip>', 'listen address (needs --token); default 127.0.0.1')
        .option('--port <n>', 'port (0: any free port)', '6443')
        .option('--token <token>', 'bearer token every request must carry')
        .option('--kubeconfig <file>', 'write a kubeconfig for this server here')
        .option('--speed <n>', 'virtual seconds per wall second, or max', '1')
        .option('--paused', 'start with the clock paused (drive it with kubesim clock)')
        .option('--at <duration>', 'start at this virtual time')
        .option('--seed <n>', "override the scenario's seed")
        .action(async (file, o) => {
        try {
            if (o.address !== undefined && o.token === undefined)
                throw new CliError('--address needs --token: a server off loopback must check a bearer token');
            if (!/^\d+$/.test(o.port))
                throw new CliError(`--port: must be a number, got ${o.port}`);
            const { session, doc } = open(file, o);
            const running = await startServer(session.ctx, session.pacer, { host: o.address ?? '127.0.0.1', port: Number(o.port), ...(o.token ? { token: o.token } : {}) })
                .catch((e) => { throw new CliError(`cannot listen: ${e.message}`); });
            const config = kubeconfig(running.url, o.token);
            if (o.kubeconfig)
                writeFileSync(o.kubeconfig, config);
            process.stdout.write(`kubesim serving ${running.url} (${session.cluster.driver.writable ? 'live' : 'replay'}; Ctrl-C stops)\n`);
            process.stdout.write(o.kubeconfig ? `kubectl --kubeconfig ${o.kubeconfig} get pods -A\n` : `${config}\n`);
            let stopping = false;
            const stop = async () => {
                if (stopping)
                    return;
                stopping = true;
                await running.close();
                const lines = session.stop();
                if (o.writeLog && lines)
                    writeFileSync(o.writeLog, lines.join(''));
                if (o.record && doc && file) {
                    const from = dirname(file), to = dirname(o.record);
                    const rebase = (f) => (isAbsolute(f) ? f : relative(to, join(from, f)) || '.');
                    writeFileSync(o.record, sessionScenario(doc, session.cluster.writes, session.cluster.now, rebase, o.seed !== undefined ? Number(o.seed) : undefined));
                }
                process.exit(0);
            };
            process.on('SIGINT', () => { stop().catch(fail); });
            process.on('SIGTERM', () => { stop().catch(fail); });
        }
        catch (err) {
            fail(err);
        }
    });
}
