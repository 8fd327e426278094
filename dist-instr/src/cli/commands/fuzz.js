import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFuzzBase } from '../../fuzz/base.js';
import { DEFAULT_MAX_OPS, fuzz } from '../../fuzz/fuzz.js';
import { caseSize } from '../../fuzz/materialize.js';
import { buildSetup, PluginError } from '../../fuzz/plugins.js';
import { runDoc, toYaml } from '../../fuzz/runCase.js';
import { campaignReport, campaignText } from '../../fuzz/campaign.js';
import { campaignSectionHtml } from '../../fuzz/campaignHtml.js';
import { writeReport } from '../reportFile.js';
import { readLog } from './replay.js';
import { parseInvariantFlag, parseInvariantSpecs } from '../../invariants/operational/index.js';
import { ScenarioError } from '../../api/problems.js';
import { parseVaryFlag, VARY_KEYS } from '../../scenario/vary.js';
import { CHAOS_FAULTS, CHAOS_OPERATIONS } from '../../scenario/types.js';
import { formatDuration } from '../../api/time.js';
import { CliError, durationOption, EXIT, fail, nodeFs } from '../io.js';
import { collect, isModulePath, moduleUrl } from '../plugins.js';
import { fileSink } from '../fileSink.js';
/** A comma-separated list of kinds from `known` (`all` or `none` too). */
function kindList(v, flag, known) {
    const items = v.split(',').map((x) => x.trim()).filter(Boolean);
    if (items.length === 1 && items[0] === 'all')
        return [...known];
    if (items.length === 1 && items[0] === 'none')
        return [];
    for (const k of items)
        if (!known.includes(k))
            throw new CliError(`${flag}: unknown kind ${k} (known: ${known.join(', ')}, all, none)`);
    return items;
}
const int = (v, flag, min) => {
    if (!/^\d+$/.test(v) || Number(v) < min)
        throw new CliError(`${flag}: must be an integer >= ${min}, got ${v}`);
    return Number(v);
};
/**
 * `i/n` with 0 <= i < n: the shard this process runs (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX / completions).
 */
export function parseShard(v) {
    const m = /^(\d+)\/(\d+)$/.exec(v);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2]))
        throw new CliError(`--shard: must be i/n with 0 <= i < n, got ${v}`);
    return { index: Number(m[1]), count: Number(m[2]) };
}
/** A progress bar on a TTY: `[#####-----] 120/400 runs 85/s`. */
function progress(enabled) {
    const t0 = process.hrtime.bigint();
    let last = 0;
    return {
        tick(done, total) {
            if (!enabled)
                return;
            const now = Number(process.hrtime.bigint() - t0) / 1e6;
            if (done < total && now - last < 100)
                return;
            last = now;
            const w = 30, filled = Math.round((done / Math.max(1, total)) * w);
            process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(w - filled)}] ${done}/${total} runs ` +
                `${Math.round(done / Math.max(now / 1000, 1e-3))}/s`);
        },
        end() { if (enabled)
            process.stderr.write('\n'); },
    };
}
export function registerFuzz(program) {
    program
        .command('fuzz')
        .description("vary a scenario's faults, their timing, node counts and seeds; on a violated invariant, shrink it and write a " +
        "counterexample")
        .argument('<scenario>', 'scenario YAML file (its manifests are kept)')
        .option('--runs <n>', 'cases to try', '100')
        .option('--faults <list>', `fault kinds, comma-separated (${CHAOS_FAULTS.join(', ')}; all; none)`, 'all')
        .option('--ops <list>', `operator actions, comma-separated (${CHAOS_OPERATIONS.join(', ')}; all; none)`, 'all')
        .option('--max-ops <n>', 'at most this many faults and operations per case', String(DEFAULT_MAX_OPS))
        .option('--max-faults <n>', 'same as --max-ops (older name)')
        .option('--invariants <list>', 'invariant names and/or ./module.js files, comma-separated (default: every registered invariant)')
        .option('--invariant <spec>', "an operational invariant with parameters, e.g. 'availability selector=app=web min=2' (repeatable)", collect, [])
        .option('--output <format>', 'json: print the campaign report as JSON on stdout instead of text')
        .option('--plugin <module>', 'load invariants/components from a JS module (repeatable)', collect, [])
        .option('--seed <n>', 'fast-check seed (default: drawn at random and printed)')
        .option('--path <path>', 'replay and shrink from this fast-check path (printed with a counterexample)')
        .option('--out <dir>', 'where to write counterexample.yaml, counterexample.jsonl, report.html and summary.json (default kubesim-fuzz, ' +
        'written on a ' +
        'violation, a shard, or when given)')
        .option('--vary <key=range>', `vary behaviours within a range, e.g. runDuration=30s..10m, exitCodes=0,1,137, ` +
        `memory=80%..110% (keys: ${VARY_KEYS.join(', ')}; repeatable; over the scenario's vary:)`, collect, [])
        .option('--workers <n>', 'worker threads', '1')
        .option('--shard <i/n>', 'run only the i-th of n slices of the cases (for an Indexed Job)')
        .option('--settle <duration>', 'convergence invariants are judged this long after the last disturbance', '2m')
        .option('--no-shrink', 'only report failing case indices (summary), without shrinking or writing a counterexample')
        .action(async (file, o) => {
        try {
            const runs = int(o.runs, '--runs', 1), workers = int(o.workers, '--workers', 1);
            const maxOps = o.maxFaults !== undefined ? int(o.maxFaults, '--max-faults', 0) : int(o.maxOps, '--max-ops', 0);
            const faults = kindList(o.faults, '--faults', CHAOS_FAULTS), ops = kindList(o.ops, '--ops', CHAOS_OPERATIONS);
            if (o.output !== undefined && o.output !== 'json')
                throw new CliError(`--output: must be json, got ${o.output}`);
            if (o.seed !== undefined && !/^-?\d+$/.test(o.seed))
                throw new CliError(`--seed: must be an integer, got ${o.seed}`);
            // The wall clock only picks a seed the user did not give; it is printed so the run can be repeated.
            const seed = o.seed !== undefined ? Number(o.seed) : (Date.now() ^ (process.pid << 16)) >>> 1;
            const shard = o.shard ? parseShard(o.shard) : { index: 0, count: 1 };
            const settle = durationOption(o.settle, '--settle');
            const items = (o.invariants ?? '').split(',').map((s) => s.trim()).filter(Boolean);
            const modules = [...o.plugin, ...items.filter(isModulePath)];
            let flagSpecs;
            try {
                flagSpecs = o.invariant.map(parseInvariantFlag);
            }
            catch (err) {
                throw new CliError(err.message);
            }
            const loaded = loadFuzzBase(file, nodeFs), scenario = loaded.scenario;
            // --vary KEY=RANGE flags win over the scenario's `vary:` for their key.
            const varyProblems = [];
            const flagVary = Object.assign({}, ...o.vary.map((f) => parseVaryFlag(f, varyProblems)));
            if (varyProblems.length)
                throw new CliError(varyProblems.map((p) => `${p.path}: ${p.message}`).join('\n'));
            const vary = { ...scenario.vary, ...flagVary };
            const base = Object.keys(vary).length ? { ...loaded.base, vary } : loaded.base;
            const names = items.filter((s) => !isModulePath(s));
            let spec = { invariants: names, plugins: modules.map(moduleUrl), settle };
            let setup;
            try {
                setup = await buildSetup(spec);
            }
            catch (err) {
                if (err instanceof PluginError)
                    throw new CliError(err.message);
                throw err;
            }
            // The scenario's own `invariants:` list, then --invariant flags (which win for their name).
            const declared = parseInvariantSpecs(scenario.invariants, file, setup.registry.names());
            if (declared.problems.length)
                throw new ScenarioError(declared.problems);
            const flagNames = new Set(flagSpecs.map((x) => x.name));
            const specs = [...declared.specs.filter((x) => !flagNames.has(x.name)), ...flagSpecs];
            // A scenario that declares its invariants is judged on those (and on --invariants), not on every registered
            // one.
            const declares = declared.specs.length + declared.names.length > 0 || flagSpecs.length > 0;
            spec = { ...spec, invariants: [...new Set([...names, ...declared.names])], specs, only: declares
                    || names.length > 0 };
            setup = await buildSetup(spec);
            for (const w of scenario.warnings)
                process.stderr.write(`warning: ${w}\n`);
            const bar = progress(process.stderr.isTTY === true);
            const t0 = process.hrtime.bigint();
            const report = await fuzz(base, {
                runs, seed, kinds: [...faults, ...ops], maxOps, setup: spec, workers, shard,
                workerFile: new URL('../../fuzz/worker.js', import.meta.url),
                onProgress: bar.tick,
                shrink: o.shrink,
                ...(o.path ? { path: o.path } : {}),
            });
            bar.end();
            const secs = Number(process.hrtime.bigint() - t0) / 1e9;
            const shardText = shard.count > 1 ? ` (shard ${shard.index}/${shard.count})` : '';
            process.stderr.write(`fuzz: ${report.executed} runs${shardText} in ${secs.toFixed(1)}s, ${report.failures.length} with ` +
                `violations, seed ${seed}\n`);
            const ce = report.counterexample;
            const out = o.out ?? 'kubesim-fuzz';
            const print = (c) => {
                if (o.output === 'json')
                    process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
                else
                    process.stdout.write(`${campaignText(c).join('\n')}\n`);
            };
            if (o.out === undefined && !ce && shard.count === 1
                && report.failures.length === 0) {
                print(campaignReport(report));
                process.exitCode = EXIT.ok;
                return;
            }
            mkdirSync(out, { recursive: true });
            const summaryName = shard.count > 1 ? `summary-${shard.index}-of-${shard.count}.json` : 'summary.json';
            const summary = (c) => writeFileSync(join(out, summaryName), `${JSON.stringify({ executed: report.executed, ...c }, null, 2)}\n`);
            if (!ce) {
                const c = campaignReport(report);
                summary(c);
                print(c);
                process.exitCode = report.failures.length
                    ? EXIT.failed : EXIT.ok;
                return;
            }
            const yamlPath = join(out, 'counterexample.yaml'), logPath = join(out, 'counterexample.jsonl');
            writeFileSync(yamlPath, toYaml(ce.doc));
            // Re-run the written scenario under the name `kubesim run` will be given, so the log is byte-identical.
            const sink = fileSink(logPath);
            const outcome = runDoc(ce.doc, yamlPath, setup, sink.write);
            sink.close();
            const campaign = campaignReport(report, { scenario: yamlPath, log: logPath });
            summary(campaign);
            // The HTML report: the campaign section, then the counterexample's run as `kubesim report` draws it.
            const htmlPath = join(out, 'report.html'), log = readLog(logPath);
            writeReport(htmlPath, log.events, { scenario: log.header.scenario, seed: log.header.seed,
                startTime: log.header.startTime, hash: log.hash }, {}, campaignSectionHtml(campaign));
            const size = caseSize(ce.doc);
            const extra = [
                ...o.plugin.map((p) => ` --plugin ${p}`), o.invariants ? ` --invariants ${o.invariants}` : '',
                ...o.invariant.map((x) => ` --invariant '${x}'`), ...o.vary.map((x) => ` --vary '${x}'`),
                ` --faults ${faults.join(',') || 'none'}`, ` --ops ${ops.join(',') || 'none'}`, ` --max-ops ${maxOps}`,
                ` --runs ${runs}`, o.settle !== '2m' ? ` --settle ${o.settle}` : '',
            ].join('');
            if (o.output === 'json')
                print(campaign);
            else {
                process.stdout.write(`violation found; shrunk in ${ce.shrinks} steps to ` +
                    (`${size.objects} object${size.objects === 1 ? '' : 's'}, ${size.faults} timeline ` +
                        `entr${size.faults === 1 ? 'y' : 'ies'}, ${size.nodes} node${size.nodes === 1 ? '' : 's'}:\n`));
                for (const v of outcome.violations)
                    process.stdout.write(`  ${v.invariant} at ${formatDuration(v.at)}: ${v.message}\n`);
                process.stdout.write(`wrote ${yamlPath} and ${logPath} (log hash ${outcome.logHash}), ${htmlPath}\n`);
                process.stdout.write(`reproduce: kubesim fuzz ${file} --seed ${seed} --path ${ce.path}${extra}\n`);
                process.stdout.write(`replay:    kubesim run ${yamlPath} --log replay.jsonl${o.plugin.map((p) => ` --plugin ${p}`).join('')}\n`);
                print(campaign);
            }
            process.exitCode = EXIT.failed;
        }
        catch (err) {
            fail(err);
        }
    });
}
