import { statSync, writeFileSync } from 'node:fs';
import { checkScenario } from '../../check/evaluate.js';
import { junitXml } from '../../check/junit.js';
import { buildSetup, PluginError } from '../../fuzz/plugins.js';
import { formatDuration } from '../../api/time.js';
import { formatProblem, ScenarioError, unreadableProblem } from '../../api/problems.js';
import { unreadableReason, walkInputs } from '../walk.js';
import { loadScenario } from '../../scenario/load.js';
import { CliError, durationOption, EXIT, fail, nodeFs } from '../io.js';
import { collect, isModulePath, moduleUrl } from '../plugins.js';
import { writeReport } from '../reportFile.js';
/**
 * Scenario files under a folder (recursively, sorted, each real file once): YAML files whose kind
 * is Scenario. A link loop, a dangling link or an unreadable file is bad input (exit 2).
 */
export function scenarioFiles(dir) {
    const walk = walkInputs([dir], (n) => /\.ya?ml$/.test(n));
    const problems = [...walk.problems];
    const out = walk.files.filter((p) => {
        try {
            return /^kind:\s*Scenario\s*$/m.test(nodeFs.read(p));
        }
        catch (e) {
            problems.push(unreadableProblem(p, e));
            return false;
        }
    });
    if (problems.length)
        throw new ScenarioError(problems);
    return out;
}
/** The readable report of one failed expectation. */
export function failureLines(r) {
    return [`  ✗ ${r.label ?? `expect[${r.index}]`} ${r.text}`, `      expected: ${r.expected}`,
        `      seen:     ${r.seen} (at ${formatDuration(r.at)})`];
}
export function registerCheck(program) {
    program
        .command('check')
        .description("run a scenario (or every scenario under a folder) and judge its expect: list; exit 1 if any expectation fails")
        .argument('<path>', 'scenario YAML file or folder')
        .option('--junit <file>', 'also write the results as JUnit XML')
        .option('--plugin <module>', 'load invariants/components from a JS module (repeatable)', collect, [])
        .option('--invariants <module>', 'load user invariants from a JS module (repeatable; same as --plugin)', collect, [])
        .option('--settle <duration>', 'convergence invariants are judged this long after the last disturbance', '2m')
        .option('-q, --quiet', 'print only failures and the summary')
        .option('--report <file>', 'also write the HTML report of the run, failed expect: entries in its summary (one ' +
        'scenario)')
        .action(async (path, o) => {
        try {
            const settle = durationOption(o.settle ?? '2m', '--settle');
            const modules = [...o.plugin, ...o.invariants];
            for (const m of modules)
                if (!isModulePath(m))
                    throw new CliError(`--plugin/--invariants: ${m} is not a module path (./mine.js)`);
            let setup;
            try {
                setup = await buildSetup({ invariants: [], plugins: modules.map(moduleUrl), settle });
            }
            catch (err) {
                if (err instanceof PluginError)
                    throw new CliError(err.message);
                throw err;
            }
            let isDir;
            try {
                isDir = statSync(path).isDirectory();
            }
            catch (e) {
                throw new CliError(`${path}: ${unreadableReason(path, e)}`);
            }
            if (isDir && o.report)
                throw new CliError('--report: give one scenario file, not a folder');
            const files = isDir ? scenarioFiles(path) : [path];
            if (isDir && files.length === 0)
                throw new CliError(`${path}: no scenario files (YAML with kind: Scenario) found`);
            const suites = [];
            for (const file of files) {
                const t0 = process.hrtime.bigint();
                const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
                try {
                    const { scenario, warnings } = loadScenario(file, nodeFs);
                    if (!o.quiet)
                        for (const w of warnings)
                            process.stderr.write(`warning: ${formatProblem(w)}\n`);
                    const facts = [];
                    const r = checkScenario(scenario, o.report ? { ...setup,
                        attach: (sim) => { sim.events$.subscribe(({ event }) => facts.push(event)); } } : setup);
                    if (o.report)
                        writeReport(o.report, facts, { scenario: scenario.name, seed: scenario.seed,
                            startTime: scenario.startTime, hash: r.logHash }, { failedExpectations: r.results.filter((x) => !x.ok)
                                .map((x) => ({ label: x.label ?? `expect[${x.index}]: ${x.text}`, expected: x.expected, seen: x.seen,
                                at: x.at })) });
                    const suite = { file, results: r.results, ms: ms() };
                    suites.push(suite);
                    const failed = r.results.filter((x) => !x.ok);
                    if (failed.length) {
                        process.stdout.write(`FAIL ${file} (${failed.length} of ${r.results.length} expectations failed)\n`);
                        for (const f of failed)
                            process.stdout.write(`${failureLines(f).join('\n')}\n`);
                    }
                    else if (!o.quiet)
                        process.stdout.write(`PASS ${file} (${r.results.length} expectation${r.results.length === 1 ? '' : 's'}` +
                            `${r.results.length === 0 ? ': none given' : ''})\n`);
                }
                catch (err) {
                    if (!(err instanceof ScenarioError))
                        throw err;
                    suites.push({ file, error: err.message, results: [], ms: ms() });
                    process.stdout.write(`ERROR ${file}\n${err.problems.map((p) => `  error: ${formatProblem(p)}`).join('\n')}\n`);
                }
            }
            const failed = suites.filter((s) => s.results.some((r) => !r.ok)).length;
            const errors = suites.filter((s) => s.error).length;
            if (isDir
                || o.junit)
                process.stdout.write(`\n${suites.length} scenario${suites.length === 1 ? '' : 's'}: ${suites.length - failed - errors} passed,` +
                    ` ${failed} failed, ${errors} with errors\n`);
            if (o.junit) {
                try {
                    writeFileSync(o.junit, junitXml(suites));
                }
                catch {
                    throw new CliError(`--junit: cannot write ${o.junit}`);
                }
            }
            process.exitCode = errors ? EXIT.badInput : failed ? EXIT.failed : EXIT.ok;
        }
        catch (err) {
            fail(err);
        }
    });
}
