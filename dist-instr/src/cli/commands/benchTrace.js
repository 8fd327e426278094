import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { curveCsv, summarize, summaryTable, sweepJobs } from '../../inflation/summary.js';
import { openbNodeRows, openbPodRows } from '../../inflation/openbInput.js';
import { podListCsv, traceVariant, VARIANT_KINDS } from '../../inflation/variants.js';
import { GPU_POLICIES, isGpuPolicy } from '../../scheduler/gpuProfiles.js';
import { CliError, readText } from '../io.js';
import { parseShard } from './fuzz.js';
const int = (v, flag, min) => {
    if (!/^\d+$/.test(v) || Number(v) < min)
        throw new CliError(`--${flag}: must be an integer >= ${min}, got ${v}`);
    return Number(v);
};
/**
 * `openb=DIR`: DIR laid out as upstream's cluster-trace-gpu-v2023/ (csv/openb_pod_list_default.csv,
 * csv/openb_node_list_gpu_node.csv).
 */
function traceFiles(spec) {
    const m = /^openb=(.+)$/.exec(spec);
    if (!m)
        throw new CliError(`--trace: must be openb=DIR (the cluster-trace-gpu-v2023 folder), got ${spec}`);
    const dir = m[1];
    const pods = [join(dir, 'csv', 'openb_pod_list_default.csv'),
        join(dir, 'openb_pod_list_default.csv')].find(existsSync);
    const nodes = [join(dir, 'csv', 'openb_node_list_gpu_node.csv'),
        join(dir, 'openb_node_list_gpu_node.csv')].find(existsSync);
    if (!pods
        || !nodes)
        throw new CliError(`--trace: ${dir} has no csv/openb_pod_list_default.csv and csv/openb_node_list_gpu_node.csv (the layout of ` +
            `alibaba/clusterdata's cluster-trace-gpu-v2023/)`);
    return { pods, nodes };
}
/** Prints a summary as -o asks: table (default), json (the summary object) or csv (the mean curves). */
export function printSummary(runs, output) {
    const s = summarize(runs);
    if (output === 'json')
        process.stdout.write(`${JSON.stringify(s)}\n`);
    else if (output === 'csv')
        process.stdout.write(`${curveCsv(s)}\n`);
    else
        process.stdout.write(`${summaryTable(s)}\n`);
}
const checkOutput = (o) => {
    if (!['table', 'json', 'csv'].includes(o))
        throw new CliError(`--output: must be table, json or csv, got ${o}`);
};
/**
 * `kubesim bench --trace openb=DIR --mode inflation`: the ATC'23 experiment, each (policy, seed)
 * on a worker thread; with --shard only this shard's runs, written as an InflationShard file.
 */
export async function runTraceBench(o) {
    if ((o.mode ?? 'inflation') !== 'inflation')
        throw new CliError(`--mode: only inflation is built for --trace, got ${o.mode}`);
    checkOutput(o.output);
    const files = traceFiles(o.trace);
    const policies = o.compare.split(',').map((p) => p.trim()).filter(Boolean);
    for (const p of policies)
        if (!isGpuPolicy(p))
            throw new CliError(`--compare: unknown policy ${p} (one of ${Object.keys(GPU_POLICIES).join(', ')})`);
    const base = int(o.seed, 'seed', 0), n = int(o.seeds, 'seeds', 1), workers = int(o.workers, 'workers', 1);
    const shard = o.shard ? parseShard(o.shard) : undefined;
    const jobs = sweepJobs(policies, Array.from({ length: n }, (_, i) => base + i), shard);
    const pods = { text: readText(files.pods), file: files.pods }, nodes = { text: readText(files.nodes), file: files.nodes };
    const pool = new Piscina({ filename: new URL('../../inflation/worker.js', import.meta.url).toString(), minThreads: workers, maxThreads: workers, idleTimeout: 100 });
    let runs;
    try {
        runs = await Promise.all(jobs.map((j) => pool.run({ pods, nodes, policy: j.policy, seed: j.seed })));
    }
    finally {
        await pool.destroy();
    }
    if (shard) {
        const out = o.out ?? `inflation-shard-${shard.index}-of-${shard.count}.json`;
        writeFileSync(out, `${JSON.stringify({ kind: 'InflationShard', runs })}\n`);
        process.stderr.write(`bench: shard ${shard.index}/${shard.count}: ${runs.length} runs written to ${out}\n`);
        return;
    }
    if (o.out)
        writeFileSync(o.out, `${JSON.stringify({ kind: 'InflationShard', runs })}\n`);
    printSummary(runs, o.output);
}
/**
 * `kubesim bench variant KIND PCT --trace openb=DIR [--seed N] [--out FILE]`: a pod list with
 * PCT percent of KIND (cpu-only, gpu-share, multi-gpu, gpu-spec), as CSV.
 */
export function writeVariant(args, o) {
    const [kind, pctText] = args;
    if (!VARIANT_KINDS.includes(kind ?? ''))
        throw new CliError(`bench variant: KIND must be one of ${VARIANT_KINDS.join(', ')}, got ${kind}`);
    const pct = Number(pctText);
    const max = kind === 'cpu-only' || kind === 'multi-gpu' ? 'below 100' : 'at most 100';
    if (!(pct >= 0 && (max === 'below 100' ? pct < 100 : pct <= 100)))
        throw new CliError(`bench variant: PCT must be a number >= 0 and ${max} for ${kind}, got ${pctText}`);
    if (!o.trace)
        throw new CliError('bench variant: --trace openb=DIR is required');
    const files = traceFiles(o.trace);
    const rows = openbPodRows({ chunks: [readText(files.pods)], file: files.pods });
    const models = openbNodeRows({ chunks: [readText(files.nodes)], file: files.nodes }).flatMap((n) => (n.gpu > 0 && n.model ? [n.model] : []));
    let csv;
    try {
        csv = podListCsv(traceVariant(rows, kind, pct, int(o.seed ?? '1', 'seed', 0), models));
    }
    catch (e) {
        throw new CliError(`bench variant: ${e.message}`);
    }
    if (o.out)
        writeFileSync(o.out, csv);
    else
        process.stdout.write(csv);
}
/** `kubesim bench merge FILE...`: the shards' runs summarised as one sweep. */
export function mergeShards(paths, output) {
    checkOutput(output);
    if (paths.length === 0)
        throw new CliError('bench merge: give the shard files to merge');
    const runs = [];
    for (const p of paths) {
        let doc;
        try {
            doc = JSON.parse(readText(p));
        }
        catch (e) {
            if (e instanceof CliError)
                throw e;
            throw new CliError(`${p}: not JSON`);
        }
        if (doc.kind !== 'InflationShard' || !Array.isArray(doc.runs))
            throw new CliError(`${p}: kind: must be InflationShard (a file written by bench --shard)`);
        runs.push(...doc.runs);
    }
    const seen = new Set();
    for (const r of runs) {
        const k = `${r.policy}/${r.seed}`;
        if (seen.has(k))
            throw new CliError(`bench merge: run ${k} appears in more than one shard`);
        seen.add(k);
    }
    printSummary(runs, output);
}
