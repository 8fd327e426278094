import type { DayOptions } from './controllers.bench.js';

/**
 * Kubernetes' supported envelope for a day (issue 17): 5,000 nodes and 150,000 pods (700
 * Deployments of 200 replicas and 2 DaemonSets on every node), 24 virtual hours of churn: a
 * Deployment rollout every 10 minutes, a DaemonSet rollout every 3 hours, 20 CronJobs, 10 node
 * failures (each recovered 10 minutes later) and 10 HPAs that scale their Deployments up and down.
 */
export const SCALE_DAY: DayOptions = {
  nodes: 5000, deployments: 700, replicas: 200, daemonSets: 2, cronJobs: 20, nodeFailures: 10, hours: 24,
  scales: false, hpas: 10,
};

/**
 * Facts between the scale day's checkpoints (run --checkpoint-every), so `replay --at` replays at
 * most this many facts after the nearest one (~30 us of CPU each at this scale). Chosen by measure
 * (session 8, format 2: ~65 MB per checkpoint at 150,000 pods; the run's one encoder took 2.3 CPU s
 * for one 98,000 facts after another, ~8 for a first, at load 10): 50,000 gives 32 checkpoints
 * (~2.1 GB; format 1's 9 at 200,000 were 3.0 GB) and at most ~1.5 s of replay; 200,000 left up to
 * 6 s of it, 25,000 doubles the files.
 */
export const SCALE_DAY_CHECKPOINT_EVERY = 50_000;

/**
 * The scale day at a fraction of its nodes and Deployments (KUBESIM_SCALE_FRACTION=0.1 for a tenth),
 * the same churn and hours: a quick reading to extrapolate from before running the whole day.
 */
export function scaleDayAt(fraction: number): DayOptions {
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`KUBESIM_SCALE_FRACTION: a number in (0, 1], got ${fraction}`);
  return { ...SCALE_DAY, nodes: Math.round(SCALE_DAY.nodes * fraction),
    deployments: Math.round(SCALE_DAY.deployments * fraction) };
}
