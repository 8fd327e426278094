import { toAmounts } from '../api/resources.js';
import { nodeGpuOf, withDevices } from './gpuShare.js';
import { DEFAULT_BIND_ALL_HOST_IP, hasAffinity } from './podInfo.js';
/** Default allocatable pods when a node reports none (kubelet --max-pods default, 110). */
export const DEFAULT_MAX_PODS = 110;
/**
 * ImageLocality's name normalisation: an image without a tag means `:latest` (image_locality.go normalizedImageName).
 */
export function normalizedImageName(name) {
    const lastSlash = name.lastIndexOf('/');
    if (name.includes('@') || name.indexOf(':', lastSlash + 1) >= 0)
        return name;
    return `${name}:latest`;
}
function allocatableOf(node) {
    const a = toAmounts(node.status.allocatable);
    const scalar = {};
    for (const [k, v] of Object.entries(a))
        if (k !== 'cpu' && k !== 'memory' && k !== 'ephemeral-storage'
            && k !== 'pods')
            scalar[k] = v;
    return { cpu: a.cpu ?? 0, memory: a.memory ?? 0, ephemeralStorage: a['ephemeral-storage'] ?? 0,
        pods: a.pods ?? DEFAULT_MAX_PODS, scalar };
}
/** Builds an empty NodeInfo (its pods are added with addPod). */
export function newNodeInfo(node, index) {
    const info = {
        name: node.metadata.name, index, node, labels: {}, taints: [], unschedulable: false,
        allocatable: allocatableOf(node),
        requested: { cpu: 0, memory: 0, ephemeralStorage: 0, scalar: {} },
        nonZeroCpu: 0, nonZeroMemory: 0, pods: [], podsWithAffinity: [], podsWithRequiredAntiAffinity: [],
        images: new Map(), usedPorts: undefined, gpu: undefined,
    };
    setNode(info, node);
    return info;
}
/** Refreshes what a NodeInfo reads from the Node object (labels, taints, images, allocatable). */
export function setNode(info, node) {
    info.node = node;
    info.labels = node.metadata.labels ?? {};
    info.taints = node.spec.taints ?? [];
    info.unschedulable = node.spec.unschedulable === true;
    info.allocatable = allocatableOf(node);
    setGpu(info, node);
    info.images = new Map();
    for (const img of node.status.images ?? [])
        for (const n of img.names)
            info.images.set(normalizedImageName(n), img.sizeBytes ?? 0);
}
function addRes(into, r, sign) {
    into.cpu += sign * r.cpu;
    into.memory += sign * r.memory;
    into.ephemeralStorage += sign * r.ephemeralStorage;
    for (const k in r.scalar)
        into.scalar[k] = (into.scalar[k] ?? 0) + sign * r.scalar[k];
}
/** framework.HostPortInfo.Add / Remove, counted so that two pods on one port (a forced bind) stay consistent. */
function usePorts(info, p, sign) {
    if (p.hostPorts.length === 0)
        return;
    const used = (info.usedPorts ??= new Map());
    for (const hp of p.hostPorts) {
        const k = `${hp.protocol}/${hp.port}`;
        let ips = used.get(k);
        if (!ips) {
            ips = new Map();
            used.set(k, ips);
        }
        const n = (ips.get(hp.ip) ?? 0) + sign;
        if (n > 0)
            ips.set(hp.ip, n);
        else
            ips.delete(hp.ip);
        if (ips.size === 0)
            used.delete(k);
    }
}
/**
 * framework.HostPortInfo.CheckConflict: 0.0.0.0 conflicts with any address on the same protocol
 * and port; another address conflicts with itself and with 0.0.0.0.
 */
export function portsConflict(info, ports) {
    const used = info.usedPorts;
    if (!used)
        return false;
    for (const hp of ports) {
        const ips = used.get(`${hp.protocol}/${hp.port}`);
        if (!ips)
            continue;
        if (hp.ip === DEFAULT_BIND_ALL_HOST_IP || ips.has(hp.ip) || ips.has(DEFAULT_BIND_ALL_HOST_IP))
            return true;
    }
    return false;
}
/** The node's devices from its capacity and model label, less what its pods' devices hold. */
function setGpu(info, node) {
    const gpu = nodeGpuOf(node);
    if (!gpu) {
        info.gpu = undefined;
        return;
    }
    let free = gpu.free;
    for (const p of info.pods)
        if (p.gpu && p.gpuDevices)
            free = withDevices(free, p.gpu.milli, p.gpuDevices, 1);
    info.gpu = { model: gpu.model, free };
}
/** A pod's devices taken from (1) or given back to (-1) the node's GPUs. */
function useGpu(info, p, sign) {
    if (!info.gpu || !p.gpu || !p.gpuDevices)
        return;
    info.gpu = { model: info.gpu.model, free: withDevices(info.gpu.free, p.gpu.milli, p.gpuDevices, sign) };
}
export function addPod(info, p) {
    info.pods.push(p);
    useGpu(info, p, 1);
    usePorts(info, p, 1);
    addRes(info.requested, p.req, 1);
    info.nonZeroCpu += p.nonZeroCpu;
    info.nonZeroMemory += p.nonZeroMemory;
    if (hasAffinity(p))
        info.podsWithAffinity.push(p);
    if (p.requiredAntiAffinity.length)
        info.podsWithRequiredAntiAffinity.push(p);
}
export function removePod(info, p) {
    const i = info.pods.indexOf(p);
    if (i < 0)
        return false;
    info.pods.splice(i, 1);
    usePorts(info, p, -1);
    useGpu(info, p, -1);
    addRes(info.requested, p.req, -1);
    info.nonZeroCpu -= p.nonZeroCpu;
    info.nonZeroMemory -= p.nonZeroMemory;
    const j = info.podsWithAffinity.indexOf(p);
    if (j >= 0)
        info.podsWithAffinity.splice(j, 1);
    const k = info.podsWithRequiredAntiAffinity.indexOf(p);
    if (k >= 0)
        info.podsWithRequiredAntiAffinity.splice(k, 1);
    return true;
}
/** A copy whose pods and sums can be changed without touching the original (preemption dry runs). */
export function cloneNodeInfo(info) {
    return {
        ...info,
        requested: { ...info.requested, scalar: { ...info.requested.scalar } },
        usedPorts: info.usedPorts && new Map([...info.usedPorts].map(([k, ips]) => [k, new Map(ips)])),
        pods: [...info.pods], podsWithAffinity: [...info.podsWithAffinity],
        podsWithRequiredAntiAffinity: [...info.podsWithRequiredAntiAffinity],
    };
}
