import { runWorkload, WORKLOADS } from '../schedulerWorkloads.js';
import { loadSchedulerOption } from '../schedulerModule.js';
import { CliError, fail } from '../io.js';
import { writeCompareReport } from '../reportFile.js';
import { mergeShards, runTraceBench, writeVariant } from './benchTrace.js';
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** The comparison's columns: the text table's heading and cell, the chart's value, unit and direction. */
const COLUMNS = [
    { head: 'PODS/S', cell: (r) => String(r.podsPerSec), value: (r) => r.podsPerSec, unit: 'pods/s',
        higherIsBetter: true },
    { head: 'K8S THRESHOLD', cell: (r) => String(r.threshold), value: (r) => r.threshold, unit: 'pods/s',
        higherIsBetter: true },
    { head: 'SCHEDULED', cell: (r) => `${r.scheduled}/${r.measured}`, value: (r) => r.scheduled, unit: 'pods',
        higherIsBetter: true },
    { head: 'ATTEMPTS/POD', cell: (r) => String(r.attemptsPerPod), value: (r) => r.attemptsPerPod, unit: '',
        higherIsBetter: false },
    { head: 'CPU UTIL', cell: (r) => `${(r.cpuUtilisation * 100).toFixed(1)}%`,
        value: (r) => +(r.cpuUtilisation * 100).toFixed(1), unit: '%', higherIsBetter: true },
    { head: 'MEM UTIL', cell: (r) => `${(r.memoryUtilisation * 100).toFixed(1)}%`,
        value: (r) => +(r.memoryUtilisation * 100).toFixed(1), unit: '%', higherIsBetter: true },
    { head: 'NODES USED', cell: (r) => String(r.nodesUsed), value: (r) => r.nodesUsed, unit: 'nodes',
        higherIsBetter: false },
    { head: 'FRAGMENTATION', cell: (r) => String(r.fragmentation), value: (r) => r.fragmentation,
        unit: 'probe pods', higherIsBetter: false },
    { head: 'MEAN PENDING', cell: (r) => `${r.meanPendingMs}ms`, value: (r) => r.meanPendingMs, unit: 'ms',
        higherIsBetter: false },
];
/** One comparison table: one row per profile, same workload and seed. */
export function benchTable(rows) {
    const head = ['PROFILE', ...COLUMNS.map((c) => c.head)];
    const body = rows.map(({ profile, r }) => [profile, ...COLUMNS.map((c) => c.cell(r))]);
    const all = [head, ...body];
    const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
    return all.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd()).join('\n');
}
/** The same comparison as charts: one per column of the table. */
export const benchCompareData = (title, rows) => ({ title, profiles: rows.map((x) => x.profile), metrics: COLUMNS.map((c) => ({
        name: c.head, unit: c.unit, higherIsBetter: c.higherIsBetter, values: rows.map((x) => c.value(x.r))
    })) });
export function registerBench(program) {
    program
        .command('bench')
        .description('compare scheduler profiles on a scheduler_perf-shaped workload (same workload, same seed); ' +
        'with --trace, the ATC\'23 GPU-sharing experiment; `bench merge FILE...` merges its shards')
        .argument('[merge]', '`merge` followed by shard files written with --shard, or `variant KIND PCT` (a trace variant)')
        .argument('[files...]')
        .option('--compare <list>', 'comma-separated profiles: default, binpack, spread, a KubeSchedulerConfiguration file or a plugin module ' +
        '(.js); ' +
        'with --trace: random, dotprod, clustering, packing, bestfit, fgd')
        .option('--workload <name>', `one of ${WORKLOADS.map((w) => w.name).join(', ')}`, 'basic')
        .option('--seed <n>', 'seed (default 1; with --trace the first seed, default 42 as in the paper\'s runs)')
        .option('--scale <f>', 'scale nodes and pods (e.g. 0.1 for a quick look)', '1')
        .option('--trace <spec>', 'openb=DIR: the Alibaba GPU trace (cluster-trace-gpu-v2023 layout)')
        .option('--mode <mode>', 'with --trace: inflation (the paper\'s protocol)', 'inflation')
        .option('--seeds <n>', 'with --trace: seeds per policy, from --seed on', '1')
        .option('--workers <n>', 'with --trace: worker threads', '1')
        .option('--shard <i/n>', 'with --trace: run only the i-th of n slices of the runs (an Indexed Job) and write them to --out')
        .option('--out <file>', 'with --trace: also write the runs (the shard file)')
        .option('-o, --output <format>', 'with --trace or merge: table, json or csv (the curves)', 'table')
        .option('--report <file>', 'also write the comparison as charts in a self-contained HTML file')
        .action(async (merge, files, o) => {
        try {
            if (merge !== undefined) {
                if (merge === 'variant') {
                    writeVariant(files, o);
                    return;
                }
                if (merge !== 'merge')
                    throw new CliError(`bench: unknown argument ${merge} (bench merge FILE... or bench variant KIND PCT)`);
                mergeShards(files, o.output ?? 'table');
                return;
            }
            if (o.trace) {
                await runTraceBench({ ...o, seed: o.seed ?? '42', compare: o.compare === 'default'
                        ? 'fgd' : o.compare });
                return;
            }
            const w = WORKLOADS.find((x) => x.name === o.workload);
            if (!w)
                throw new CliError(`--workload: unknown ${o.workload} (one of ${WORKLOADS.map((x) => x.name).join(', ')})`);
            const seed = Number(o.seed ?? '1'), scale = Number(o.scale);
            if (!Number.isInteger(seed))
                throw new CliError(`--seed: must be an integer, got ${o.seed}`);
            if (!(scale > 0 && scale <= 1))
                throw new CliError(`--scale: must be in (0, 1], got ${o.scale}`);
            const rows = [];
            for (const p of o.compare.split(',').map((x) => x.trim()).filter(Boolean)) {
                const scheduler = await loadSchedulerOption(p);
                rows.push({ profile: p, r: runWorkload(w, { seed, scale, scheduler, now }) });
            }
            const title = `${w.title} (scale ${scale}, seed ${seed})`;
            process.stdout.write(`${title}\n${benchTable(rows)}\n`);
            if (o.report)
                writeCompareReport(o.report, benchCompareData(title, rows));
        }
        catch (err) {
            fail(err);
        }
    });
}
