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
