import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestText } from './manifestText.js';
export const benches = [
    {
        // Issue #17: 2,000 manifests of five kinds loaded in a fresh child (its heap and compiled code its own),
        // the median of 9 loads after a first, cold one; CPU time beside wall, as wall follows the machine's load.
        name: 'validation.load',
        group: 'validation',
        run() {
            const c = spawnSync(process.execPath, [fileURLToPath(new URL('./loadChild.js', import.meta.url)), '2000', '9'], { encoding: 'utf8', maxBuffer: 1 << 24 });
            if (c.status !== 0)
                throw new Error(`load child failed (${c.status}): ${c.stderr}`);
            const r = JSON.parse(c.stdout.trim().split('\n').pop());
            const perS = (ms) => Math.round(r.loaded / (ms / 1000));
            return {
                lines: [
                    { bench: 'validation.validateObject', n: r.n, runs: r.runs, medianMs: r.validateMs,
                        cpuMs: r.validateCpuMs, objectsPerSec: perS(r.validateMs) },
                    { bench: 'validation.load', n: r.n, bytes: r.bytes, runs: r.runs, medianMs: r.loadMs,
                        objectsPerSec: perS(r.loadMs), cpuMs: r.loadCpuMs, cpuObjectsPerSec: perS(r.loadCpuMs),
                        coldMs: r.coldMs, coldCpuMs: r.coldCpuMs, coldObjectsPerSec: perS(r.coldMs) },
                ],
                metrics: { 'validation.objects_per_s': perS(r.validateMs), 'validation.load_objects_per_s': perS(r.loadMs),
                    'validation.load_cpu_objects_per_s': perS(r.loadCpuMs),
                    'validation.load_cold_objects_per_s': perS(r.coldMs) },
            };
        },
    },
    {
        // Issue #16: a 50 MB multi-document manifest set given to `kubesim validate DIR` in a child
        // process (its own peak RSS): files of about 0.5 MB each, under the 16 MiB per-file limit, and
        // refused at once by the 16 MiB limit on all the manifests of one command (validating it took
        // 239 s at 263 MB before that limit). The same 50 MB as one file: validate.50mb_file.*.
        name: 'validate.50mb',
        group: 'validation',
        run() {
            const dir = mkdtempSync(join(tmpdir(), 'kubesim-50mb-'));
            try {
                mkdirSync(join(dir, 'set'));
                let bytes = 0, files = 0;
                for (; bytes < 50 * 1024 * 1024; files++) {
                    const text = manifestText(2_000, `f${files}`);
                    writeFileSync(join(dir, 'set', `part-${String(files).padStart(3, '0')}.yaml`), text);
                    bytes += Buffer.byteLength(text);
                }
                writeFileSync(join(dir, 'one.yaml'), Array.from({ length: files }, (_, i) => manifestText(2_000, `g${i}`)).join('---\n'));
                const child = (target) => {
                    const c = spawnSync(process.execPath, [fileURLToPath(new URL('./validateChild.js', import.meta.url)), target], { encoding: 'utf8', maxBuffer: 1 << 24 });
                    if (c.status !== 0)
                        throw new Error(`validate child failed (${c.status}): ${c.stderr}`);
                    return JSON.parse(c.stdout.trim().split('\n').pop());
                };
                const set = child(join(dir, 'set')), one = child(join(dir, 'one.yaml'));
                if (set.code !== 2)
                    throw new Error(`the 50 MB set was not refused by the total input limit: ${set.summary}`);
                if (one.code !== 2)
                    throw new Error(`the 50 MB file was not refused by the file limit: ${one.summary}`);
                return {
                    lines: [
                        { bench: 'validate.50mb', files, bytes, seconds: set.seconds, peakRssMb: set.peakRssMb, exit: set.code, summary: set.summary },
                        { bench: 'validate.50mb_file', bytes, seconds: one.seconds, peakRssMb: one.peakRssMb, exit: one.code, summary: one.summary },
                    ],
                    metrics: {
                        'validate.50mb.seconds': set.seconds, 'validate.50mb.peak_rss_mb': set.peakRssMb,
                        'validate.50mb_file.seconds': one.seconds, 'validate.50mb_file.peak_rss_mb': one.peakRssMb,
                    },
                };
            }
            finally {
                rmSync(dir, { recursive: true, force: true });
            }
        },
    },
];
