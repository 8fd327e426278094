import { podGpuDevices, podGpuRequest } from './gpuShare.js';
import { toAmounts } from '../api/resources.js';
import { compileSelector } from '../api/labelSelector.js';
/**
 * Requests a container is assumed to have for scoring when it does not set them (a missing key, not an
 * explicit 0) (pkg/scheduler/util/pod_resources.go: DefaultMilliCPURequest = 100, DefaultMemoryRequest = 200 MiB).
 * They apply to the LeastAllocated/MostAllocated/RequestedToCapacityRatio scores only, never to the
 * Fit filter nor to BalancedAllocation.
 */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;
const emptyResources = () => ({ cpu: 0, memory: 0, ephemeralStorage: 0, scalar: {} });
function addInto(r, a) {
    for (const [k, v] of Object.entries(a)) {
        if (k === 'cpu')
            r.cpu += v;
        else if (k === 'memory')
            r.memory += v;
        else if (k === 'ephemeral-storage')
            r.ephemeralStorage += v;
        else if (k !== 'pods')
            r.scalar[k] = (r.scalar[k] ?? 0) + v;
    }
}
function maxInto(r, o) {
    r.cpu = Math.max(r.cpu, o.cpu);
    r.memory = Math.max(r.memory, o.memory);
    r.ephemeralStorage = Math.max(r.ephemeralStorage, o.ephemeralStorage);
    for (const [k, v] of Object.entries(o.scalar))
        r.scalar[k] = Math.max(r.scalar[k] ?? 0, v);
}
const cloneRes = (r) => ({ ...r, scalar: { ...r.scalar } });
/**
 * component-helpers resource.PodRequests: app containers plus sidecars, or the largest init
 * container plus the sidecars started before it, whichever is larger, plus overhead.
 * With `nonZero`, cpu/memory of a container that requests none count as the scoring defaults.
 */
/** Parsed container requests, memoised per Container object (pods stamped from one template share them). */
const parsed = new WeakMap();
function requestsOf(c) {
    let a = parsed.get(c);
    if (!a) {
        a = toAmounts(c.resources?.requests);
        parsed.set(c, a);
    }
    return a;
}
export function podResources(spec, nonZero) {
    const of = (c) => {
        const r = emptyResources();
        const a = requestsOf(c);
        addInto(r, a);
        // component-helpers resource.PodRequests with NonMissingContainerRequests (as
        // noderesources/resource_allocation.go calculatePodResourceRequest sets it): only a *missing*
        // request takes the default; an explicit `cpu: "0"` stays 0.
        if (nonZero) {
            if (a.cpu === undefined)
                r.cpu = DEFAULT_MILLI_CPU_REQUEST;
            if (a.memory === undefined)
                r.memory = DEFAULT_MEMORY_REQUEST;
        }
        return r;
    };
    const apps = emptyResources();
    for (const c of spec.containers) {
        const r = of(c);
        addInto(apps, { cpu: r.cpu, memory: r.memory, 'ephemeral-storage': r.ephemeralStorage, ...r.scalar });
    }
    const sidecars = emptyResources();
    const initMax = emptyResources();
    for (const c of spec.initContainers ?? []) {
        const r = of(c);
        const flat = { cpu: r.cpu, memory: r.memory, 'ephemeral-storage': r.ephemeralStorage, ...r.scalar };
        if (c.restartPolicy === 'Always') {
            addInto(sidecars, flat);
            maxInto(initMax, sidecars);
        }
        else {
            const t = cloneRes(sidecars);
            addInto(t, flat);
            maxInto(initMax, t);
        }
    }
    const total = cloneRes(apps);
    addInto(total, { cpu: sidecars.cpu, memory: sidecars.memory, 'ephemeral-storage': sidecars.ephemeralStorage,
        ...sidecars.scalar });
    maxInto(total, initMax);
    addInto(total, toAmounts(spec.overhead));
    return total;
}
function compileTerm(t, ns) {
    const hasNsSel = t.namespaceSelector !== undefined;
    const namespaces = t.namespaces?.length ? new Set(t.namespaces) : hasNsSel ? new Set() : new Set([ns]);
    return { namespaces, namespaceSelector: hasNsSel ? compileSelector(t.namespaceSelector) : null,
        selector: compileSelector(t.labelSelector), topologyKey: t.topologyKey };
}
/**
 * A spec's requests as PodInfo holds them, memoised per spec object: pods stamped from one template
 * share their admitted spec (apiserver/admission.ts), so 10,000 pods parse and sum it once.
 * Frozen, since every PodInfo of the spec shares them.
 */
const requestsBySpec = new WeakMap();
function specRequests(spec) {
    let r = requestsBySpec.get(spec);
    if (!r) {
        const nz = podResources(spec, true);
        const req = podResources(spec, false);
        Object.freeze(req.scalar);
        r = { req: Object.freeze(req), scalarNames: Object.freeze(Object.keys(req.scalar).filter((k) => req.scalar[k] > 0).sort()), nonZeroCpu: nz.cpu, nonZeroMemory: nz.memory };
        requestsBySpec.set(spec, r);
    }
    return r;
}
/** The sanitised host ports of a spec (util.GetHostPorts), memoised per spec object like its requests. */
const hostPortsBySpec = new WeakMap();
const NO_PORTS = Object.freeze([]);
export function hostPortsOf(spec) {
    let r = hostPortsBySpec.get(spec);
    if (r === undefined) {
        const out = [];
        const add = (c) => {
            for (const p of c.ports ?? []) {
                if (!p.hostPort || p.hostPort <= 0)
                    continue;
                out.push({ ip: p.hostIP || DEFAULT_BIND_ALL_HOST_IP, protocol: p.protocol || 'TCP',
                    port: p.hostPort });
            }
        };
        // Only init containers that run for the pod's whole life (sidecars, restartPolicy Always) hold their ports.
        for (const c of spec.initContainers ?? [])
            if (c.restartPolicy === 'Always')
                add(c);
        for (const c of spec.containers)
            add(c);
        r = out.length ? out : NO_PORTS;
        hostPortsBySpec.set(spec, r);
    }
    return r;
}
/** framework DefaultBindAllHostIP: a host port without hostIP binds every address. */
export const DEFAULT_BIND_ALL_HOST_IP = '0.0.0.0';
// A pod without affinity (most of them) shares these empty lists: newPodInfo runs once per pod.
const NO_TERMS = Object.freeze([]);
const NO_WEIGHTED = Object.freeze([]);
const required = (ts, ns) => (ts?.length ? ts.map((t) => compileTerm(t, ns)) : NO_TERMS);
const weighted = (ts, ns) => (ts?.length ? ts.map((w) => ({ ...compileTerm(w.podAffinityTerm, ns), weight: w.weight })) : NO_WEIGHTED);
/** Builds the scheduler's PodInfo from a Pod (once per pod). */
export function newPodInfo(pod) {
    const ns = pod.metadata.namespace;
    const a = pod.spec.affinity;
    const { req, scalarNames, nonZeroCpu, nonZeroMemory } = specRequests(pod.spec);
    return {
        uid: pod.metadata.uid,
        key: `${ns}/${pod.metadata.name}`,
        namespace: ns,
        name: pod.metadata.name,
        pod,
        priority: pod.spec.priority ?? 0,
        req,
        scalarNames,
        nonZeroCpu,
        nonZeroMemory,
        requiredAffinity: required(a?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution, ns),
        requiredAntiAffinity: required(a?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution, ns),
        preferredAffinity: weighted(a?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution, ns),
        preferredAntiAffinity: weighted(a?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution, ns),
        hostPorts: hostPortsOf(pod.spec),
        nodeName: pod.spec.nodeName,
        terminating: pod.metadata.deletionTimestamp !== undefined,
        gpu: podGpuRequest(pod),
        gpuDevices: podGpuDevices(pod),
    };
}
export const hasAffinity = (p) => p.requiredAffinity.length + p.requiredAntiAffinity.length + p.preferredAffinity.length
    + p.preferredAntiAffinity.length > 0;
/**
 * Whether an affinity term selects `pod` (framework AffinityTerm.Matches): namespace first, then
 * the label selector. `nsLabels` gives a namespace's labels for namespaceSelector.
 */
export function termMatches(t, pod, nsLabels) {
    const inNs = t.namespaces.has(pod.namespace) || (t.namespaceSelector !== null
        && t.namespaceSelector(nsLabels(pod.namespace) ?? {}));
    return inNs && t.selector(pod.pod.metadata.labels);
}
