import { fork } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { printers } from '../src/serve/printers.js';
import { startServer } from '../src/serve/server.js';
import { liveSession } from '../src/serve/session.js';
import type { Scenario } from '../src/scenario/types.js';
import { median, type Bench } from './harness.js';
import { scenarioFrom } from '../test-support/scenario.js';

function deploymentScenario(replicas: number, nodes: number): Scenario {
  return scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: serve-bench}
seed: 13
until: 1h
nodes: [{namePrefix: node-, count: ${nodes}, capacity: {cpu: "64", memory: 256Gi, pods: "110"}}]
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: ${replicas}
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: app, image: "nginx:1.25", resources: {requests: {cpu: 10m}}}]}
`);
}

async function serve(scenario: Scenario, at: number, tickMs = 25) {
  const session = liveSession(scenario, { components: DEFAULT_COMPONENTS, keepLog: false, sourceFile: 'bench' },
    { speed: 1, paused: true, at, wallNow: () => performance.now(), printerFor: printers });
  const running = await startServer(session.ctx, session.pacer, { host: '127.0.0.1', port: 0, tickMs });
  return { session, running };
}

/** The body of a GET, as text (what a client downloads), and its wall time in ms. */
function timedGet(url: string, accept: string): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    request(url, { headers: { Accept: accept } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ ms: performance.now() - t0, bytes }));
    }).on('error', reject).end();
  });
}

const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

/** `kubectl get pods -A` of 5,000 pods: the served Table, over HTTP. */
async function listPods(): Promise<{ lines: Record<string, unknown>[]; metrics: Record<string, number> }> {
  const { session, running } = await serve(deploymentScenario(5000, 50), 120_000);
  try {
    const pods = session.cluster.state.pods.size;
    const url = `${running.url}/api/v1/pods`;
    for (let i = 0; i < 3; i++) await timedGet(url, TABLE);
    const runs: number[] = [], cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 10; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const c0 = process.cpuUsage();
      const r = await timedGet(url, TABLE);
      const c = process.cpuUsage(c0);
      runs.push(r.ms); cpu.push((c.user + c.system) / 1000); bytes = r.bytes;
    }
    // The clock moved: every row's ages change, so each list prints its 5,000 rows again.
    const moved: number[] = [], movedCpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      session.pacer.step(1000);
      const c0 = process.cpuUsage();
      const r = await timedGet(url, TABLE);
      const c = process.cpuUsage(c0);
      moved.push(r.ms); movedCpu.push((c.user + c.system) / 1000);
    }
    const r1 = (x: number): number => Math.round(x * 10) / 10;
    const ms = r1(median(runs)), cpuMs = r1(median(cpu));
    // CPU time (server and client in this process) is what the machine's load cannot inflate.
    return { lines: [{ bench: 'serve.list_pods_5000', pods, medianMs: ms, medianCpuMs: cpuMs, bytes, runs: runs.length,
      movedClockMedianMs: r1(median(moved)), movedClockMedianCpuMs: r1(median(movedCpu)) }],
      metrics: { 'serve.list_pods_5000.ms': ms, 'serve.list_pods_5000.cpu_ms': cpuMs,
        'serve.list_pods_5000.moved_clock_ms': r1(median(moved)),
        'serve.list_pods_5000.moved_clock_cpu_ms': r1(median(movedCpu)) } };
  } finally { await running.close(); session.stop(); }
}

/** What the watchers' process reports. */
interface WatchersStatus { delivered: number; lastAt: number; cpuS: number }

/** 10 watchers of every pod (in a child process, as kubectl would be) while a 1,000-pod Deployment rolls out. */
async function watchRollout(): Promise<{ lines: Record<string, unknown>[]; metrics: Record<string, number> }> {
  const WATCHERS = Number(process.env.KUBESIM_BENCH_WATCHERS ?? 10);
  const { session, running } = await serve(deploymentScenario(1000, 20), 120_000, 1);
  const fromRv = session.cluster.resourceVersion;
  const child = fork(fileURLToPath(new URL('./serveWatchers.js', import.meta.url)),
    [`${running.url}/api/v1/pods?watch=1&resourceVersion=${fromRv}`, String(WATCHERS)]);
  const next = (): Promise<WatchersStatus & { ready?: boolean }> =>
    new Promise((resolve) => child.once('message', (m) => resolve(m as WatchersStatus)));
  const status = (): Promise<WatchersStatus> => { const p = next(); child.send('status'); return p; };
  try {
    await next();
    // fetch loads its client (undici) on first use, ~40-90 ms of this process's CPU: not the server's work, so
    // it happens before the timed window.
    const web = `${running.url}/apis/apps/v1/namespaces/default/deployments/web`;
    await (await fetch(web)).text();
    const t0 = performance.timeOrigin + performance.now(), c0 = process.cpuUsage();
    const patched = await fetch(web, {
      method: 'PATCH', headers: { 'Content-Type': 'application/strategic-merge-patch+json' },
      body: JSON.stringify({ spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.26' }] } } } }),
    });
    if (patched.status !== 200) throw new Error(`set image: ${patched.status} ${await patched.text()}`);
    session.pacer.setSpeed(Infinity);
    session.pacer.resume();
    const done = (): boolean => {
      const d = session.cluster.get('deployments', 'default/web') as { metadata: { generation?: number }; status?: { observedGeneration?: number; updatedReplicas?: number; replicas?: number; availableReplicas?: number } } | undefined;
      const st = d?.status;
      return st?.observedGeneration === d?.metadata.generation && st?.updatedReplicas === 1000 && st?.replicas === 1000 && st?.availableReplicas === 1000;
    };
    const started = performance.now();
    while (!done() && performance.now() - started < 300_000) await new Promise((r) => setTimeout(r, 5));
    session.pacer.pause();
    const serverCpu = process.cpuUsage(c0), serverCpuS = (serverCpu.user + serverCpu.system) / 1e6;
    // Every watcher gets every pod change: wait until the sockets have delivered them all.
    const expected = WATCHERS * (session.cluster.since(fromRv, 'pods') ?? []).length;
    let st = await status();
    while (st.delivered < expected && performance.now() - started < 600_000) {
      await new Promise((r) => setTimeout(r, 20));
      st = await status();
    }
    const seconds = (st.lastAt - t0) / 1000;
    const perS = Math.round(st.delivered / seconds);
    const r2 = (x: number): number => Math.round(x * 100) / 100;
    return {
      lines: [{ bench: 'serve.watch_rollout', watchers: WATCHERS, pods: 1000, delivered: st.delivered, expected,
        wallS: r2(seconds), serverCpuS: r2(serverCpuS), watchersCpuS: r2(st.cpuS), virtual: session.cluster.now,
        eventsPerS: perS, eventsPerServerCpuS: Math.round(st.delivered / serverCpuS) }],
      metrics: { 'serve.watch_events_per_s': perS, 'serve.watch_events_per_server_cpu_s': Math.round(st.delivered / serverCpuS),
        'serve.watch_rollout.wall_s': r2(seconds) },
    };
  } finally { child.send('stop'); await running.close(); session.stop(); }
}

export const benches: Bench[] = [
  { name: 'serve.list', group: 'serve', run: listPods },
  { name: 'serve.watch', group: 'serve', run: watchRollout },
];
