import { loadFuzzBase } from '../src/fuzz/base.js';
import { fuzz } from '../src/fuzz/fuzz.js';
import { median } from './harness.js';
/**
 * Chaos campaign throughput (issue #18): cases of 10 faults and operations (every kind, aimed at
 * their instant by the chaos monkey) on a 20-node, 5-workload scenario (3 Deployments, one with
 * a PDB and an HPA, a StatefulSet, a DaemonSet), judged by every invariant (kubesim's laws and
 * the operational ones), on 1 and 2 worker threads. Nothing is shrunk: this measures the search.
 */
const RUNS = 60;
const SEED = 18;
const workerFile = new URL('../src/fuzz/worker.js', import.meta.url);
const workload = (kind, name, replicas, extra = '') => `  - apiVersion: apps/v1
    kind: ${kind}
    metadata: {name: ${name}}
    spec:
${kind === 'DaemonSet' ? '' : `      replicas: ${replicas}\n`}${kind === 'StatefulSet' ? `      serviceName: ${name}\n` : ''}      selector: {matchLabels: {app: ${name}}}
      template:
        metadata: {labels: {app: ${name}}}
        spec:
          containers: [{name: app, image: "${name}:1", resources: {requests: {cpu: 200m, memory: 128Mi}}${extra}}]
`;
export const CHAOS_BENCH_SCENARIO = `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: chaos-bench}
until: 30m
nodes:
  - {namePrefix: a-, count: 10, capacity: {cpu: "4", memory: 16Gi}, labels: {topology.kubernetes.io/zone: a}}
  - {namePrefix: b-, count: 10, capacity: {cpu: "4", memory: 16Gi}, labels: {topology.kubernetes.io/zone: b}}
manifests:
${workload('Deployment', 'web', 6, ', livenessProbe: {httpGet: {path: /, port: 80}}')}${workload('Deployment', 'api', 4)}${workload('Deployment', 'worker', 3)}${workload('StatefulSet', 'db', 3)}${workload('DaemonSet', 'agent', 0)}  - {apiVersion: policy/v1, kind: PodDisruptionBudget, metadata: {name: web}, spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}}
  - apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: {name: worker}
    spec:
      scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: worker}
      minReplicas: 3
      maxReplicas: 8
      metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}}]
behaviors:
  - match: {labels: {app: worker}}
    cpu: {steps: [{at: 0s, cpu: 100m}, {at: 5m, cpu: 180m}, {at: 15m, cpu: 60m}]}
`;
async function casesPerSecond(workers) {
    const { base } = loadFuzzBase('chaos-bench.yaml', { read: () => CHAOS_BENCH_SCENARIO, resolve: (_f, r) => r });
    const t0 = process.hrtime.bigint();
    const r = await fuzz(base, { runs: RUNS, seed: SEED, maxOps: 10, setup: { invariants: [], plugins: [] }, workers, workerFile, shrink: false });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.executed !== RUNS)
        throw new Error(`fuzz.ops bench: expected ${RUNS} cases, got ${r.executed}`);
    const injected = Object.values(r.coverage.kinds).reduce((n, k) => n + k.injected, 0);
    return { medianMs: +median([ms]).toFixed(1), perSecond: +(RUNS / (ms / 1000)).toFixed(1), failures: r.failures.length, injected };
}
const bench = (workers) => ({
    name: `fuzz.ops.workers${workers}`,
    group: 'fuzz',
    async run() {
        const r = await casesPerSecond(workers);
        return {
            lines: [{ bench: `fuzz.ops.workers${workers}`, n: RUNS, runs: 1, workers, opsPerCase: 10, nodes: 20, workloads: 5, medianMs: r.medianMs, casesPerSec: r.perSecond, casesWithViolations: r.failures, injected: r.injected, seed: SEED }],
            metrics: { [`fuzz.ops.cases_per_s.workers${workers}`]: r.perSecond, ...(workers === 1 ? { 'fuzz.ops.cases_per_s': r.perSecond } : {}) },
        };
    },
});
export const benches = [bench(1), bench(2)];
