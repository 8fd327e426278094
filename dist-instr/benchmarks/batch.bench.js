import { runScenario } from '../src/engine/run.js';
import { Rng } from '../src/clock/rng.js';
import { peakRssMb } from './harness.js';
import { scenarioFrom } from '../test-support/scenario.js';
/**
 * A batch day: 100 CronJobs on schedules from every minute to every 15 minutes, each Job's pod
 * running 20 s to 4 min, 50 nodes, node failures (one recovering, one removed), HOURS of virtual time.
 * Every built-in component runs (real kubelet, garbage collector cleaning up deleted Jobs' pods).
 */
export function cronDayScenario(cronJobs, nodes, hours) {
    const rng = new Rng(21);
    const schedules = ['* * * * *', '*/2 * * * *', '*/5 * * * *', '*/10 * * * *', '*/15 * * * *', '0 * * * *'];
    const policies = ['Allow', 'Forbid', 'Replace'];
    const manifests = [];
    const behaviors = [];
    for (let i = 0; i < cronJobs; i++) {
        manifests.push(`  - {apiVersion: batch/v1, kind: CronJob, metadata: {name: cj-${i}}, spec: {schedule: "${schedules[rng.int(0, schedules.length - 1)]}", concurrencyPolicy: ${policies[rng.int(0, 2)]}, jobTemplate: {spec: {ttlSecondsAfterFinished: 600, template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox, resources: {requests: {cpu: 100m}}}]}}}}}}`);
        behaviors.push(`  - {match: {pod: "cj-${i}-*"}, exitAfter: ${rng.int(20, 240)}s}`);
    }
    return scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: batch-day}
seed: 21
until: ${hours}h
nodes:
  - {namePrefix: node-, count: ${nodes}, capacity: {cpu: "16", memory: 64Gi, pods: "110"}}
manifests:
${manifests.join('\n')}
behaviors:
${behaviors.join('\n')}
timeline:
  - {at: 1h, nodeLost: node-3}
  - {at: 90m, nodeLost: node-7}
  - {at: 2h, nodeRecovered: node-7}
  - {at: 3h, removeNode: node-3}
`);
}
/**
 * One Job of 6,000 completions (parallelism 100) under a pods quota on 20 nodes, 3 h virtual: the
 * Job controller syncs on every pod fact, so a sync that walked every pod the Job ever ran was
 * quadratic (controllers/job/jobPodSet.ts keeps the pods it still has to look at).
 */
export function bigJobScenario() {
    return scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: job-6000}
seed: 7
until: 3h
nodes:
  - {namePrefix: node-, count: 20, capacity: {cpu: "16", memory: 64Gi, pods: "110"}}
manifests:
  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: q}, spec: {hard: {pods: "120", requests.cpu: "40"}}}
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: big}
    spec:
      completions: 6000
      parallelism: 100
      backoffLimit: 6000
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox, resources: {requests: {cpu: 100m}}}]
`);
}
/** Virtual hours simulated: 3 keeps the run under a minute on a shared 2-core machine. */
const HOURS = 3;
export const benches = [{
        name: 'batch.job6000',
        group: 'batch',
        run() {
            const cpu0 = process.cpuUsage(), t0 = process.hrtime.bigint();
            const r = runScenario(bigJobScenario());
            const ms = Number(process.hrtime.bigint() - t0) / 1e6, cpu = process.cpuUsage(cpu0);
            const cpuS = +((cpu.user + cpu.system) / 1e6).toFixed(2);
            return {
                lines: [{ bench: 'batch.job6000', completions: 6000, parallelism: 100, events: r.events, wallMs: Math.round(ms), cpuS, seed: 7 }],
                metrics: { 'batch.job6000.wall_s': +(ms / 1000).toFixed(2), 'batch.job6000.cpu_s': cpuS },
            };
        },
    }, {
        name: 'batch.cronHours',
        group: 'batch',
        run() {
            const scenario = cronDayScenario(100, 50, HOURS);
            const t0 = process.hrtime.bigint();
            const r = runScenario(scenario);
            const ms = Number(process.hrtime.bigint() - t0) / 1e6;
            const eps = Math.round(r.events / (ms / 1000));
            const rss = peakRssMb();
            return {
                lines: [{ bench: 'batch.cronHours', cronJobs: 100, nodes: 50, hours: HOURS, events: r.events, wallMs: Math.round(ms), eventsPerSec: eps, peakRssMb: rss, seed: 21 }],
                metrics: { 'batch.cron_hours.wall_s': +(ms / 1000).toFixed(2), 'batch.cron_hours.events_per_s': eps, 'batch.cron_hours.peak_rss_mb': rss },
            };
        },
    }];
