import type { Affinity, Node, NodeSelectorRequirement, Pod, PodAffinityTerm, Taint, Toleration, TopologySpreadConstraint } from '../src/api/types.js';
import { SchedulerCache } from '../src/scheduler/cache.js';
import type { NodeInfo, PodInfo } from '../src/scheduler/framework.js';
import { initialState } from '../src/reducers/state.js';
import { newPodInfo } from '../src/scheduler/podInfo.js';

let uidSeq = 0;

/** Fluent Pod builder, shaped like kube-scheduler's testing/wrappers.go (MakePod().Name(...).Obj()). */
export class PodBuilder {
  #pod: { apiVersion: string; kind: string; metadata: Record<string, unknown>; spec: Record<string, unknown>; status: Record<string, unknown> };
  constructor(name = 'p') {
    this.#pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: asUid(`uid-${name}-${uidSeq++}`), creationTimestamp: 0 }, spec: { containers: [{ name: 'c', image: 'pause' }], schedulerName: 'default-scheduler' }, status: { phase: 'Pending', conditions: [] } };
  }
  name(n: string): this { this.#pod.metadata.name = n; return this; }
  namespace(ns: string): this { this.#pod.metadata.namespace = ns; return this; }
  uid(u: string): this { this.#pod.metadata.uid = asUid(u); return this; }
  labels(l: Record<string, string>): this { this.#pod.metadata.labels = l; return this; }
  req(r: Record<string, string>): this {
    this.#pod.spec.containers = [{ name: 'c', image: 'pause', resources: { requests: r } }];
    return this;
  }
  containers(...reqs: Record<string, string>[]): this {
    this.#pod.spec.containers = reqs.map((r, i) => ({ name: `c${i}`, image: 'pause', resources: { requests: r } }));
    return this;
  }
  image(...images: string[]): this {
    this.#pod.spec.containers = images.map((image, i) => ({ name: `c${i}`, image }));
    return this;
  }
  /** Container ports of the first container (hostPort, hostIP, protocol as given). */
  ports(...ps: { containerPort: number; hostPort?: number; hostIP?: string; protocol?: string }[]): this {
    const [c, ...rest] = this.#pod.spec.containers as Record<string, unknown>[];
    this.#pod.spec.containers = [{ ...c, ports: ps }, ...rest];
    return this;
  }
  /** A sidecar (restartable init container) with these ports. */
  sidecarPorts(...ps: { containerPort: number; hostPort?: number }[]): this {
    this.#pod.spec.initContainers = [{ name: 'sidecar', image: 'pause', restartPolicy: 'Always', ports: ps }];
    return this;
  }
  nodeSelector(s: Record<string, string>): this { this.#pod.spec.nodeSelector = s; return this; }
  nodeName(n: string): this { this.#pod.spec.nodeName = asNodeName(n); return this; }
  priority(p: number): this { this.#pod.spec.priority = p; return this; }
  preemptionPolicy(p: 'Never' | 'PreemptLowerPriority'): this { this.#pod.spec.preemptionPolicy = p; return this; }
  toleration(t: Toleration): this { this.#pod.spec.tolerations = [...((this.#pod.spec.tolerations as Toleration[]) ?? []), t]; return this; }
  affinity(a: Affinity): this { this.#pod.spec.affinity = { ...((this.#pod.spec.affinity as Affinity) ?? {}), ...a }; return this; }
  requiredNodeAffinity(...terms: NodeSelectorRequirement[][]): this {
    return this.affinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms.map((t) => ({ matchExpressions: t })) } } });
  }
  requiredNodeFields(...reqs: NodeSelectorRequirement[]): this {
    return this.affinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: reqs }] } } });
  }
  preferredNodeAffinity(...prefs: { weight: number; match: NodeSelectorRequirement[] }[]): this {
    return this.affinity({ nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: prefs.map((p) => ({ weight: p.weight, preference: { matchExpressions: p.match } })) } });
  }
  podAffinity(kind: 'podAffinity' | 'podAntiAffinity', required: PodAffinityTerm[], preferred: { weight: number; podAffinityTerm: PodAffinityTerm }[] = []): this {
    return this.affinity({ [kind]: { requiredDuringSchedulingIgnoredDuringExecution: required, preferredDuringSchedulingIgnoredDuringExecution: preferred } });
  }
  spread(c: TopologySpreadConstraint): this { this.#pod.spec.topologySpreadConstraints = [...((this.#pod.spec.topologySpreadConstraints as TopologySpreadConstraint[]) ?? []), c]; return this; }
  terminating(): this { this.#pod.metadata.deletionTimestamp = 1; return this; }
  /** GPU request in annotations (src/api/gpu.ts); `devices` as a bound pod records them. */
  gpu(count: number, milli: number, model?: string, devices?: readonly number[]): this {
    const ann: Record<string, string> = { 'alibabacloud.com/gpu-count': String(count), 'alibabacloud.com/gpu-milli': String(milli) };
    if (model) ann['alibabacloud.com/gpu-card-model'] = model;
    if (devices) ann['alibabacloud.com/gpu-index'] = devices.join('-');
    this.#pod.metadata.annotations = { ...(this.#pod.metadata.annotations as Record<string, string> | undefined), ...ann };
    return this;
  }
  obj(): Pod { return structuredClone(this.#pod) as unknown as Pod; }
  info(): PodInfo { return newPodInfo(this.obj()); }
}
export const makePod = (name?: string): PodBuilder => new PodBuilder(name);

/** Fluent Node builder. */
export class NodeBuilder {
  #node: Node;
  constructor(name: string) {
    this.#node = { apiVersion: 'v1', kind: 'Node', metadata: { name: asNodeName(name), uid: asUid(`node-${name}`), labels: { 'kubernetes.io/hostname': name } }, spec: {}, status: { capacity: {}, allocatable: { cpu: '4', memory: '32Gi', pods: '110' }, conditions: [], addresses: [] } };
  }
  alloc(a: Record<string, string>): this { this.#node = { ...this.#node, status: { ...this.#node.status, allocatable: a, capacity: a } }; return this; }
  labels(l: Record<string, string>): this { this.#node = { ...this.#node, metadata: { ...this.#node.metadata, labels: { ...this.#node.metadata.labels, ...l } } }; return this; }
  taint(key: string, value: string | undefined, effect: Taint['effect']): this {
    const t: Taint = value === undefined ? { key, effect } : { key, value, effect };
    this.#node = { ...this.#node, spec: { ...this.#node.spec, taints: [...(this.#node.spec.taints ?? []), t] } };
    return this;
  }
  /** `count` GPU devices of `model` (capacity alibabacloud.com/gpu-count, label alibabacloud.com/gpu-card-model). */
  gpu(count: number, model: string): this {
    const res = { ...this.#node.status.allocatable, 'alibabacloud.com/gpu-count': String(count) };
    return this.alloc(res).labels({ 'alibabacloud.com/gpu-card-model': model });
  }
  unschedulable(): this { this.#node = { ...this.#node, spec: { ...this.#node.spec, unschedulable: true } }; return this; }
  images(...imgs: { names: string[]; sizeBytes: number }[]): this { this.#node = { ...this.#node, status: { ...this.#node.status, images: imgs } }; return this; }
  obj(): Node { return this.#node; }
}
export const makeNode = (name: string): NodeBuilder => new NodeBuilder(name);

/** A cache with these nodes and the given pods bound to them: the snapshot plugins read. */
export function makeSnapshot(nodes: Node[], bound: { pod: Pod; node: string }[] = []): SchedulerCache {
  const c = new SchedulerCache();
  c.state = initialState();
  for (const n of nodes) c.addNode(n);
  for (const b of bound) c.addPod(newPodInfo(b.pod), asNodeName(b.node));
  return c;
}

export const nodeInfo = (c: SchedulerCache, name: string): NodeInfo => c.get(name)!;

import type { KubeObject } from '../src/api/types.js';
import { apiServer } from '../src/apiserver/apiserver.js';
import { Simulation } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import { scheduler } from '../src/scheduler/scheduler.js';
import type { Scenario, TimelineEntry } from '../src/scenario/types.js';
import { asNodeName, asUid } from '../src/api/ids.js';

/** A scenario built in memory: nodes, objects applied at 0, and objects applied later (`at`). */
type AnyObject = Pod | Node | KubeObject;
export function schedulingScenario(nodes: Node[], objects: AnyObject[], later: { at: number; objects: AnyObject[] }[] = [], extra: Partial<Scenario> = {}): Scenario {
  const src = { file: 'test' };
  const strip = (o: AnyObject): KubeObject => {
    if (o.kind !== 'Pod') return o as unknown as KubeObject;
    const { status: _s, ...rest } = o as KubeObject;
    const md = { ...(rest.metadata as unknown as Record<string, unknown>) };
    delete md.uid;
    return { ...rest, metadata: md } as unknown as KubeObject;
  };
  const timeline: TimelineEntry[] = later.map((l) => ({ at: l.at, action: { kind: 'apply', objects: l.objects.map((o) => ({ object: strip(o), source: src })) }, source: src }));
  return {
    name: 'test', file: 'test', seed: 7, until: 600_000, startTime: 0, nodes, manifests: objects.map((o) => ({ object: strip(o), source: src })),
    timeline, behaviors: [], staticPods: [], warnings: [], ...extra,
  };
}

/** Runs API server + scheduler (no kubelet) and returns the facts and the final state. */
export function runScheduling(s: Scenario, options: Record<string, unknown> = {}, until?: number) {
  const sim = new Simulation(s, { components: [apiServer, scheduler], options, ...(until !== undefined ? { until } : {}) });
  const events: ClusterEvent[] = [];
  sim.events$.subscribe(({ event }) => events.push(event));
  const state = sim.run();
  return { events, state, sim };
}

export const priorityClass = (name: string, value: number, preemptionPolicy?: string): KubeObject =>
  ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, ...(preemptionPolicy ? { preemptionPolicy } : {}) } as KubeObject);
