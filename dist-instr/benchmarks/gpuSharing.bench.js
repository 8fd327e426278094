import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { runInflation } from '../src/inflation/inflation.js';
import { openbInput } from '../src/inflation/openbInput.js';
import { summarize } from '../src/inflation/summary.js';
import { GPU_POLICIES } from '../src/scheduler/gpuProfiles.js';
import { OPENB_CSV } from './openb.js';
/**
 * The ATC'23 experiment on the openb trace in ../shared/data (never copied into the project):
 * one policy (FGD, the costliest) for one seed to 130% arrived, and the paper's sweep, six
 * policies x 10 seeds on 2 worker threads (compiled workers: run through `npm run bench`).
 */
const file = (name) => ({ text: readFileSync(join(OPENB_CSV, name), 'utf8'),
    file: name });
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** Process CPU seconds since `c0` (every thread: the sweep's workers too); wall figures follow the machine's load. */
const cpuSince = (c0) => {
    const d = process.cpuUsage(c0);
    return +((d.user + d.system) / 1e6)
        .toFixed(2);
};
const one = {
    name: 'trace.openb_inflation',
    group: 'trace',
    run() {
        const pods = file('openb_pod_list_default.csv'), nodes = file('openb_node_list_gpu_node.csv');
        const t0 = now(), c0 = process.cpuUsage();
        const input = openbInput({ chunks: [pods.text], file: pods.file }, { chunks: [nodes.text], file: nodes.file });
        const r = runInflation(input, 'fgd', 42);
        const s = (now() - t0) / 1000, cpu = cpuSince(c0);
        return {
            lines: [{ bench: 'trace.openb_inflation', policy: 'fgd', seed: 42, tasks: r.tasks, failedTasks: r.failedTasks, unallocatedGpuPctAt100: +r.unallocatedGpuPctAt100.toFixed(3), wall_s: +s.toFixed(2), cpu_s: cpu }],
            metrics: { 'trace.openb_inflation.wall_s': +s.toFixed(2), 'trace.openb_inflation.cpu_s': cpu },
        };
    },
};
const sweep = {
    name: 'trace.openb_sweep',
    group: 'trace',
    async run() {
        const pods = file('openb_pod_list_default.csv'), nodes = file('openb_node_list_gpu_node.csv');
        const pool = new Piscina({ filename: new URL('../src/inflation/worker.js', import.meta.url).href, minThreads: 2, maxThreads: 2, idleTimeout: 100 });
        const t0 = now(), c0 = process.cpuUsage();
        let runs;
        try {
            const jobs = Object.keys(GPU_POLICIES).flatMap((policy) => Array.from({ length: 10 }, (_, i) => ({ policy, seed: 42 + i })));
            runs = await Promise.all(jobs.map((j) => pool.run({ pods, nodes, ...j })));
        }
        finally {
            await pool.destroy();
        }
        const s = (now() - t0) / 1000, cpu = cpuSince(c0);
        const summary = summarize(runs);
        const figures = Object.fromEntries(Object.entries(summary.policies).map(([p, v]) => [p, { ...v.unallocatedGpuPctAt100, failedTasks: v.failedTasks, fragRatioPctAt100: v.fragRatioPctAt100.mean }]));
        return {
            lines: [{ bench: 'trace.openb_sweep', policies: 6, seeds: 10, workers: 2, wall_s: +s.toFixed(1), cpu_s: cpu, unallocatedGpuPctAt100: figures }],
            metrics: { 'trace.openb_sweep.wall_s': +s.toFixed(1), 'trace.openb_sweep.cpu_s': cpu },
        };
    },
};
export const benches = [one, sweep];
