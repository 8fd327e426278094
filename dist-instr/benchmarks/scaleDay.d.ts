import type { DayOptions } from './controllers.bench.js';
/**
 * Kubernetes' supported envelope for a day (issue 17): 5,000 nodes and 150,000 pods (700
 * Deployments of 200 replicas and 2 DaemonSets on every node), 24 virtual hours of churn: a
 * Deployment rollout every 10 minutes, a DaemonSet rollout every 3 hours, 20 CronJobs, 10 node
 * failures (each recovered 10 minutes later) and 10 HPAs that scale their Deployments up and down.
 */
export declare const SCALE_DAY: DayOptions;
/**
 * Facts between the scale day's checkpoints (run --checkpoint-every): about a dozen over the day's
 * ~2.5 million facts, so `replay --at` replays at most this many facts after the nearest one.
 */
export declare const SCALE_DAY_CHECKPOINT_EVERY = 200000;
/**
 * The scale day at a fraction of its nodes and Deployments (KUBESIM_SCALE_FRACTION=0.1 for a tenth),
 * the same churn and hours: a quick reading to extrapolate from before running the whole day.
 */
export declare function scaleDayAt(fraction: number): DayOptions;
