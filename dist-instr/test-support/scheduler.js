import { SchedulerCache } from '../src/scheduler/cache.js';
import { initialState } from '../src/reducers/state.js';
import { newPodInfo } from '../src/scheduler/podInfo.js';
let uidSeq = 0;
/** Fluent Pod builder, shaped like kube-scheduler's testing/wrappers.go (MakePod().Name(...).Obj()). */
export class PodBuilder {
    #pod;
    constructor(name = 'p') {
        this.#pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}-${uidSeq++}`, creationTimestamp: 0 }, spec: { containers: [{ name: 'c', image: 'pause' }], schedulerName: 'default-scheduler' }, status: { phase: 'Pending', conditions: [] } };
    }
    name(n) { this.#pod.metadata.name = n; return this; }
    namespace(ns) { this.#pod.metadata.namespace = ns; return this; }
    uid(u) { this.#pod.metadata.uid = u; return this; }
    labels(l) { this.#pod.metadata.labels = l; return this; }
    req(r) {
        this.#pod.spec.containers = [{ name: 'c', image: 'pause', resources: { requests: r } }];
        return this;
    }
    containers(...reqs) {
        this.#pod.spec.containers = reqs.map((r, i) => ({ name: `c${i}`, image: 'pause', resources: { requests: r } }));
        return this;
    }
    image(...images) {
        this.#pod.spec.containers = images.map((image, i) => ({ name: `c${i}`, image }));
        return this;
    }
    /** Container ports of the first container (hostPort, hostIP, protocol as given). */
    ports(...ps) {
        const [c, ...rest] = this.#pod.spec.containers;
        this.#pod.spec.containers = [{ ...c, ports: ps }, ...rest];
        return this;
    }
    /** A sidecar (restartable init container) with these ports. */
    sidecarPorts(...ps) {
        this.#pod.spec.initContainers = [{ name: 'sidecar', image: 'pause', restartPolicy: 'Always', ports: ps }];
        return this;
    }
    nodeSelector(s) { this.#pod.spec.nodeSelector = s; return this; }
    nodeName(n) { this.#pod.spec.nodeName = n; return this; }
    priority(p) { this.#pod.spec.priority = p; return this; }
    preemptionPolicy(p) { this.#pod.spec.preemptionPolicy = p; return this; }
    toleration(t) { this.#pod.spec.tolerations = [...(this.#pod.spec.tolerations ?? []), t]; return this; }
    affinity(a) { this.#pod.spec.affinity = { ...(this.#pod.spec.affinity ?? {}), ...a }; return this; }
    requiredNodeAffinity(...terms) {
        return this.affinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms.map((t) => ({ matchExpressions: t })) } } });
    }
    requiredNodeFields(...reqs) {
        return this.affinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: reqs }] } } });
    }
    preferredNodeAffinity(...prefs) {
        return this.affinity({ nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: prefs.map((p) => ({ weight: p.weight, preference: { matchExpressions: p.match } })) } });
    }
    podAffinity(kind, required, preferred = []) {
        return this.affinity({ [kind]: { requiredDuringSchedulingIgnoredDuringExecution: required, preferredDuringSchedulingIgnoredDuringExecution: preferred } });
    }
    spread(c) { this.#pod.spec.topologySpreadConstraints = [...(this.#pod.spec.topologySpreadConstraints ?? []), c]; return this; }
    terminating() { this.#pod.metadata.deletionTimestamp = 1; return this; }
    /** GPU request in annotations (src/api/gpu.ts); `devices` as a bound pod records them. */
    gpu(count, milli, model, devices) {
        const ann = { 'alibabacloud.com/gpu-count': String(count), 'alibabacloud.com/gpu-milli': String(milli) };
        if (model)
            ann['alibabacloud.com/gpu-card-model'] = model;
        if (devices)
            ann['alibabacloud.com/gpu-index'] = devices.join('-');
        this.#pod.metadata.annotations = { ...this.#pod.metadata.annotations, ...ann };
        return this;
    }
    obj() { return structuredClone(this.#pod); }
    info() { return newPodInfo(this.obj()); }
}
export const makePod = (name) => new PodBuilder(name);
/** Fluent Node builder. */
export class NodeBuilder {
    #node;
    constructor(name) {
        this.#node = { apiVersion: 'v1', kind: 'Node', metadata: { name, uid: `node-${name}`, labels: { 'kubernetes.io/hostname': name } }, spec: {}, status: { capacity: {}, allocatable: { cpu: '4', memory: '32Gi', pods: '110' }, conditions: [], addresses: [] } };
    }
    alloc(a) { this.#node = { ...this.#node, status: { ...this.#node.status, allocatable: a, capacity: a } }; return this; }
    labels(l) { this.#node = { ...this.#node, metadata: { ...this.#node.metadata, labels: { ...this.#node.metadata.labels, ...l } } }; return this; }
    taint(key, value, effect) {
        const t = value === undefined ? { key, effect } : { key, value, effect };
        this.#node = { ...this.#node, spec: { ...this.#node.spec, taints: [...(this.#node.spec.taints ?? []), t] } };
        return this;
    }
    /** `count` GPU devices of `model` (capacity alibabacloud.com/gpu-count, label alibabacloud.com/gpu-card-model). */
    gpu(count, model) {
        const res = { ...this.#node.status.allocatable, 'alibabacloud.com/gpu-count': String(count) };
        return this.alloc(res).labels({ 'alibabacloud.com/gpu-card-model': model });
    }
    unschedulable() { this.#node = { ...this.#node, spec: { ...this.#node.spec, unschedulable: true } }; return this; }
    images(...imgs) { this.#node = { ...this.#node, status: { ...this.#node.status, images: imgs } }; return this; }
    obj() { return this.#node; }
}
export const makeNode = (name) => new NodeBuilder(name);
/** A cache with these nodes and the given pods bound to them: the snapshot plugins read. */
export function makeSnapshot(nodes, bound = []) {
    const c = new SchedulerCache();
    c.state = initialState();
    for (const n of nodes)
        c.addNode(n);
    for (const b of bound)
        c.addPod(newPodInfo(b.pod), b.node);
    return c;
}
export const nodeInfo = (c, name) => c.get(name);
import { apiServer } from '../src/apiserver/apiserver.js';
import { Simulation } from '../src/engine/simulation.js';
import { scheduler } from '../src/scheduler/scheduler.js';
export function schedulingScenario(nodes, objects, later = [], extra = {}) {
    const src = { file: 'test' };
    const strip = (o) => {
        if (o.kind !== 'Pod')
            return o;
        const { status: _s, ...rest } = o;
        const md = { ...rest.metadata };
        delete md.uid;
        return { ...rest, metadata: md };
    };
    const timeline = later.map((l) => ({ at: l.at, action: { kind: 'apply', objects: l.objects.map((o) => ({ object: strip(o), source: src })) }, source: src }));
    return {
        name: 'test', file: 'test', seed: 7, until: 600_000, startTime: 0, nodes, manifests: objects.map((o) => ({ object: strip(o), source: src })),
        timeline, behaviors: [], staticPods: [], warnings: [], ...extra,
    };
}
/** Runs API server + scheduler (no kubelet) and returns the facts and the final state. */
export function runScheduling(s, options = {}, until) {
    const sim = new Simulation(s, { components: [apiServer, scheduler], options, ...(until !== undefined ? { until } : {}) });
    const events = [];
    sim.events$.subscribe(({ event }) => events.push(event));
    const state = sim.run();
    return { events, state, sim };
}
export const priorityClass = (name, value, preemptionPolicy) => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, ...(preemptionPolicy ? { preemptionPolicy } : {}) });
