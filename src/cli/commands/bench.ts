import type { Command } from 'commander';
import { runWorkload, WORKLOADS, type WorkloadResult } from '../schedulerWorkloads.js';
import { loadSchedulerOption } from '../schedulerModule.js';
import { CliError, fail } from '../io.js';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** One comparison table: one row per profile, same workload and seed. */
export function benchTable(rows: readonly { profile: string; r: WorkloadResult }[]): string {
  const head = ['PROFILE', 'PODS/S', 'K8S THRESHOLD', 'SCHEDULED', 'ATTEMPTS/POD', 'CPU UTIL', 'MEM UTIL', 'NODES USED',
    'FRAGMENTATION', 'MEAN PENDING'];
  const body = rows.map(({ profile, r }) => [profile, String(r.podsPerSec), String(r.threshold),
    `${r.scheduled}/${r.measured}`, String(r.attemptsPerPod), `${(r.cpuUtilisation * 100).toFixed(1)}%`,
      `${(r.memoryUtilisation * 100).toFixed(1)}%`, String(r.nodesUsed), String(r.fragmentation),
        `${r.meanPendingMs}ms`]);
  const all = [head, ...body];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd()).join('\n');
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('compare scheduler profiles on a scheduler_perf-shaped workload (same workload, same seed)')
    .option('--compare <list>',
      'comma-separated profiles: default, binpack, spread, a KubeSchedulerConfiguration file or a plugin module (.js)',
        'default')
    .option('--workload <name>', `one of ${WORKLOADS.map((w) => w.name).join(', ')}`, 'basic')
    .option('--seed <n>', 'seed', '1')
    .option('--scale <f>', 'scale nodes and pods (e.g. 0.1 for a quick look)', '1')
    .action(async (o: { compare: string; workload: string; seed: string; scale: string }) => {
      try {
        const w = WORKLOADS.find((x) => x.name === o.workload);
        if (!w) throw new CliError(
          `--workload: unknown ${o.workload} (one of ${WORKLOADS.map((x) => x.name).join(', ')})`);
        const seed = Number(o.seed), scale = Number(o.scale);
        if (!Number.isInteger(seed)) throw new CliError(`--seed: must be an integer, got ${o.seed}`);
        if (!(scale > 0 && scale <= 1)) throw new CliError(`--scale: must be in (0, 1], got ${o.scale}`);
        const rows: { profile: string; r: WorkloadResult }[] = [];
        for (const p of o.compare.split(',').map((x) => x.trim()).filter(Boolean)) {
          const scheduler = await loadSchedulerOption(p);
          rows.push({ profile: p, r: runWorkload(w, { seed, scale, scheduler, now }) });
        }
        process.stdout.write(`${w.title} (scale ${scale}, seed ${seed})\n${benchTable(rows)}\n`);
      } catch (err) { fail(err); }
    });
}
