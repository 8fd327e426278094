import { chooseGpuDevices } from './plugins/gpuShare.js';
import type { Pod } from '../api/types.js';
import { Priority } from '../clock/eventQueue.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import type { Scenario } from '../scenario/types.js';
import { SchedulerCache } from './cache.js';
import type { ClusterEventKind, Plugin, PodInfo, Profile } from './framework.js';
import { newPodInfo } from './podInfo.js';
import { buildProfiles, type PluginRef } from './profile.js';
import { inTreeRegistry, type Registry } from './registry.js';
import { schedulePod, type ScheduleContext } from './scheduleOne.js';
import { SchedulingQueue } from './schedulingQueue.js';

type SchedulingPassDue = Timer & { readonly kind: 'SchedulingPassDue' };
const PASS: SchedulingPassDue = Object.freeze({ kind: 'SchedulingPassDue' });

/** What a library user or `--scheduler ./file.js` passes as `options.scheduler`. */
export interface SchedulerOptions {
  /** A built-in profile name or a KubeSchedulerConfiguration; overrides the scenario's `scheduler:`. */
  readonly config?: unknown;
  /** Out-of-tree plugins: registered, and enabled at every point they implement (weight `weight` or 1). */
  readonly plugins?: readonly (Plugin & { readonly weight?: number })[];
  /** A whole registry to use instead of the in-tree one (plus `plugins`). */
  readonly registry?: Registry;
}

/**
 * DisruptionTarget condition the scheduler sets on preemption victims (preemption.go, PodReasonPreemptionByScheduler).
 */
export const POD_REASON_PREEMPTION_BY_SCHEDULER = 'PreemptionByScheduler';

const isTerminal = (p: Pod | undefined): boolean => p !== undefined
  && (p.status.phase === 'Succeeded' || p.status.phase === 'Failed');

/**
 * kube-scheduler as a component: a cache of nodes fed by facts, a scheduling queue, and one
 * scheduling pass per virtual instant (Priority.Scheduler) that pops the active queue in
 * PrioritySort order and runs each pod through its profile. All binds of a pass are emitted
 * together, so the engine applies them in one produce.
 */
export class Scheduler implements Component<SchedulingPassDue> {
  readonly name = 'scheduler';
  readonly timerKinds = ['SchedulingPassDue'] as const;
  readonly cache = new SchedulerCache();
  readonly queue: SchedulingQueue;
  readonly profiles: ReadonlyMap<string, Profile>;
  /** plugin name -> the events it registered (undefined: all). */
  readonly #pluginEvents = new Map<string, readonly ClusterEventKind[] | undefined>();
  readonly #passAt = new Set<number>();
  readonly #nominated = new Map<string, Map<string, PodInfo>>();
  readonly #nominatedOf = new Map<string, string>();
  readonly #ctx: Omit<ScheduleContext, 'profile'> & { startIndex: number; profile?: Profile };
  /** Scheduling attempts made (for benchmarks: attempts per pod). */
  attempts = 0;

  constructor(private readonly rng: Rng, opts: { config?: unknown; scheduler?: SchedulerOptions;
    explain?: boolean } = {}) {
    const registry = opts.scheduler?.registry ?? inTreeRegistry();
    const extra: PluginRef[] = [];
    for (const p of opts.scheduler?.plugins ?? []) {
      registry.registerPlugin(p);
      extra.push({ name: p.name, ...(p.weight !== undefined ? { weight: p.weight } : {}) });
    }
    const built = buildProfiles(opts.scheduler?.config ?? opts.config, { registry, extraPlugins: extra });
    this.profiles = new Map(built.profiles.map((p) => [p.schedulerName, p]));
    for (const p of built.profiles) {
      for (const list of [p.preFilter, p.filter, p.postFilter, p.preScore, p.score.map((x) => x.plugin)]) for (
        const pl of list) this.#pluginEvents.set(pl.name, pl.events);
    }
    this.queue = new SchedulingQueue(built.podInitialBackoffMs, built.podMaxBackoffMs);
    this.#ctx = { snapshot: this.cache, randomInt: (n) => (n <= 1 ? 0 : this.rng.int(0, n - 1)), startIndex: 0,
      nominated: this.#nominated, explain: opts.explain === true };
  }

  /** Cluster events seen in the batch being observed: unschedulable pods move once per kind, after the batch. */
  readonly #seen = new Set<ClusterEventKind>();

  #move(kind: ClusterEventKind, _now: number): void {
    this.#seen.add(kind);
  }

  #nominate(uid: string, node: string | undefined): void {
    const prev = this.#nominatedOf.get(uid);
    if (prev) { this.#nominated.get(prev)?.delete(uid); this.#nominatedOf.delete(uid); }
    if (!node) return;
    const info = this.cache.pod(uid) ?? this.#queued.get(uid);
    if (!info) return;
    let m = this.#nominated.get(node);
    if (!m) this.#nominated.set(node, (m = new Map()));
    m.set(uid, info);
    this.#nominatedOf.set(uid, node);
  }

  /** PodInfos of pending pods, by uid (kept so a pod's requests are parsed once). */
  readonly #queued = new Map<string, PodInfo>();

  /** The cached pods observe refreshed from the batch's state (emptied per batch). */
  readonly #refreshed = new Set<PodInfo>();

  observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void {
    const now = out.now;
    const refreshed = this.#refreshed;
    refreshed.clear();
    for (const e of events) {
      switch (e.type) {
        case 'NodeAdded': this.cache.addNode(e.object); this.#move('NodeAdd', now); break;
        case 'NodeRemoved': this.cache.removeNode(e.node); break;
        case 'NodeTainted': case 'NodeUntainted': case 'NodeSchedulableChanged': case 'ImageCached':
          case 'NodeConditionChanged': case 'NodeMetadataChanged': {
          const n = tget(state.nodes, e.node);
          if (n) this.cache.updateNode(n.object);
          // Images and conditions feed scores only (no default filter reads them): they move no pod.
          if (e.type === 'NodeTainted' || e.type === 'NodeUntainted') this.#move('NodeTaintChange', now);
          else if (e.type === 'NodeSchedulableChanged' || e.type === 'NodeMetadataChanged') this.#move('NodeUpdate',
            now);
          break;
        }
        case 'PodCreated': {
          const pod = e.object;
          if (pod.spec.nodeName) { this.cache.addPod(newPodInfo(pod), pod.spec.nodeName);
            this.#move('AssignedPodAdd', now); }
          else if (pod.spec.schedulingGates?.length && this.profiles.has(
            pod.spec.schedulerName ?? 'default-scheduler')) {
            // schedulinggates.PreEnqueue: a gated pod never enters the active queue. kubesim has no
            // pod update that removes gates, so it stays Pending, as a gated pod does until then.
            out.emit({ type: 'PodSchedulingGated', at: now, pod: e.pod, uid: e.uid,
              gates: pod.spec.schedulingGates.map((g) => g.name) });
          } else if (this.profiles.has(pod.spec.schedulerName ?? 'default-scheduler')) {
            const info = newPodInfo(pod);
            this.#queued.set(e.uid, info);
            this.queue.add(info, now);
          }
          break;
        }
        case 'PodScheduled': {
          this.queue.delete(e.uid);
          const info = this.#queued.get(e.uid);
          this.#queued.delete(e.uid);
          this.#nominate(e.uid, undefined);
          if (!this.cache.pod(e.uid)) {
            const pod = tget(state.pods, e.uid);
            if (pod) this.cache.addPod(info ?? newPodInfo(pod), e.node);
          }
          this.#move('AssignedPodAdd', now);
          break;
        }
        case 'PodDeleted': {
          this.queue.delete(e.uid);
          this.#queued.delete(e.uid);
          this.#nominate(e.uid, undefined);
          if (this.cache.removePod(e.uid)) this.#move('AssignedPodDelete', now);
          break;
        }
        case 'PodTerminating': {
          const p = this.cache.pod(e.uid);
          if (p) { this.cache.markTerminating(p); this.#move('AssignedPodUpdate', now); }
          break;
        }
        case 'PodMetadataChanged': case 'PodSpecUpdated': {
          const pod = tget(state.pods, e.uid);
          const p = this.cache.pod(e.uid);
          if (pod && p) { this.cache.setPod(p, pod); this.#move('AssignedPodUpdate', now); }
          else if (pod) this.queue.update(e.uid, pod);
          break;
        }
        case 'PodSchedulingGatesChanged': {
          // The last gate gone: the pod enters the active queue (schedulinggates' PreEnqueue passes).
          const pod = tget(state.pods, e.uid);
          if (e.gates.length === 0 && pod && !pod.spec.nodeName && !this.#queued.has(e.uid)
            && this.profiles.has(pod.spec.schedulerName ?? 'default-scheduler')) {
            const info = newPodInfo(pod);
            this.#queued.set(e.uid, info);
            this.queue.add(info, now);
          }
          break;
        }
        case 'PodNominated': this.#nominate(e.uid, e.node); break;
        case 'FailedScheduling': if (e.nominatedNode) this.#nominate(e.uid, e.nominatedNode); break;
        default: {
          // Other pod facts (sandbox, containers, status): keep the cached object current (startTime is a
          // preemption tie-break), and a bound pod that reached Succeeded/Failed frees its resources.
          const cached = 'uid' in e && typeof e.uid === 'string' ? this.cache.pod(e.uid) : undefined;
          // Refreshed once per batch: state is the batch's end, so the pod's later facts find it current.
          if (!cached || refreshed.has(cached)) break;
          refreshed.add(cached);
          const pod = tget(state.pods, cached.uid);
          // Most facts of a batch about one pod find it already current (state is the batch's end).
          if (pod && pod !== cached.pod) this.cache.setPod(cached, pod);
          if (isTerminal(pod)) {
            this.cache.removePod(cached.uid);
            this.#move('AssignedPodDelete', now);
          }
        }
      }
    }
    refreshed.clear();
    if (this.#seen.size) {
      // Fixed kind order, so the queue's insertion order never depends on event order within a batch.
      for (const kind of ['NodeAdd', 'NodeUpdate', 'NodeTaintChange', 'AssignedPodAdd', 'AssignedPodDelete',
        'AssignedPodUpdate'] as const) {
        if (this.#seen.has(kind) && this.queue.unschedulableCount) this.queue.moveOnEvent(kind, this.#pluginEvents,
          now);
      }
      this.#seen.clear();
    }
    this.#wake(now, out);
  }

  #wake(now: number, out: Outbox): void {
    if (this.queue.activeCount > 0) this.#passAtTime(now, out);
    const next = this.queue.nextWake();
    if (next !== Infinity) this.#passAtTime(Math.max(next, now), out);
  }

  #passAtTime(t: number, out: Outbox): void {
    if (this.#passAt.has(t)) return;
    this.#passAt.add(t);
    out.at(t, PASS, Priority.Scheduler);
  }

  fire(_t: SchedulingPassDue, state: ClusterState, out: Outbox): void {
    const now = out.now;
    this.#passAt.delete(now);
    this.queue.flushBackoffCompleted(now);
    this.queue.flushUnschedulableLeftover(now);
    this.cache.state = state;
    for (let q = this.queue.pop(); q; q = this.queue.pop()) {
      const pod = tget(state.pods, q.info.uid);
      if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) continue;
      q.info.pod = pod;
      const profile = this.profiles.get(pod.spec.schedulerName ?? 'default-scheduler');
      if (!profile) continue;
      this.attempts++;
      const ctx = this.#ctx as ScheduleContext & { profile: Profile };
      ctx.profile = profile;
      const r = schedulePod(ctx, q.info);
      const key = q.info.key;
      if (r.explain) {
        const pre = r.postFilter?.nominatedNode ? { nominated: r.postFilter.nominatedNode,
          victims: r.postFilter.victims.map((v) => v.key) } : {};
        out.emit({ type: 'SchedulingAttemptExplained', at: now, pod: key, uid: q.info.uid, attempt: q.attempts,
          profile: profile.schedulerName, ...(r.node ? { selected: r.node } : {}), evaluated: r.evaluated,
            totalNodes: this.cache.nodes.length, nodes: r.explain, ...pre });
      }
      if (r.node) {
        // GPU sharing (Open-Gpu-Share's Reserve): the devices are chosen before the pod is assumed.
        const gpuDevices = chooseGpuDevices(profile, q.info, this.cache.get(r.node)!, this.#ctx.randomInt);
        q.info.gpuDevices = gpuDevices;
        this.cache.addPod(q.info, r.node);
        this.#nominate(q.info.uid, undefined);
        out.emit({ type: 'PodScheduled', at: now, pod: key, uid: q.info.uid, node: r.node,
          ...(gpuDevices ? { gpuDevices } : {}) });
        continue;
      }
      const pf = r.postFilter;
      const nominatedNode = pf?.nominatedNode;
      out.emit({ type: 'FailedScheduling', at: now, pod: key, uid: q.info.uid, message: r.message!,
        ...(nominatedNode ? { nominatedNode } : {}) });
      if (nominatedNode) {
        this.#nominate(q.info.uid, nominatedNode);
        for (const v of pf!.victims) this.#evict(v, pod, now, out);
      }
      this.queue.addUnschedulable(q, r.rejectors, now);
    }
    this.#wake(now, out);
  }

  /**
   * A preemption victim: the DisruptionTarget condition, then graceful deletion as the API
   * server's deletePod does it (src/apiserver/apiserver.ts): PodTerminating with the pod's grace period.
   */
  #evict(v: PodInfo, preemptor: Pod, now: number, out: Outbox): void {
    if (v.terminating) return;
    this.cache.markTerminating(v);
    const condition = { type: 'DisruptionTarget', status: 'True' as const, reason: POD_REASON_PREEMPTION_BY_SCHEDULER,
      message: `${preemptor.spec.schedulerName ?? 'default-scheduler'}: preempting to accommodate a higher priority ` +
        `pod`, lastTransitionTime: now };
    out.emit({ type: 'PodStatusPatched', at: now, pod: v.key, uid: v.uid, conditions: [condition] });
    out.emit({ type: 'PodTerminating', at: now, pod: v.key, uid: v.uid,
      gracePeriodSeconds: v.pod.spec.terminationGracePeriodSeconds ?? 30, reason: POD_REASON_PREEMPTION_BY_SCHEDULER });
  }
}

export const scheduler = {
  name: 'scheduler',
  create: (s: Scenario, ctx: ComponentContext) =>
    new Scheduler(ctx.rng, { config: s.scheduler, explain: ctx.options.explainScheduling === true,
      ...(ctx.options.scheduler ? { scheduler: ctx.options.scheduler as SchedulerOptions } : {}) }),
};
