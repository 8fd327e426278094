import { podRequests, toAmounts } from '../api/resources.js';
import type { Pod, Toleration, Taint } from '../api/types.js';
import { Priority } from '../clock/eventQueue.js';
import type { Outbox, Timer } from '../clock/timers.js';
import type { ClusterEvent } from '../events/index.js';
import type { Uid } from '../events/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import type { Component, ComponentContext } from '../engine/component.js';
import type { Scenario } from '../scenario/types.js';
import type { Rng } from '../clock/rng.js';

type SchedulingPassDue = Timer & { kind: 'SchedulingPassDue' };

const tolerates = (tols: readonly Toleration[], t: Taint): boolean =>
  tols.some((tol) => (tol.effect === undefined || tol.effect === '' || tol.effect === t.effect) &&
    ((tol.operator === 'Exists' && (!tol.key || tol.key === t.key)) || (tol.key === t.key && (tol.value ?? '') === (t.value ?? ''))));

/** Required node affinity (terms ORed; In/NotIn/Exists/DoesNotExist; matchFields metadata.name), as DaemonSet pods use it. */
function requiredAffinityMatches(pod: Pod, node: { metadata: { name: string; labels?: Readonly<Record<string, string>> } }): boolean {
  const terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms) return true;
  const req = (r: { key: string; operator: string; values?: readonly string[] }, v: string | undefined) =>
    r.operator === 'In' ? v !== undefined && (r.values ?? []).includes(v) : r.operator === 'NotIn' ? v === undefined || !(r.values ?? []).includes(v)
      : r.operator === 'Exists' ? v !== undefined : r.operator === 'DoesNotExist' ? v === undefined : false;
  return terms.some((t) => ((t.matchExpressions?.length ?? 0) + (t.matchFields?.length ?? 0)) > 0 &&
    (t.matchExpressions ?? []).every((r) => req(r, node.metadata.labels?.[r.key])) &&
    (t.matchFields ?? []).every((r) => req(r, r.key === 'metadata.name' ? node.metadata.name : undefined)));
}

/**
 * A first scheduler: resources and nodeSelector, least-allocated scoring. The scheduler issue
 * replaces it with kube-scheduler's framework.
 */
export class Scheduler implements Component {
  readonly name = 'scheduler';
  readonly timerKinds = ['SchedulingPassDue'];
  #queue: Uid[] = [];
  #passScheduled = false;
  constructor(private readonly rng: Rng) {}

  observe(events: readonly ClusterEvent[], _state: ClusterState, out: Outbox): void {
    let wake = false;
    for (const e of events) {
      if (e.type === 'PodCreated' && !e.object.spec.nodeName) { this.#queue.push(e.uid); wake = true; }
      else if (e.type === 'NodeAdded' || e.type === 'PodDeleted') wake = true;
    }
    if (wake && this.#queue.length && !this.#passScheduled) {
      this.#passScheduled = true;
      out.after(0, { kind: 'SchedulingPassDue' } as SchedulingPassDue, Priority.Scheduler);
    }
  }

  fire(_t: Timer, state: ClusterState, out: Outbox): void {
    this.#passScheduled = false;
    const used = new Map<string, Record<string, number>>();
    for (const name of state.nodeNames) {
      const u: Record<string, number> = { pods: 0 };
      for (const uid of Object.keys(tget(state.podsOnNode, name) ?? {})) {
        const p = tget(state.pods, uid);
        if (!p || p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
        for (const [r, v] of Object.entries(podRequests(p.spec))) u[r] = (u[r] ?? 0) + v;
        u.pods++;
      }
      used.set(name, u);
    }
    const still: Uid[] = [];
    for (const uid of this.#queue) {
      const pod = tget(state.pods, uid);
      if (!pod || pod.spec.nodeName) continue;
      const r = this.schedule(pod, state, used);
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      if ('message' in r) { out.emit({ type: 'FailedScheduling', at: out.now, pod: key, uid, message: r.message }); still.push(uid); }
      else {
        const u = used.get(r.node)!;
        for (const [res, v] of Object.entries(podRequests(pod.spec))) u[res] = (u[res] ?? 0) + v;
        u.pods++;
        out.emit({ type: 'PodScheduled', at: out.now, pod: key, uid, node: r.node });
      }
    }
    this.#queue = still;
  }

  schedule(pod: Pod, state: ClusterState, used: Map<string, Record<string, number>>): { node: string } | { message: string } {
    const req = podRequests(pod.spec);
    const reasons = new Map<string, number>();
    const fail = (r: string) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
    let best: string | undefined, bestScore = -1;
    for (const name of state.nodeNames) {
      const n = tget(state.nodes, name)!;
      const node = n.object;
      if (node.spec.unschedulable && !tolerates(pod.spec.tolerations ?? [], { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) { fail('node(s) were unschedulable'); continue; }
      const taint = (node.spec.taints ?? []).find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec.tolerations ?? [], t));
      if (taint) { fail(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`); continue; }
      const sel = pod.spec.nodeSelector ?? {};
      if (Object.entries(sel).some(([k, v]) => node.metadata.labels?.[k] !== v) || !requiredAffinityMatches(pod, node)) { fail("node(s) didn't match Pod's node affinity/selector"); continue; }
      const alloc = toAmounts(node.status.allocatable);
      const u = used.get(name)!;
      let fits = true;
      if (u.pods + 1 > (alloc.pods ?? 110)) { fail('Too many pods'); fits = false; }
      for (const [r, v] of Object.entries(req)) if (v > 0 && (u[r] ?? 0) + v > (alloc[r] ?? 0)) { fail(`Insufficient ${r}`); fits = false; }
      if (!fits) continue;
      const score = ['cpu', 'memory'].reduce((s, r) => s + (alloc[r] ? ((alloc[r] - (u[r] ?? 0) - (req[r] ?? 0)) * 100) / alloc[r] : 0), 0);
      if (score > bestScore) { best = name; bestScore = score; }
    }
    if (best) return { node: best };
    const total = state.nodeNames.length;
    const parts = [...reasons.entries()].map(([r, c]) => `${c} ${r}`).sort();
    void this.rng;
    return { message: `0/${total} nodes are available: ${parts.join(', ')}.` };
  }
}

export const scheduler = { name: 'scheduler', create: (_s: Scenario, ctx: ComponentContext) => new Scheduler(ctx.rng) };
