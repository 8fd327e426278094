import { Command } from 'commander';
import { EXIT } from './io.js';
/**
 * Each command's module, in the order `kubesim --help` lists them. Loaded on demand: a command's
 * module brings in the layers it needs (the engine, the report, the fuzzer's workers, the API
 * server), and Node compiles every module it loads, so `kubesim run` loads only run's (measured:
 * docs/architecture.md, "Process start").
 */
const COMMANDS = [
    ['run', async () => (await import('./commands/run.js')).registerRun],
    ['replay', async () => (await import('./commands/replay.js')).registerReplay],
    ['validate', async () => (await import('./commands/validate.js')).registerValidate],
    ['check', async () => (await import('./commands/check.js')).registerCheck],
    ['fuzz', async () => (await import('./commands/fuzz.js')).registerFuzz],
    ['get', async () => (await import('./commands/get.js')).registerGet],
    ['report', async () => (await import('./commands/report.js')).registerReport],
    ['diff', async () => (await import('./commands/diff.js')).registerDiff],
    ['describe', async () => (await import('./commands/describe.js')).registerDescribe],
    ['explain', async () => (await import('./commands/explain.js')).registerExplain],
    ['bench', async () => (await import('./commands/bench.js')).registerBench],
    ['verify', async () => (await import('./commands/verify.js')).registerVerify],
    ['trace', async () => (await import('./commands/trace.js')).registerTrace],
    ['serve', async () => (await import('./commands/serve.js')).registerServe],
    ['clock', async () => (await import('./commands/clock.js')).registerClock],
];
/**
 * The kubesim command line for `args` (the words after `kubesim`), built fresh per invocation
 * (main.ts, and the in-process runner the front-door fuzz tests use). When the first word names a
 * command, only that command is registered; for `--version` none; otherwise (help, a mistyped command,
 * which commander answers with the closest name) every one is. A usage error (unknown option, missing
 * argument) is bad input: exit 2, as README states, not commander's default 1.
 */
export async function buildProgram(args) {
    const program = new Command();
    program
        .name('kubesim')
        .description('Deterministic, event-sourced simulation of a Kubernetes cluster')
        .version('0.1.0')
        .showHelpAfterError()
        .exitOverride((err) => {
        process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.badInput);
    });
    const named = COMMANDS.find(([name]) => name === args[0]);
    const version = args.length === 1 && (args[0] === '--version' || args[0] === '-V');
    const loads = named ? [named] : version ? [] : COMMANDS;
    for (const register of await Promise.all(loads.map(([, load]) => load())))
        register(program);
    return program;
}
