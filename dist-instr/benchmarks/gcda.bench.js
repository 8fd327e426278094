import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGcdaFiles } from './gcdaFiles.js';
/**
 * Issue #17: the GCDA cross-simulator workload end to end, as a user runs it (YAML files in a folder, a
 * fresh process that loads and runs them and writes the log): wall time from spawn to exit, and the pods
 * the default profile leaves Pending (a fidelity figure: speed work must not change it).
 */
export const benches = [
    {
        name: 'gcda',
        group: 'gcda',
        run() {
            const dir = mkdtempSync(join(tmpdir(), 'kubesim-gcda-'));
            try {
                const files = writeGcdaFiles(dir);
                const log = join(dir, 'run.jsonl');
                const t0 = process.hrtime.bigint();
                const c = spawnSync(process.execPath, [fileURLToPath(new URL('./gcdaChild.js', import.meta.url)),
                    files.scenario, log], { encoding: 'utf8', maxBuffer: 1 << 24 });
                const wallS = +(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2);
                if (c.status !== 0)
                    throw new Error(`gcda child failed (${c.status}): ${c.stderr}`);
                const r = JSON.parse(c.stdout.trim().split('\n').pop());
                return {
                    lines: [{ bench: 'gcda', nodes: 1213, inputBytes: files.bytes, wallS, ...r, podsWritten: files.pods,
                            logBytes: statSync(log).size }],
                    metrics: { 'gcda.wall_s': wallS, 'gcda.start_s': r.startS, 'gcda.load_s': r.loadS, 'gcda.run_s': r.runS,
                        'gcda.pending': r.pending, 'gcda.cpu_s': r.cpuS, 'gcda.start_cpu_s': r.startCpuS,
                        'gcda.peak_rss_mb': r.peakRssMb },
                };
            }
            finally {
                rmSync(dir, { recursive: true, force: true });
            }
        },
    },
];
