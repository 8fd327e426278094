import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCALE_DAY_CHECKPOINT_EVERY, scaleDayAt } from './scaleDay.js';
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
/**
 * `kubesim replay LOG --at T` as a user runs it: a fresh process, its text output (every node,
 * pod and workload row) to a file, timed from spawn to exit.
 */
function replayAt(log, at, out) {
    const fd = openSync(out, 'w');
    try {
        const t0 = process.hrtime.bigint();
        const c = spawnSync(process.execPath, [cli, 'replay', log, '--at', at], { stdio: ['ignore', fd, 'pipe'],
            encoding: 'utf8' });
        const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
        if (c.status !== 0)
            throw new Error(`kubesim replay --at ${at} failed (${c.status}): ${c.stderr.slice(0, 500)}`);
        return ms;
    }
    finally {
        closeSync(fd);
    }
}
/**
 * `npm run bench -- scale`: the full-scale day (scaleDay.ts) in a child process of its own (its peak
 * RSS is the day's), with an 8 GiB heap limit: the target is 6,000 MB of RSS. The day writes its log
 * to disk as it runs, with a checkpoint every SCALE_DAY_CHECKPOINT_EVERY facts beside it (issue 17
 * item 5), and `replay.at_checkpoint.ms` is `kubesim replay LOG --at 12h` on that log: the middle
 * of the day. KUBESIM_BENCH_SKIP_SCALE=1 leaves it out of a full `npm run bench`;
 * KUBESIM_SCALE_LOG_DIR=DIR keeps the log and its checkpoints in DIR (else a removed temp dir);
 * KUBESIM_SCALE_FRACTION=0.1 runs a tenth of the day's nodes and Deployments, reported as
 * `scale.fraction.*`, never as the day's figures.
 */
export const benches = [{
        name: 'scale.day',
        group: 'scale',
        run() {
            const fraction = Number(process.env.KUBESIM_SCALE_FRACTION ?? 1);
            const day = scaleDayAt(fraction), name = fraction === 1 ? 'scale.day' : 'scale.fraction';
            if (process.env.KUBESIM_BENCH_SKIP_SCALE === '1') {
                return { lines: [{ bench: name, ...day, skipped: true, reason: 'KUBESIM_BENCH_SKIP_SCALE=1' }],
                    metrics: {} };
            }
            const keep = process.env.KUBESIM_SCALE_LOG_DIR;
            if (keep)
                mkdirSync(keep, { recursive: true });
            const dir = keep ?? mkdtempSync(join(tmpdir(), 'kubesim-scale-'));
            try {
                const log = join(dir, 'scale-day.jsonl');
                const child = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=8192',
                    fileURLToPath(new URL('./dayChild.js', import.meta.url)), 'scale', log, String(SCALE_DAY_CHECKPOINT_EVERY)], { encoding: 'utf8', maxBuffer: 1 << 20 });
                if (child.status !== 0)
                    throw new Error(`scale.day child failed (${child.status}): ${child.stderr}`);
                const r = JSON.parse(child.stdout.trim().split('\n').pop());
                const wallS = +(r.wallMs / 1000).toFixed(1), eventsPerS = Math.round(r.events / (r.wallMs / 1000));
                const at = `${day.hours / 2}h`;
                const replayMs = replayAt(log, at, join(dir, 'replay-at.txt'));
                const replayName = `replay.at_checkpoint${fraction === 1 ? '' : '_fraction'}`;
                const logMb = Math.round(statSync(log).size / 2 ** 20);
                const checkpointsMb = Math.round(statSync(`${log}.checkpoints`).size / 2 ** 20);
                return {
                    lines: [{ bench: name, fraction, ...day, wallS, cpuS: +(r.cpuMs / 1000).toFixed(1), events: r.events,
                            eventsPerS, finalPods: r.pods, peakRssMb: r.peakRssMb, logHash: r.logHash, logMb, checkpointsMb,
                            checkpointEvery: SCALE_DAY_CHECKPOINT_EVERY, seed: 1, isolated: 'child process' },
                        { bench: replayName, log: name, at, ms: replayMs, output: 'text (every row)' }],
                    metrics: { [`${name}.wall_s`]: wallS, [`${name}.cpu_s`]: +(r.cpuMs / 1000).toFixed(1),
                        [`${name}.events_per_s`]: eventsPerS, [`${name}.peak_rss_mb`]: r.peakRssMb,
                        [`${replayName}.ms`]: replayMs },
                };
            }
            finally {
                if (!keep)
                    rmSync(dir, { recursive: true, force: true });
            }
        },
    }];
