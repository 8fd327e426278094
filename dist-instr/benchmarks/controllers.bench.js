import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { runScenario } from '../src/engine/run.js';
import { fileSink } from '../src/cli/fileSink.js';
import { checkpointsFile } from '../src/cli/checkpoints.js';
import { buildNode } from '../src/scenario/nodes.js';
import { peakRssMb } from './harness.js';
import { objectCount } from '../src/reducers/state.js';
export const FULL_DAY = { nodes: 1000, deployments: 200, daemonSets: 50, cronJobs: 100, nodeFailures: 10, hours: 24 };
const H = 3_600_000, M = 60_000;
/** Builds the day's scenario; everything derives from the index, so it is the same every run. */
export function mixedWorkloadDay(o) {
    const nodes = [];
    for (let i = 0; i < o.nodes; i++) {
        nodes.push(buildNode(`node-${String(i).padStart(4, '0')}`, { capacity: { cpu: '16', memory: '64Gi', pods: '110' }, labels: { 'topology.kubernetes.io/zone': `zone-${i % 3}`, ...(i % 10 === 0 ? { gpu: 'true' } : {}) } }, [], 'nodes'));
    }
    const manifests = [];
    for (let i = 0; i < o.deployments; i++) {
        manifests.push({
            apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `app-${i}`, namespace: 'default' },
            spec: {
                replicas: o.replicas ?? 3 + (i % 10), selector: { matchLabels: { app: `app-${i}` } },
                template: { metadata: { labels: { app: `app-${i}` } }, spec: { containers: [{ name: 'app', image: `app-${i}:1`, resources: { requests: { cpu: '100m', memory: '128Mi' } } }] } },
            },
        });
    }
    for (let i = 0; i < o.daemonSets; i++) {
        manifests.push({
            apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: `agent-${i}`, namespace: 'kube-system' },
            spec: {
                selector: { matchLabels: { app: `agent-${i}` } },
                template: { metadata: { labels: { app: `agent-${i}` } }, spec: { ...(i % 5 === 4 ? { nodeSelector: { gpu: 'true' } } : {}), containers: [{ name: 'agent', image: `agent-${i}:1`, resources: { requests: { cpu: '10m', memory: '16Mi' } } }] } },
            },
        });
    }
    for (let i = 0; i < o.cronJobs; i++) {
        const every = [5, 10, 15, 30, 60][i % 5];
        manifests.push({
            apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: `cron-${i}`, namespace: 'default' },
            spec: {
                schedule: `${i % every}-59/${every} * * * *`, concurrencyPolicy: i % 2 ? 'Forbid' : 'Allow',
                jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'job', image: 'busybox:1.36', resources: { requests: { cpu: '50m' } } }] } } } },
            },
        });
    }
    const timeline = [];
    const ref = (kind, resource, name, namespace = 'default') => ({ resource, objectKind: kind, namespace, name });
    const span = o.hours * H;
    for (let i = 0; i < o.nodeFailures; i++) {
        const at = Math.floor(((i + 0.5) * span) / o.nodeFailures);
        const node = nodes[(i * 97) % o.nodes].metadata.name;
        timeline.push({ at, action: { kind: 'nodeLost', node } }, { at: at + 10 * M, action: { kind: 'nodeRecovered', node } });
    }
    for (let t = 10 * M, k = 0; t < span; t += 10 * M, k++) {
        timeline.push({ at: t, action: { kind: 'setImage', ...ref('Deployment', 'deployments', `app-${(k * 7) % o.deployments}`), container: 'app', image: `app-${(k * 7) % o.deployments}:${2 + k}` } });
    }
    for (let t = 15 * M, k = 0; o.scales !== false && t < span; t += 15 * M, k++) {
        timeline.push({ at: t, action: { kind: 'scale', ...ref('Deployment', 'deployments', `app-${(k * 13) % o.deployments}`), replicas: 2 + (k % 12) } });
    }
    for (let t = 3 * H, k = 0; t < span; t += 3 * H, k++) {
        timeline.push({ at: t, action: { kind: 'setImage', ...ref('DaemonSet', 'daemonsets', `agent-${k % o.daemonSets}`, 'kube-system'), container: 'agent', image: `agent-${k % o.daemonSets}:${2 + k}` } });
    }
    const { hpas, behaviors } = autoscaled(o);
    manifests.push(...hpas);
    return {
        name: 'mixed-workload-day', file: 'benchmarks/controllers.bench.ts', seed: o.seed ?? 1, until: span, startTime: Date.UTC(2026, 0, 1), nodes,
        manifests: manifests.map((object) => ({ object, source: { file: 'bench' } })),
        timeline: timeline.sort((a, b) => a.at - b.at).map((t) => ({ ...t, source: { file: 'bench' } })),
        behaviors, staticPods: [], warnings: [],
    };
}
/**
 * HPAs for the first `o.hpas` Deployments (the HPA walkthrough's: CPU 50% of requests, here from
 * 100m), with a container CPU load of 20m, 150m from the first hour after start, 20m after the
 * third: each HPA scales its Deployment up, then down after the stabilization window.
 */
function autoscaled(o) {
    const hpas = [], behaviors = [];
    for (let i = 0; i < (o.hpas ?? 0); i++) {
        const replicas = o.replicas ?? 3 + (i % 10);
        hpas.push({
            apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: `app-${i}`, namespace: 'default' },
            spec: {
                scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `app-${i}` },
                minReplicas: replicas, maxReplicas: 2 * replicas,
                metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
            },
        });
        behaviors.push({ match: { labels: { app: `app-${i}` } },
            behavior: { cpu: [{ at: 0, value: 20 }, { at: H, value: 150 }, { at: 3 * H, value: 20 }] } });
    }
    return { hpas, behaviors };
}
/** With KUBESIM_BENCH_PROGRESS=1: a stderr line per virtual hour (events, wall seconds, RSS). */
function progress(t0) {
    if (process.env.KUBESIM_BENCH_PROGRESS !== '1')
        return {};
    let next = 0;
    return { watch: (events, now) => {
            if (now < next)
                return undefined;
            next = now + H;
            const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
            process.stderr.write(`${JSON.stringify({ hour: Math.floor(now / H), events, wallS: Math.round(wallS),
                rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) })}\n`);
            return undefined;
        } };
}
/** Runs the day once (writing its log when `log` is given); returns wall time, events and what ran. */
export function runDay(o, log) {
    const s = mixedWorkloadDay(o);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const sink = log ? fileSink(log.path) : undefined;
    const checkpoints = log?.checkpointEvery ? fileSink(checkpointsFile(log.path)) : undefined;
    const { state, events, logHash } = runScenario(s, { components: DEFAULT_COMPONENTS, ...progress(t0),
        ...(sink ? { writeLog: sink.write } : {}),
        ...(checkpoints ? { checkpoints: { every: log.checkpointEvery, write: checkpoints.write } } : {}) });
    sink?.close();
    checkpoints?.close();
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    return { wallMs, cpuMs: Math.round((cpu.user + cpu.system) / 1000), events, pods: state.pods.size,
        cronJobControllerRan: objectCount(state, 'jobs') > 0, logHash };
}
const line = (name, o, r) => ({
    bench: name, ...o, wallS: +(r.wallMs / 1000).toFixed(2), cpuS: +(r.cpuMs / 1000).toFixed(2), events: r.events, eventsPerS: Math.round(r.events / (r.wallMs / 1000)), finalPods: r.pods,
    peakRssMb: peakRssMb(), cronJobsRan: r.cronJobControllerRan, seed: o.seed ?? 1, autoFreeze: true,
    ...(r.cronJobControllerRan ? {} : { note: 'no CronJob controller in this build: the CronJob manifests are stored but never run' }),
});
/** The same day at a tenth of the size: a quick reading of the same mix. */
export const TENTH_DAY = { nodes: 100, deployments: 20, daemonSets: 5, cronJobs: 10, nodeFailures: 10, hours: 24 };
export const benches = [
    {
        name: 'controllers.day_tenth',
        group: 'controllers',
        run() {
            const r = runDay(TENTH_DAY);
            const l = line('controllers.day_tenth', TENTH_DAY, r);
            return { lines: [l], metrics: { 'controllers.day_tenth.wall_s': l.wallS, 'controllers.day_tenth.events_per_s': l.eventsPerS, 'controllers.day_tenth.peak_rss_mb': l.peakRssMb } };
        },
    },
    {
        // The full-size day of issue #5 (target: under 5 minutes of wall time and 4 GiB). It runs by
        // default; KUBESIM_BENCH_SKIP_FULL_DAY=1 leaves it out when only the quick figures are wanted.
        name: 'controllers.day',
        group: 'controllers',
        run() {
            if (process.env.KUBESIM_BENCH_SKIP_FULL_DAY === '1') {
                return { lines: [{ bench: 'controllers.day', ...FULL_DAY, skipped: true, reason: 'KUBESIM_BENCH_SKIP_FULL_DAY=1' }], metrics: {} };
            }
            const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./dayChild.js', import.meta.url))], { encoding: 'utf8', maxBuffer: 1 << 20 });
            if (child.status !== 0)
                throw new Error(`controllers.day child failed (${child.status}): ${child.stderr}`);
            const r = JSON.parse(child.stdout.trim().split('\n').pop());
            const l = { ...line('controllers.day', FULL_DAY, r), peakRssMb: r.peakRssMb, isolated: 'child process' };
            return { lines: [l], metrics: { 'controllers.day.wall_s': l.wallS, 'controllers.day.events_per_s': l.eventsPerS, 'controllers.day.peak_rss_mb': l.peakRssMb } };
        },
    },
];
