import { podRequests, toAmounts } from '../../api/resources.js';
import { listObjects } from '../../reducers/state.js';
/** The extended resource the report charts as GPUs (the device plugin's name). */
export const GPU = 'nvidia.com/gpu';
export const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'];
/** Workloads whose replicas get a curve, at most this many of each kind (by name). */
const MAX_REPLICA_CURVES = 12;
/**
 * Running totals kept while the report replays the log, sampled at fixed instants: pods by
 * phase, the scheduler's pending queue, requested vs allocatable CPU / memory / GPUs (over bound,
 * unfinished pods and all nodes), each node's CPU requested / allocatable, and replicas.
 */
export class CurveSampler {
    curves;
    #pods = new Map();
    #phaseCount = Object.fromEntries(PHASES.map((p) => [p, 0]));
    #pending = 0;
    #nodeReq = new Map();
    #nodeAlloc = new Map();
    #nodes;
    constructor(nodes) {
        this.#nodes = nodes;
        this.curves = { t: [], phases: Object.fromEntries(PHASES.map((p) => [p, []])), pending: [],
            requested: { cpu: [], memory: [], gpu: [] },
            allocatable: { cpu: [], memory: [], gpu: [] }, replicas: {}, heat: [] };
    }
    node(name, node) {
        if (node)
            this.#nodeAlloc.set(name, toAmounts(node.status.allocatable));
        else
            this.#nodeAlloc.delete(name);
    }
    pod(uid, pod) {
        const old = this.#pods.get(uid);
        if (old) {
            this.#phaseCount[old.phase]--;
            if (old.pendingQueue)
                this.#pending--;
            if (old.node && old.req)
                this.#add(old.node, old.req, -1);
        }
        if (!pod) {
            this.#pods.delete(uid);
            return;
        }
        const phase = pod.status.phase;
        const terminal = phase === 'Succeeded' || phase === 'Failed';
        const slot = { phase, pendingQueue: phase === 'Pending' && !pod.spec.nodeName };
        if (pod.spec.nodeName && !terminal) {
            slot.node = pod.spec.nodeName;
            slot.req = old?.req ?? podRequests(pod.spec);
            this.#add(slot.node, slot.req, 1);
        }
        this.#phaseCount[phase]++;
        if (slot.pendingQueue)
            this.#pending++;
        this.#pods.set(uid, slot);
    }
    #add(node, req, sign) {
        const n = this.#nodeReq.get(node) ?? {};
        for (const [k, v] of Object.entries(req))
            n[k] = (n[k] ?? 0) + sign * v;
        this.#nodeReq.set(node, n);
    }
    sample(t, state) {
        const c = this.curves;
        c.t.push(t);
        for (const p of PHASES)
            c.phases[p].push(this.#phaseCount[p]);
        c.pending.push(this.#pending);
        const sum = (m, k) => {
            let s = 0;
            for (const a of m.values())
                s += a[k] ?? 0;
            return s;
        };
        c.requested.cpu.push(sum(this.#nodeReq, 'cpu') / 1000);
        c.allocatable.cpu.push(sum(this.#nodeAlloc, 'cpu') / 1000);
        c.requested.memory.push(sum(this.#nodeReq, 'memory') / 2 ** 30);
        c.allocatable.memory.push(sum(this.#nodeAlloc, 'memory') / 2 ** 30);
        c.requested.gpu.push(sum(this.#nodeReq, GPU));
        c.allocatable.gpu.push(sum(this.#nodeAlloc, GPU));
        for (const n of this.#nodes) {
            const alloc = this.#nodeAlloc.get(n)?.cpu ?? 0, req = this.#nodeReq.get(n)?.cpu ?? 0;
            c.heat.push(alloc > 0 ? Math.min(255, Math.round((req / alloc) * 100)) : 0);
        }
        this.#replicas(state, c.t.length - 1);
    }
    #replicas(state, k) {
        const kinds = [
            ['deployments', 'deployment', (o) => [o.spec?.replicas ?? 1, o.status?.readyReplicas ?? 0]],
            ['statefulsets', 'statefulset', (o) => [o.spec?.replicas ?? 1, o.status?.readyReplicas ?? 0]],
            ['horizontalpodautoscalers', 'hpa', (o) => [o.status?.desiredReplicas ?? 0, o.status?.currentReplicas ?? 0]],
        ];
        for (const [resource, label, read] of kinds) {
            const objs = listObjects(state, resource).map((o) => o)
                .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)).slice(0, MAX_REPLICA_CURVES);
            for (const o of objs) {
                const key = `${label}/${o.metadata.name}`;
                const series = (this.curves.replicas[key] ??= { desired: new Array(k).fill(0),
                    ready: new Array(k).fill(0) });
                const [d, r] = read(o);
                series.desired.push(d);
                series.ready.push(r);
            }
        }
        for (const s of Object.values(this.curves.replicas))
            while (s.desired.length <= k) {
                s.desired.push(0);
                s.ready.push(0);
            }
    }
}
