import { type Bench } from './harness.js';
/**
 * A batch day: 100 CronJobs on schedules from every minute to every 15 minutes, each Job's pod
 * running 20 s to 4 min, 50 nodes, node failures (one recovering, one removed), HOURS of virtual time.
 * Every built-in component runs (real kubelet, garbage collector cleaning up deleted Jobs' pods).
 */
export declare function cronDayScenario(cronJobs: number, nodes: number, hours: number): import("../src/index.js").Scenario;
/**
 * One Job of 6,000 completions (parallelism 100) under a pods quota on 20 nodes, 3 h virtual: the
 * Job controller syncs on every pod fact, so a sync that walked every pod the Job ever ran was
 * quadratic (controllers/job/jobPodSet.ts keeps the pods it still has to look at).
 */
export declare function bigJobScenario(): import("../src/index.js").Scenario;
export declare const benches: Bench[];
