import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { runDay } from './controllers.bench.js';
import type { Bench, BenchResult } from './harness.js';
import { SCALE_DAY } from './scaleDay.js';

/**
 * `npm run bench -- scale`: the full-scale day (scaleDay.ts) in a child process of its own (its peak
 * RSS is the day's), with an 8 GiB heap limit: the target is 6,000 MB of RSS.
 * KUBESIM_BENCH_SKIP_SCALE=1 leaves it out of a full `npm run bench`.
 */
export const benches: Bench[] = [{
  name: 'scale.day',
  group: 'scale',
  run(): BenchResult {
    if (process.env.KUBESIM_BENCH_SKIP_SCALE === '1') {
      return { lines: [{ bench: 'scale.day', ...SCALE_DAY, skipped: true, reason: 'KUBESIM_BENCH_SKIP_SCALE=1' }], metrics: {} };
    }
    const child = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=8192',
      fileURLToPath(new URL('./dayChild.js', import.meta.url)), 'scale'], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`scale.day child failed (${child.status}): ${child.stderr}`);
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as ReturnType<typeof runDay> & { peakRssMb: number };
    const wallS = +(r.wallMs / 1000).toFixed(1), eventsPerS = Math.round(r.events / (r.wallMs / 1000));
    return {
      lines: [{ bench: 'scale.day', ...SCALE_DAY, wallS, cpuS: +(r.cpuMs / 1000).toFixed(1), events: r.events, eventsPerS,
        finalPods: r.pods, peakRssMb: r.peakRssMb, seed: 1, isolated: 'child process' }],
      metrics: { 'scale.day.wall_s': wallS, 'scale.day.cpu_s': +(r.cpuMs / 1000).toFixed(1),
        'scale.day.events_per_s': eventsPerS, 'scale.day.peak_rss_mb': r.peakRssMb },
    };
  },
}];
