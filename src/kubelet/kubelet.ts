import { KILLED_EXIT_CODE, markContainerFault } from './containerFaults.js';
import { crashLoopBackOff } from './backoff.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterEvent } from '../events/index.js';
import type { Millis, NodeName, Uid } from '../api/ids.js';
import { deriveConditions } from '../reducers/podStatus.js';
import { type ClusterState, podUidsOnNode } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
import type { PodSpecView, Work } from './runtime.js';
import { isMirrorPod, mirrorPodCreated } from './staticPods.js';
import type { KubeletContext } from './podWorker.js';
import { PodWorkers } from './syncPod.js';
import { updateInPlace } from './specUpdate.js';
import { WorkQueue } from './workQueue.js';

type KubeletWorkDue = Timer & { readonly kind: 'KubeletWorkDue'; readonly at: Millis };
/** The kubelet's one timer: its work queue's items due at `at`. */
const workDue = (at: Millis): KubeletWorkDue => ({ kind: 'KubeletWorkDue', at });

/**
 * Every node's kubelet, as one component: the pod workers (syncPod.ts) driven by guarded work
 * items, batched per instant (workQueue.ts) so that all kubelet work due at one virtual time is
 * one timer and one immer produce. Each pod's decisions depend only on its own pod and node.
 * A lost node's kubelet neither acts nor reports: its work is dropped and rebuilt on recovery.
 */
export class Kubelet implements Component<KubeletWorkDue> {
  readonly name = 'kubelet';
  readonly timerKinds = ['KubeletWorkDue'] as const;
  readonly workers: PodWorkers;
  readonly #queue = new WorkQueue<Work>();
  #out: Outbox | undefined;
  readonly #images = new Map<string, Set<string>>();
  readonly #pulls = new Map<string, { busyUntil: Millis; inFlight: Map<string, Millis> }>();
  readonly #hosts = new Map<string, number>();
  readonly #cmWaiters = new Map<string, Set<Uid>>();
  readonly #lost = new Set<string>();
  /** Nodes whose kubelet alone stopped (NodeLost kubeletOnly): the work that fell due meanwhile, in order. */
  readonly #stopped = new Map<string, Work[]>();

  constructor(private readonly scenario: Scenario, private readonly rng: Rng) {
    const self = this;
    const ctx: KubeletContext = {
      rules: scenario.behaviors,
      rng,
      backoff: crashLoopBackOff(scenario.cluster),
      schedule(at, w) { self.#queue.schedule(at, w, self.#out!,
        workDue); },
      images(node, state) {
        let s = self.#images.get(node);
        if (!s) {
          s = new Set<string>();
          for (const i of tget(state.nodes, node)?.object.status.images ?? []) for (const n of i.names) s.add(n);
          self.#images.set(node, s);
        }
        return s;
      },
      pulls(node) {
        let p = self.#pulls.get(node);
        if (!p) self.#pulls.set(node, (p = { busyUntil: 0, inFlight: new Map() }));
        return p;
      },
      nextHost(node, state) {
        const h = self.#hosts.get(node) ?? tget(state.nodes, node)?.nextPodIP ?? 2;
        self.#hosts.set(node, h + 1);
        return h;
      },
      waitFor(key, uid) {
        let s = self.#cmWaiters.get(key);
        if (!s) self.#cmWaiters.set(key, (s = new Set()));
        s.add(uid);
      },
    };
    this.workers = new PodWorkers(ctx);
  }

  start(state: ClusterState, out: Outbox): void {
    this.#out = out;
    for (const sp of this.scenario.staticPods) {
      const e = mirrorPodCreated(sp.pod, sp.node, state, out.now, this.rng);
      if ('error' in e) out.emit({ type: 'Warning', at: out.now, object: `Pod/${sp.pod.metadata.name}`,
        message: `static pod on ${sp.node}: ${e.error}` });
      else out.emit(e);
    }
  }

  observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void {
    this.#out = out;
    const w = this.workers;
    for (const e of events) {
      switch (e.type) {
        case 'PodCreated':
          if (e.object.spec.nodeName) this.#admit(e.uid, state, out);
          break;
        case 'PodScheduled':
          this.#admit(e.uid, state, out);
          break;
        case 'PodTerminating': {
          const p = w.pods.get(e.uid);
          if (!p) break;
          if (isMirrorPod(p.pod)) {
            // A mirror pod cannot be deleted for good: the kubelet recreates it from its static pod.
            this.#queue.schedule(out.now, { op: 'mirror', uid: e.uid, gen: -1 }, out,
              workDue);
            break;
          }
          this.#queue.schedule(out.now, { op: 'sync', uid: e.uid, gen: p.gen }, out,
            workDue);
          break;
        }
        case 'PodDeleted': {
          const p = w.pods.get(e.uid);
          if (!p) break;
          w.pods.delete(e.uid);
          if (isMirrorPod(p.pod) && tget(state.nodes, p.node)) this.#recreateMirror(p.pod, p.node, state, out);
          break;
        }
        case 'PodSpecUpdated': {
          const p = w.pods.get(e.uid), pod = tget(state.pods, e.uid);
          if (p && pod) updateInPlace(w, p, pod, e, state, out);
          break;
        }
        case 'ObjectApplied': {
          if (e.resource !== 'configmaps' && e.resource !== 'secrets') break;
          const waiting = this.#cmWaiters.get(`${e.resource}/${e.key}`);
          if (!waiting) break;
          this.#cmWaiters.delete(`${e.resource}/${e.key}`);
          for (const uid of waiting) {
            const p = w.pods.get(uid);
            if (!p) continue;
            for (const c of p.containers) if (c.phase === 'waiting') { c.phase = 'idle'; c.inst++; }
            this.#queue.schedule(out.now, { op: 'sync', uid, gen: p.gen }, out,
              workDue);
          }
          break;
        }
        case 'NodeLost':
        case 'NodeRemoved': // a removed node's kubelet no longer reaches the API either
          this.#lost.add(e.node);
          if (e.type === 'NodeLost' && e.kubeletOnly && !this.#stopped.has(e.node)) this.#stopped.set(e.node, []);
          else this.#stopped.delete(e.node); // the machine itself is down now
          break;
        case 'NodeRecovered': {
          this.#lost.delete(e.node);
          const held = this.#stopped.get(e.node);
          if (held) { this.#stopped.delete(e.node); this.#resume(e.node, held, state, out); break; }
          const uids = [...podUidsOnNode(state, e.node)].sort();
          for (const uid of uids) {
            const p = w.pods.get(uid);
            if (p) w.recover(p, state, out);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  /**
   * The kubelet of a node whose containers ran on is back (NodeRecovered after a kubeletOnly loss):
   * nothing restarts. The work that fell due while it was away runs now, in its order (an exit it
   * missed is seen at its first relist), and its status manager posts each pod's conditions again
   * (status_manager.go syncBatch reconciles the API's status with its own), undoing the node
   * lifecycle controller's markPodsNotReady.
   */
  #resume(node: NodeName, held: readonly Work[], state: ClusterState, out: Outbox): void {
    for (const uid of [...podUidsOnNode(state, node)].sort()) {
      const pod = tget(state.pods, uid), p = this.workers.pods.get(uid);
      if (!pod || !p) continue;
      const now = new Map(pod.status.conditions.map((c) => [c.type, c.status]));
      const changed = deriveConditions(pod, out.now).filter((c) => now.get(c.type) !== c.status);
      if (changed.length > 0) out.emit({ type: 'PodStatusPatched', at: out.now, pod: p.key, uid,
        conditions: changed });
    }
    for (const w of held) this.#queue.schedule(out.now, w, out, workDue);
  }

  #admit(uid: Uid, state: ClusterState, out: Outbox): void {
    if (this.workers.pods.has(uid)) return;
    const pod = tget(state.pods, uid);
    if (!pod || !pod.spec.nodeName) return;
    const p = this.workers.admit(pod, out);
    this.#queue.schedule(out.now, { op: 'sync', uid, gen: p.gen }, out,
      workDue);
  }

  #recreateMirror(pod: PodSpecView, node: NodeName, state: ClusterState, out: Outbox): void {
    const e = mirrorPodCreated(pod, node, state, out.now, this.rng, true);
    if (!('error' in e)) out.emit(e);
  }

  act(a: TimelineAction, state: ClusterState, out: Outbox): boolean {
    if (a.kind !== 'fault') return false;
    this.#out = out;
    const f = a.fault;
    const uid = tget(state.podUids, `${f.namespace}/${f.pod}`);
    const p = uid ? this.workers.pods.get(uid) : undefined;
    const c = p && (f.container ? p.containers.find((x) => x.name === f.container)
      : p.containers.find((x) => x.kind === 'app'));
    if (!p || !c) {
      out.emit({ type: 'Warning', at: out.now, object: `Pod/${f.namespace}/${f.pod}`,
        message: `fault ${f.type}: ${!p ? 'pod not found or not on a node' : `no container ${f.container}`}` });
      return true;
    }
    if (this.#lost.has(p.node)) return true;
    if (f.type === 'probeFail') this.workers.failProbe(p, c, f.probe ?? 'liveness', out);
    else if (f.type === 'crash' || f.type === 'oom') this.workers.crash(p, c, f.type, f.exitCode ?? 1, state, out);
    else {
      // slowStart, imagePullFail: the runtime kills the container, and its restart meets the fault.
      markContainerFault(c, f, out.now);
      this.workers.crash(p, c, 'crash', f.exitCode ?? KILLED_EXIT_CODE, state, out);
    }
    return true;
  }

  fire(timer: KubeletWorkDue, state: ClusterState, out: Outbox): void {
    this.#out = out;
    const at = timer.at;
    this.#queue.drain(at, (w) => {
      const p = this.workers.pods.get(w.uid);
      if (w.op === 'mirror') {
        const pod = tget(state.pods, w.uid);
        if (!pod || !p) return;
        out.emit({ type: 'PodDeleted', at: out.now, pod: p.key, uid: w.uid });
        return;
      }
      if (!p) return;
      if (this.#lost.has(p.node)) { this.#stopped.get(p.node)?.push(w); return; }
      this.workers.run(w, state, out);
    });
  }
}

export const kubelet = { name: 'kubelet', create: (s: Scenario, ctx: ComponentContext) => new Kubelet(s, ctx.rng) };
