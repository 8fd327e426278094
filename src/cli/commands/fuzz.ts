import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadFuzzBase } from '../../fuzz/base.js';
import { fuzz, type FuzzReport } from '../../fuzz/fuzz.js';
import { caseSize } from '../../fuzz/materialize.js';
import { buildSetup, PluginError, type SetupSpec } from '../../fuzz/plugins.js';
import { runDoc, toYaml } from '../../fuzz/runCase.js';
import { FAULT_KINDS, type FaultKind } from '../../fuzz/types.js';
import { formatDuration } from '../../api/time.js';
import { CliError, durationOption, EXIT, fail, nodeFs } from '../io.js';
import { collect, isModulePath, moduleUrl } from '../plugins.js';
import { fileSink } from './run.js';

interface FuzzOpts {
  runs: string; faults: string; maxFaults: string; invariants?: string; plugin: string[]; seed?: string; path?: string;
  out?: string; workers: string; shard?: string; settle: string; shrink: boolean;
}

const int = (v: string, flag: string, min: number): number => {
  if (!/^\d+$/.test(v) || Number(v) < min) throw new CliError(`${flag}: must be an integer >= ${min}, got ${v}`);
  return Number(v);
};

/**
 * `i/n` with 0 <= i < n: the shard this process runs (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX / completions).
 */
export function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new CliError(
    `--shard: must be i/n with 0 <= i < n, got ${v}`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

/** A progress bar on a TTY: `[#####-----] 120/400 runs 85/s`. */
function progress(enabled: boolean): { tick: (done: number, total: number) => void; end: () => void } {
  const t0 = process.hrtime.bigint();
  let last = 0;
  return {
    tick(done, total) {
      if (!enabled) return;
      const now = Number(process.hrtime.bigint() - t0) / 1e6;
      if (done < total && now - last < 100) return;
      last = now;
      const w = 30, filled = Math.round((done / Math.max(1, total)) * w);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(w - filled)}] ${done}/${total} runs ` +
          `${Math.round(done / Math.max(now / 1000, 1e-3))}/s`);
    },
    end() { if (enabled) process.stderr.write('\n'); },
  };
}

export function registerFuzz(program: Command): void {
  program
    .command('fuzz')
    .description(
      "vary a scenario's faults, their timing, node counts and seeds; on a violated invariant, shrink it and write a " +
        "counterexample")
    .argument('<scenario>', 'scenario YAML file (its manifests are kept)')
    .option('--runs <n>', 'cases to try', '100')
    .option('--faults <list>', `fault kinds to inject, comma-separated (${FAULT_KINDS.join(', ')})`, 'nodeLost')
    .option('--max-faults <n>', 'at most this many faults per case', '3')
    .option('--invariants <list>',
      'invariant names and/or ./module.js files, comma-separated (default: every registered invariant)')
    .option('--plugin <module>', 'load invariants/components from a JS module (repeatable)', collect, [])
    .option('--seed <n>', 'fast-check seed (default: drawn at random and printed)')
    .option('--path <path>', 'replay and shrink from this fast-check path (printed with a counterexample)')
    .option('--out <dir>',
      'where to write counterexample.yaml, counterexample.jsonl and summary.json (default kubesim-fuzz, written on a ' +
        'violation, a shard, or when given)')
    .option('--workers <n>', 'worker threads', '1')
    .option('--shard <i/n>', 'run only the i-th of n slices of the cases (for an Indexed Job)')
    .option('--settle <duration>', 'convergence invariants are judged this long after the last disturbance', '2m')
    .option('--no-shrink', 'only report failing case indices (summary), without shrinking or writing a counterexample')
    .action(async (file: string, o: FuzzOpts) => {
      try {
        const runs = int(o.runs, '--runs', 1), maxFaults = int(o.maxFaults, '--max-faults', 0),
          workers = int(o.workers, '--workers', 1);
        const faults = o.faults.split(',').map((s) => s.trim()).filter(Boolean);
        for (const f of faults) if (!(FAULT_KINDS as readonly string[]).includes(f)) throw new CliError(
          `--faults: unknown fault ${f} (known: ${FAULT_KINDS.join(', ')})`);
        if (o.seed !== undefined && !/^-?\d+$/.test(o.seed)) throw new CliError(
          `--seed: must be an integer, got ${o.seed}`);
        // The wall clock only picks a seed the user did not give; it is printed so the run can be repeated.
        const seed = o.seed !== undefined ? Number(o.seed) : (Date.now() ^ (process.pid << 16)) >>> 1;
        const shard = o.shard ? parseShard(o.shard) : { index: 0, count: 1 };
        const settle = durationOption(o.settle, '--settle');
        const items = (o.invariants ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const modules = [...o.plugin, ...items.filter(isModulePath)];
        const spec: SetupSpec = { invariants: items.filter((s) => !isModulePath(s)), plugins: modules.map(moduleUrl),
          settle };
        let setup;
        try { setup = await buildSetup(spec); } catch (err) {
          if (err instanceof PluginError) throw new CliError(err.message); throw err; }
        const { base, scenario } = loadFuzzBase(file, nodeFs);
        for (const w of scenario.warnings) process.stderr.write(`warning: ${w}\n`);
        const bar = progress(process.stderr.isTTY === true);
        const t0 = process.hrtime.bigint();
        const report: FuzzReport = await fuzz(base, {
          runs, seed, faults: faults as FaultKind[], maxFaults, setup: spec, workers, shard,
          workerFile: new URL('../../fuzz/worker.js', import.meta.url),
          onProgress: bar.tick,
          shrink: o.shrink,
          ...(o.path ? { path: o.path } : {}),
        });
        bar.end();
        const secs = Number(process.hrtime.bigint() - t0) / 1e9;
        const shardText = shard.count > 1 ? ` (shard ${shard.index}/${shard.count})` : '';
        process.stderr.write(
          `fuzz: ${report.executed} runs${shardText} in ${secs.toFixed(1)}s, ${report.failures.length} with ` +
            `violations, seed ${seed}\n`);
        const ce = report.counterexample;
        const out = o.out ?? 'kubesim-fuzz';
        if (o.out === undefined && !ce && shard.count === 1
          && report.failures.length === 0) { process.exitCode = EXIT.ok; return; }
        mkdirSync(out, { recursive: true });
        const summaryName = shard.count > 1 ? `summary-${shard.index}-of-${shard.count}.json` : 'summary.json';
        writeFileSync(join(out, summaryName),
          `${JSON.stringify({
            seed, runs, shard, executed: report.executed,
            failures: report.failures.map((f) => ({ index: f.index, violations: f.violations })),
            ...(report.counterexample
              ? { counterexample: { path: report.counterexample.path, shrinks: report.counterexample.shrinks } } : {}),
          }, null, 2)}\n`);
        if (!ce) { process.exitCode = report.failures.length ? EXIT.failed : EXIT.ok; return; }
        const yamlPath = join(out, 'counterexample.yaml'), logPath = join(out, 'counterexample.jsonl');
        writeFileSync(yamlPath, toYaml(ce.doc));
        // Re-run the written scenario under the name `kubesim run` will be given, so the log is byte-identical.
        const sink = fileSink(logPath);
        const outcome = runDoc(ce.doc, yamlPath, setup, sink.write);
        sink.close();
        const size = caseSize(ce.doc);
        process.stdout.write(
          `violation found; shrunk in ${ce.shrinks} steps to ${size.objects} object${size.objects === 1 ? '' : 's'}, ` +
            (`${size.faults} timeline entr${size.faults === 1 ? 'y' : 'ies'}, ` +
              `${size.nodes} node${size.nodes === 1 ? '' : 's'}:\n`));
        for (const v of outcome.violations) process.stdout.write(
          `  ${v.invariant} at ${formatDuration(v.at)}: ${v.message}\n`);
        const extra = [...o.plugin.map((p) => ` --plugin ${p}`), o.invariants ? ` --invariants ${o.invariants}` : '',
          ` --faults ${faults.join(',')}`, ` --max-faults ${maxFaults}`, ` --runs ${runs}`, o.settle !== '2m'
            ? ` --settle ${o.settle}` : ''].join('');
        process.stdout.write(`wrote ${yamlPath} and ${logPath} (log hash ${outcome.logHash})\n`);
        process.stdout.write(`reproduce: kubesim fuzz ${file} --seed ${seed} --path ${ce.path}${extra}\n`);
        process.stdout.write(
          `replay:    kubesim run ${yamlPath} --log replay.jsonl${o.plugin.map((p) => ` --plugin ${p}`).join('')}\n`);
        process.exitCode = EXIT.failed;
      } catch (err) { fail(err); }
    });
}
