import type { Pod } from '../../api/types.js';
import { podCells } from '../printers/pods.js';

/**
 * What the report keeps of every pod: its row of `get pods -o wide` at each instant it changed,
 * and its bar on its node's timeline. Columnar (one array per field) so 150,000 pods stay small.
 */
export interface PodColumns {
  readonly name: string[];
  readonly namespace: number[];
  readonly created: number[];
  /** Deletion from the API (-1: still there at the end). */
  readonly deleted: number[];
  /** Node index (-1: never bound) and when it was bound. */
  readonly node: number[];
  readonly bound: number[];
  readonly ip: string[];
}

/**
 * One change of a pod's printed row: [pod, time, status, ready, restarts, lastRestart or -1, phase, ip]. Strings are
 * indexes into `strings`.
 */
export type RowChange = [number, number, number, number, number, number, number, number];

interface LastRow { readonly status: string; readonly ready: string; readonly restarts: number;
  readonly lastRestart: number; readonly phase: string; readonly ip: string }

/** The latest lastState.terminated.finishedAt of the statuses (-1: none). */
function latestFinish(statuses: Pod['status']['containerStatuses']): number {
  let last = -1;
  for (const s of statuses ?? []) {
    const f = s.lastState.terminated?.finishedAt;
    if (f !== undefined && f > last) last = f;
  }
  return last;
}

export class PodTrack {
  readonly pods: PodColumns = { name: [], namespace: [], created: [], deleted: [], node: [], bound: [], ip: [] };
  readonly changes: RowChange[] = [];
  readonly strings: string[] = [];
  readonly #stringIndex = new Map<string, number>();
  readonly #index = new Map<string, number>();
  /** Each pod's last recorded row (by pod index). */
  readonly #last: LastRow[] = [];
  readonly #nodeIndex: Map<string, number>;

  constructor(nodeIndex: Map<string, number>) { this.#nodeIndex = nodeIndex; }

  str(s: string): number {
    let i = this.#stringIndex.get(s);
    if (i === undefined) { i = this.strings.length; this.strings.push(s); this.#stringIndex.set(s, i); }
    return i;
  }

  /** The pod's index, adding it on first sight. */
  indexOf(uid: string, pod: Pod): number {
    let i = this.#index.get(uid);
    if (i !== undefined) return i;
    i = this.pods.name.length;
    this.#index.set(uid, i);
    const p = this.pods;
    p.name.push(pod.metadata.name); p.namespace.push(this.str(pod.metadata.namespace));
      p.created.push(pod.metadata.creationTimestamp ?? 0);
    p.deleted.push(-1); p.node.push(-1); p.bound.push(-1); p.ip.push('');
    return i;
  }

  /** Records the pod's printed row when it differs from the last one recorded. */
  observe(uid: string, pod: Pod, now: number): void {
    const i = this.indexOf(uid, pod);
    const p = this.pods;
    if (pod.spec.nodeName && p.node[i] < 0) { p.node[i] = this.#nodeIndex.get(pod.spec.nodeName) ?? -1;
      p.bound[i] = now; }
    if (pod.status.podIP && !p.ip[i]) p.ip[i] = pod.status.podIP;
    // The restart cell without its "(ago)" part: the client prints that from lastRestart.
    const c = podCells(pod, now);
    const restarts = Number.parseInt(c.restarts, 10);
    const lastRestart = Math.max(latestFinish(pod.status.containerStatuses),
      latestFinish(pod.status.initContainerStatuses));
    const ip = pod.status.podIP ?? '<none>', phase = pod.status.phase;
    const last = this.#last[i];
    if (last && last.status === c.status && last.ready === c.ready && last.restarts === restarts
      && last.lastRestart === lastRestart && last.phase === phase && last.ip === ip) return;
    this.#last[i] = { status: c.status, ready: c.ready, restarts, lastRestart, phase, ip };
    this.changes.push([i, now, this.str(c.status), this.str(c.ready), restarts, restarts ? lastRestart : -1,
      this.str(phase),
      this.str(ip)]);
  }

  deleted(uid: string, now: number): void {
    const i = this.#index.get(uid);
    if (i !== undefined) this.pods.deleted[i] = now;
  }

  has(uid: string): number | undefined { return this.#index.get(uid); }
}
