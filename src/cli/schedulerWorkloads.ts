import { asNodeName, NO_UID } from '../api/ids.js';
import type { KubeObject, Node, Pod, PodSpec } from '../api/types.js';
import { apiServer } from '../apiserver/apiserver.js';
import { Simulation } from '../engine/simulation.js';
import { type ClusterState, podUidsOnNode } from '../reducers/state.js';
import { tget, tvalues } from '../reducers/table.js';
import { podResources } from '../scheduler/podInfo.js';
import { scheduler, Scheduler, type SchedulerOptions } from '../scheduler/scheduler.js';
import type { Scenario, TimelineEntry } from '../scenario/types.js';
import { toAmounts } from '../api/resources.js';

/**
 * Workloads shaped like kube-scheduler's scheduler_perf suite (test/integration/scheduler_perf:
 * misc/, affinity/ and topology_spreading/performance-config.yaml). Standard node
 * (templates/node-default.yaml): 4 CPU, 32Gi, 110 pods; standard pod (templates/pod-default.yaml):
 * 100m / 500Mi. `threshold` is the pods/s that suite enforces for kube-scheduler.
 */
export interface Workload {
  readonly name: string;
  readonly title: string;
  readonly threshold: number;
  readonly nodes: number;
  readonly initPods: number;
  readonly measurePods: number;
  /** Node labels by node index. */
  readonly nodeLabels?: (i: number) => Record<string, string>;
  readonly initPod?: (i: number) => PodManifest;
  readonly measurePod: (i: number) => PodManifest;
  /** Pods created every 200 ms during the measured phase (churn opcode). */
  readonly churn?: { readonly pod: (i: number) => PodManifest; readonly count: number };
  readonly objects?: readonly KubeObject[];
}
export interface PodManifest { readonly metadata: { name: string; namespace?: string; labels?: Record<string,
  string> }; readonly spec: PodSpec }

const pause = (cpu: string, memory: string, extra: Partial<PodSpec> = {}): PodSpec => ({
  containers: [{ name: 'pause', image: 'registry.k8s.io/pause:3.10',
    resources: { requests: { cpu, memory }, limits: { cpu, memory } } }],
  ...extra,
});
// scheduler_perf stamps every pod of a workload from one template file (pod-default.yaml): the
// pods here share one spec object likewise, so admission defaults it once (apiserver/admission.ts).
const DEFAULT_POD_SPEC = pause('100m', '500Mi');
const defaultPod = (prefix: string, ns = 'default') => (i: number): PodManifest =>
  ({ metadata: { name: `${prefix}-${i}`, namespace: ns }, spec: DEFAULT_POD_SPEC });
const zoneOf3 = (i: number) => ({ 'topology.kubernetes.io/zone': `moon-${(i % 3) + 1}` });
const priorityClass = (name: string, value: number): KubeObject =>
  ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value } as KubeObject);
const namespace = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

export const WORKLOADS: readonly Workload[] = [
  { name: 'basic', title: 'SchedulingBasic/5000Nodes_10000Pods', threshold: 680, nodes: 5000, initPods: 1000,
    measurePods: 10000, measurePod: defaultPod('measure') },
  {
    name: 'nodeaffinity', title: 'SchedulingNodeAffinity/5000Nodes_10000Pods', threshold: 220, nodes: 5000,
      initPods: 5000, measurePods: 10000,
    nodeLabels: () => ({ 'topology.kubernetes.io/zone': 'zone1' }),
    measurePod: (i) => ({ metadata: { name: `affinity-${i}` },
      spec: pause('100m', '500Mi', { affinity: { nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [
          { matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In',
            values: ['zone1', 'zone2'] }] }] } } } }) }),
    initPod: (i) => ({ metadata: { name: `init-affinity-${i}` },
      spec: pause('100m', '500Mi', { affinity: { nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [
          { matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In',
            values: ['zone1', 'zone2'] }] }] } } } }) }),
  },
  {
    name: 'antiaffinity', title: 'SchedulingPodAntiAffinity/5000Nodes_2000Pods', threshold: 60, nodes: 5000,
      initPods: 1000, measurePods: 2000,
    objects: [namespace('sched-0'), namespace('sched-1')],
    initPod: (i) => antiPod(`init-anti-${i}`, 'sched-0'),
    measurePod: (i) => antiPod(`anti-${i}`, 'sched-1'),
  },
  {
    name: 'spread', title: 'TopologySpreading/5000Nodes_5000Pods', threshold: 460, nodes: 5000, initPods: 5000,
      measurePods: 5000, nodeLabels: zoneOf3,
    measurePod: (i) => ({ metadata: { name: `spreading-${i}`, labels: { color: 'blue' } },
      spec: pause('100m', '500Mi', { topologySpreadConstraints: [
        { maxSkew: 5, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule',
          labelSelector: { matchLabels: { color: 'blue' } } }] }) }),
  },
  {
    // misc/performance-config.yaml PreemptionAsync: 4 low-priority pods per node use 3.6 of 4 CPU; high-priority pods
    // needing 3 CPU arrive every 200 ms and must preempt 3 of them; the measured pods (100m) always fit.
    name: 'preemption', title: 'PreemptionAsync/5000Nodes', threshold: 570, nodes: 5000, initPods: 20000,
      measurePods: 5000,
    objects: [priorityClass('low-priority', 10), priorityClass('high-priority', 1000)],
    initPod: (i) => ({ metadata: { name: `low-${i}` }, spec: pause('900m', '500Mi',
      { priorityClassName: 'low-priority' }) }),
    measurePod: defaultPod('measure'),
    churn: { count: 25, pod: (i) => ({ metadata: { name: `high-${i}` },
      spec: pause('3', '500Mi', { priorityClassName: 'high-priority' }) }) },
  },
  {
    // misc/performance-config.yaml Unschedulable 5kNodes/100Init/10kPods: high-priority pods needing 9 CPU never fit.
    name: 'unschedulable', title: 'Unschedulable/5kNodes/100Init/10kPods', threshold: 590, nodes: 5000, initPods: 100,
      measurePods: 10000,
    objects: [priorityClass('high-priority', 1000)],
    measurePod: defaultPod('measure'),
    churn: { count: 25, pod: (i) => ({ metadata: { name: `large-${i}` },
      spec: pause('9', '500Mi', { priorityClassName: 'high-priority' }) }) },
  },
];

function antiPod(name: string, ns: string): PodManifest {
  return {
    metadata: { name, namespace: ns, labels: { color: 'green' } },
    spec: pause('100m', '500Mi', { affinity: { podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { color: 'green' } },
        topologyKey: 'kubernetes.io/hostname' }] } } }),
  };
}

const MEASURE_AT = 1000;
const src = { file: 'bench' };

/**
 * The workload as a Scenario: nodes and objects at 0, init pods at 1 ms, measured pods at 1 s, churn every 200 ms from
 * 1 s.
 */
export function workloadScenario(w: Workload, seed: number, scale = 1): Scenario {
  const nodes: Node[] = [];
  const n = Math.max(1, Math.round(w.nodes * scale));
  for (let i = 0; i < n; i++) {
    nodes.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: asNodeName(`node-${String(i).padStart(5, '0')}`),
      uid: NO_UID,
      labels: w.nodeLabels?.(i) ?? {} }, spec: {}, status: { capacity: { cpu: '4', memory: '32Gi', pods: '110' },
        allocatable: { cpu: '4', memory: '32Gi', pods: '110' }, conditions: [], addresses: [] } });
  }
  const asObj = (m: PodManifest): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: m.metadata, spec: m.spec });
  const init = Array.from({ length: Math.round(w.initPods * scale) },
    (_, i) => ({ object: asObj((w.initPod ?? defaultPod('init'))(i)), source: src }));
  const measured = Array.from({ length: Math.round(w.measurePods * scale) },
    (_, i) => ({ object: asObj(w.measurePod(i)), source: src }));
  // Init pods 1 ms after the objects: admission reads PriorityClasses from state, so they must exist first.
  const timeline: TimelineEntry[] = [{ at: 1, action: { kind: 'apply', objects: init }, source: src },
    { at: MEASURE_AT, action: { kind: 'apply', objects: measured }, source: src }];
  for (let k = 0; k < (w.churn?.count ?? 0); k++) timeline.push(
    { at: MEASURE_AT + k * 200, action: { kind: 'apply', objects: [{ object: asObj(w.churn!.pod(k)), source: src }] },
      source: src });
  timeline.sort((a, b) => a.at - b.at);
  return {
    name: w.title, file: 'bench', seed, until: MEASURE_AT + 200 * (w.churn?.count ?? 0) + 60_000, startTime: 0, nodes,
    manifests: (w.objects ?? []).map((object) => ({ object, source: src })), timeline, behaviors: [], staticPods: [],
      warnings: [],
  };
}

export interface WorkloadResult {
  readonly workload: string;
  readonly threshold: number;
  readonly measured: number;
  readonly scheduled: number;
  readonly wallMs: number;
  readonly podsPerSec: number;
  /** CPU time of the measured phase (user + system): steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly podsPerCpuSec: number;
  readonly attemptsPerPod: number;
  readonly cpuUtilisation: number;
  readonly memoryUtilisation: number;
  /** Probe pods of 2 CPU / 8Gi that fit in the total free capacity but on no single node. */
  readonly fragmentation: number;
  /** Nodes running at least one pod. */
  readonly nodesUsed: number;
  /** Mean virtual ms from creation to binding, over the measured pods that were bound. */
  readonly meanPendingMs: number;
  readonly events: number;
}

/**
 * Runs one workload through the engine (API server + scheduler: facts, reducers and the
 * scheduler's cache, no kubelet) and times the measured phase on the wall clock with `now()`.
 */
export function runWorkload(w: Workload, opts: { seed: number; scale?: number; scheduler?: SchedulerOptions;
  now: () => number }): WorkloadResult {
  const scenario = workloadScenario(w, opts.seed, opts.scale ?? 1);
  const sim = new Simulation(scenario, { components: [apiServer, scheduler], options: opts.scheduler
    ? { scheduler: opts.scheduler } : {} });
  let events = 0;
  sim.events$.subscribe(() => { events++; });
  sim.runUntil(MEASURE_AT - 1);
  const sched = sim.components.find((c) => c.name === 'scheduler') as Scheduler;
  const attempts0 = sched.attempts;
  const events0 = events;
  const t0 = opts.now();
  const c0 = process.cpuUsage();
  const end = MEASURE_AT + 200 * (w.churn?.count ?? 0);
  const state = sim.runUntil(end);
  const wallMs = opts.now() - t0;
  const cu = process.cpuUsage(c0);
  const cpuMs = (cu.user + cu.system) / 1000;
  const measuredPrefix = w.measurePod(0).metadata.name.replace(/-0$/, '-');
  let measured = 0, scheduled = 0, pendingSum = 0;
  for (const p of tvalues(state.pods)) {
    if (!p.metadata.name.startsWith(measuredPrefix)) continue;
    measured++;
    if (p.spec.nodeName) {
      scheduled++;
      const c = p.status.conditions.find((x) => x.type === 'PodScheduled' && x.status === 'True');
      pendingSum += (c?.lastTransitionTime ?? 0) - (p.metadata.creationTimestamp ?? 0);
    }
  }
  const q = quality(state);
  return {
    workload: w.title, threshold: w.threshold, measured, scheduled, wallMs: Math.round(wallMs * 10) / 10,
    podsPerSec: Math.round(scheduled / (wallMs / 1000)), cpuMs: Math.round(cpuMs),
      podsPerCpuSec: Math.round(scheduled / (cpuMs / 1000)),
        attemptsPerPod: Math.round(((sched.attempts - attempts0) / Math.max(1, measured)) * 1000) / 1000,
    ...q, meanPendingMs: scheduled ? Math.round(pendingSum / scheduled) : 0, events: events - events0,
  };
}

/** Utilisation of requests, fragmentation for a 2 CPU / 8Gi probe pod, and nodes in use, from the final state. */
export function quality(state: ClusterState): { cpuUtilisation: number; memoryUtilisation: number;
  fragmentation: number; nodesUsed: number } {
  const POD_CPU = 2000, POD_MEM = 8 * 1024 * 1024 * 1024;
  let allocCpu = 0, allocMem = 0, reqCpu = 0, reqMem = 0, freeCpu = 0, freeMem = 0, freePods = 0, perNode = 0,
    nodesUsed = 0;
  for (const name of state.nodeNames) {
    const n = tget(state.nodes, name)!;
    const a = toAmounts(n.object.status.allocatable);
    let c = 0, m = 0, pods = 0;
    for (const uid of podUidsOnNode(state, name)) {
      const p = tget(state.pods, uid) as Pod | undefined;
      if (!p || p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
      const r = podResources(p.spec, false);
      c += r.cpu; m += r.memory; pods++;
    }
    if (pods > 0) nodesUsed++;
    allocCpu += a.cpu ?? 0; allocMem += a.memory ?? 0; reqCpu += c; reqMem += m;
    const fc = Math.max(0, (a.cpu ?? 0) - c), fm = Math.max(0, (a.memory ?? 0) - m),
      fp = Math.max(0, (a.pods ?? 110) - pods);
    freeCpu += fc; freeMem += fm; freePods += fp;
    perNode += Math.min(Math.floor(fc / POD_CPU), Math.floor(fm / POD_MEM), fp);
  }
  const total = Math.min(Math.floor(freeCpu / POD_CPU), Math.floor(freeMem / POD_MEM), freePods);
  return {
    cpuUtilisation: allocCpu ? Math.round((reqCpu / allocCpu) * 10000) / 10000 : 0,
    memoryUtilisation: allocMem ? Math.round((reqMem / allocMem) * 10000) / 10000 : 0,
    fragmentation: total - perNode,
    nodesUsed,
  };
}
