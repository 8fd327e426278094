import type { Node, Pod } from '../../api/types.js';
import { podRequests, toAmounts, type Amounts } from '../../api/resources.js';
import { listObjects, type ClusterState } from '../../reducers/state.js';

/** The extended resource the report charts as GPUs (the device plugin's name). */
export const GPU = 'nvidia.com/gpu';
export const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;
/** Workloads whose replicas get a curve, at most this many of each kind (by name). */
const MAX_REPLICA_CURVES = 12;

export interface Curves {
  readonly t: number[];
  readonly phases: Record<string, number[]>;
  /** Pods waiting for the scheduler: Pending without a node. */
  readonly pending: number[];
  readonly requested: { cpu: number[]; memory: number[]; gpu: number[] };
  readonly allocatable: { cpu: number[]; memory: number[]; gpu: number[] };
  /** `kind/name` -> desired and ready (HPA: desired and current) replicas per sample. */
  readonly replicas: Record<string, { desired: number[]; ready: number[] }>;
  /** Per sample, per node (heat[sample * nodes + node]): requested CPU / allocatable CPU in percent, 255 at most. */
  readonly heat: number[];
}

interface PodSlot { phase: string; node?: string; req?: Amounts; pendingQueue: boolean }

/**
 * Running totals kept while the report replays the log, sampled at fixed instants: pods by
 * phase, the scheduler's pending queue, requested vs allocatable CPU / memory / GPUs (over bound,
 * unfinished pods and all nodes), each node's CPU requested / allocatable, and replicas.
 */
export class CurveSampler {
  readonly curves: Curves;
  readonly #pods = new Map<string, PodSlot>();
  readonly #phaseCount: Record<string, number> = Object.fromEntries(PHASES.map((p) => [p, 0]));
  #pending = 0;
  readonly #nodeReq = new Map<string, Amounts>();
  readonly #nodeAlloc = new Map<string, Amounts>();
  readonly #nodes: readonly string[];

  constructor(nodes: readonly string[]) {
    this.#nodes = nodes;
    this.curves = { t: [], phases: Object.fromEntries(PHASES.map((p) => [p, []])), pending: [],
      requested: { cpu: [], memory: [], gpu: [] },
      allocatable: { cpu: [], memory: [], gpu: [] }, replicas: {}, heat: [] };
  }

  node(name: string, node: Node | undefined): void {
    if (node) this.#nodeAlloc.set(name, toAmounts(node.status.allocatable)); else this.#nodeAlloc.delete(name);
  }

  pod(uid: string, pod: Pod | undefined): void {
    const old = this.#pods.get(uid);
    if (old) {
      this.#phaseCount[old.phase]--;
      if (old.pendingQueue) this.#pending--;
      if (old.node && old.req) this.#add(old.node, old.req, -1);
    }
    if (!pod) { this.#pods.delete(uid); return; }
    const phase = pod.status.phase;
    const terminal = phase === 'Succeeded' || phase === 'Failed';
    const slot: PodSlot = { phase, pendingQueue: phase === 'Pending' && !pod.spec.nodeName };
    if (pod.spec.nodeName && !terminal) { slot.node = pod.spec.nodeName; slot.req = old?.req ?? podRequests(pod.spec);
      this.#add(slot.node, slot.req, 1); }
    this.#phaseCount[phase]++;
    if (slot.pendingQueue) this.#pending++;
    this.#pods.set(uid, slot);
  }

  #add(node: string, req: Amounts, sign: number): void {
    const n = this.#nodeReq.get(node) ?? {};
    for (const [k, v] of Object.entries(req)) n[k] = (n[k] ?? 0) + sign * v;
    this.#nodeReq.set(node, n);
  }

  sample(t: number, state: ClusterState): void {
    const c = this.curves;
    c.t.push(t);
    for (const p of PHASES) c.phases[p].push(this.#phaseCount[p]);
    c.pending.push(this.#pending);
    const sum = (m: Map<string, Amounts>, k: string): number => { let s = 0;
      for (const a of m.values()) s += a[k] ?? 0; return s; };
    c.requested.cpu.push(sum(this.#nodeReq, 'cpu') / 1000); c.allocatable.cpu.push(sum(this.#nodeAlloc, 'cpu') / 1000);
    c.requested.memory.push(sum(this.#nodeReq, 'memory') / 2 ** 30);
      c.allocatable.memory.push(sum(this.#nodeAlloc, 'memory') / 2 ** 30);
    c.requested.gpu.push(sum(this.#nodeReq, GPU)); c.allocatable.gpu.push(sum(this.#nodeAlloc, GPU));
    for (const n of this.#nodes) {
      const alloc = this.#nodeAlloc.get(n)?.cpu ?? 0, req = this.#nodeReq.get(n)?.cpu ?? 0;
      c.heat.push(alloc > 0 ? Math.min(255, Math.round((req / alloc) * 100)) : 0);
    }
    this.#replicas(state, c.t.length - 1);
  }

  #replicas(state: ClusterState, k: number): void {
    const kinds: [string, string, (o: Record<string, Record<string, number>>) => [number, number]][] = [
      ['deployments', 'deployment', (o) => [o.spec?.replicas ?? 1, o.status?.readyReplicas ?? 0]],
      ['statefulsets', 'statefulset', (o) => [o.spec?.replicas ?? 1, o.status?.readyReplicas ?? 0]],
      ['horizontalpodautoscalers', 'hpa', (o) => [o.status?.desiredReplicas ?? 0, o.status?.currentReplicas ?? 0]],
    ];
    for (const [resource, label, read] of kinds) {
      const objs = listObjects(state, resource).map((o) => o as unknown as {
        metadata: { name: string; namespace?: string } } & Record<string, Record<string, number>>)
        .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)).slice(0, MAX_REPLICA_CURVES);
      for (const o of objs) {
        const key = `${label}/${o.metadata.name}`;
        const series = (this.curves.replicas[key] ??= { desired: new Array<number>(k).fill(0),
          ready: new Array<number>(k).fill(0) });
        const [d, r] = read(o);
        series.desired.push(d); series.ready.push(r);
      }
    }
    for (const s of Object.values(this.curves.replicas)) while (s.desired.length <= k) { s.desired.push(0);
      s.ready.push(0); }
  }
}
