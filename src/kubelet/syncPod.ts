import type { Container, Pod } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { Millis } from '../api/ids.js';
import type { ProbeKind } from '../events/probe.js';
import { aggregate, type FieldProblem } from '../api/problems.js';
import { assertNever } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import { notFound, refExists, volumeRefs } from './configRefs.js';
import { containerBehavior } from './containerBehavior.js';
import { afterExit, crash, exited, kill, oom, postStartFailed, stopped } from './containerExit.js';
import { pulled, running, startContainer } from './containerStart.js';
import type { KubeletContext, PodWorker } from './podWorker.js';
import { checkStopped, deadline, recover, terminate } from './podTermination.js';
import { failProbe, probe, scheduleProbe } from './probeWorker.js';
import { podSpecView, type ContainerRuntime, type KillCause, type PodRuntime, type Work } from './runtime.js';
import { nodeIP, sandboxIP } from './sandbox.js';

/**
 * The pod workers: one state machine per pod on a live node, advanced by guarded work items
 * (runtime.ts Work). Each step reads only the pod's own runtime memory and emits facts; the
 * order of steps at one instant is the order the work was scheduled. The stages live one per
 * file (containerStart, probeWorker, containerExit, podTermination) and reach each other
 * through this class (podWorker.ts PodWorker), so no stage file imports another's callers.
 */
export class PodWorkers implements PodWorker {
  readonly pods = new Map<string, PodRuntime>();
  constructor(readonly ctx: KubeletContext) {}

  /** The kubelet learned of a pod bound to its node. */
  admit(pod: Pod, out: Outbox): PodRuntime {
    const problems: FieldProblem[] = [];
    const mk = (spec: Container, kind: ContainerRuntime['kind']): ContainerRuntime => ({
      name: spec.name, spec, kind,
      behavior: containerBehavior(this.ctx.rules, pod, spec, kind, problems),
      inst: 0, created: 0, id: '', phase: 'idle', startedAt: 0, started: false, exitCode: undefined, done: false,
      backoff: undefined, pullBackoff: undefined, probes: {}, faults: {}, killedBy: undefined,
    });
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const p: PodRuntime = {
      uid: pod.metadata.uid, key, node: pod.spec.nodeName!, pod: podSpecView(pod), gen: 0, phase: 'new',
      containers: [...(pod.spec.initContainers ?? []).map((c) =>
        mk(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init')), ...pod.spec.containers.map((c) => mk(c, 'app'))],
      deleteWhenStopped: true, graceMs: 0,
    };
    for (const pr of problems) out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
      message: `${pr.path}: ${pr.message}` });
    this.pods.set(p.uid, p);
    return p;
  }

  schedulePod(p: PodRuntime, at: Millis, w: Omit<Work, 'uid' | 'gen'>): void {
    // Object.assign, not a spread with new keys (reducers/podUpdate.ts copyOf): same keys, same order.
    this.ctx.schedule(at, Object.assign({}, w, { uid: p.uid, gen: p.gen }) as Work);
  }
  scheduleContainer(p: PodRuntime, c: ContainerRuntime, at: Millis,
    w: Omit<Work, 'uid' | 'gen' | 'c' | 'inst'>): void {
    this.ctx.schedule(at, Object.assign({}, w, { uid: p.uid, gen: p.gen, c: c.name, inst: c.inst }) as Work);
  }

  /** Runs one due work item; stale items are dropped here. */
  run(w: Work, state: ClusterState, out: Outbox): void {
    const p = this.pods.get(w.uid);
    if (!p || p.gen !== w.gen) return;
    if (w.op === 'sync') return this.sync(p, state, out);
    if (w.op === 'deadline') return deadline(this, p, state, out);
    const c = p.containers.find((x) => x.name === w.c);
    if (!c || c.inst !== w.inst) return;
    switch (w.op) {
      case 'pulled': return pulled(this, p, c, w, state, out);
      case 'pullBackOff':
        out.emit({ type: 'ContainerWaiting', at: out.now, pod: p.key, uid: p.uid, container: c.name,
          reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.spec.image ?? ''}"` });
        return;
      case 'retry': c.phase = 'idle'; return startContainer(this, p, c, state, out);
      case 'started': return running(this, p, c, state, out);
      case 'postStartFailed': return postStartFailed(this, p, c, state, out);
      case 'exit': return exited(this, p, c, w.code ?? 0, state, out);
      case 'oom': return oom(this, p, c, w.ms ?? 0, state, out);
      case 'probe': return probe(this, p, c, w, state, out);
      case 'restart': c.phase = 'idle'; return startContainer(this, p, c, state, out);
      case 'preStopFailed':
        out.emit({ type: 'HookFailed', at: out.now, pod: p.key, uid: p.uid, container: c.name, hook: 'preStop',
          message: `PreStopHook failed` });
        return;
      case 'stopped': return stopped(this, p, c, w.code ?? 0, state, out);
      case 'mirror': return; // mirror-pod work is the kubelet component's own (kubelet.ts)
      default: assertNever(w.op);
    }
  }

  /** syncPod: bring the pod towards its spec (kubelet.go SyncPod / kuberuntime SyncPod). */
  sync(p: PodRuntime, state: ClusterState, out: Outbox): void {
    const pod = tget(state.pods, p.uid);
    if (!pod || p.phase === 'finished') return;
    if (pod.metadata.deletionTimestamp !== undefined && p.phase !== 'terminating') {
      return this.terminate(p, (pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds
        ?? 30) * 1000, true, state, out);
    }
    if (p.phase === 'new' || p.phase === 'mounting') {
      // Volumes are mounted before the sandbox exists (kubelet.go SyncPod: WaitForAttachAndMount).
      const missing = volumeRefs(p.pod).filter(([, r]) => !refExists(state, pod.metadata.namespace, r));
      if (missing.length > 0) {
        // One message per volume: a projected volume's missing sources are one aggregate error.
        const byVolume = new Map<string, string[]>();
        for (const [vol, r] of missing) byVolume.set(vol, [...(byVolume.get(vol) ?? []), notFound(r)]);
        if (p.phase === 'new') for (const [vol, errs] of byVolume) out.emit(
          { type: 'FailedMount', at: out.now, pod: p.key, uid: p.uid, volume: vol,
            message: `MountVolume.SetUp failed for volume "${vol}" : ${aggregate(errs)}` });
        p.phase = 'mounting';
        for (const [, r] of missing) this.ctx.waitFor(`${r.resource}/${pod.metadata.namespace}/${r.name}`, p.uid);
        return;
      }
      const node = tget(state.nodes, p.node);
      if (!node) return;
      const host = pod.spec.hostNetwork ? 0 : this.ctx.nextHost(p.node, state);
      out.emit({ type: 'PodSandboxReady', at: out.now, pod: p.key, uid: p.uid, node: p.node,
        podIP: sandboxIP(node, pod, host), hostIP: nodeIP(node) });
      p.phase = 'active';
      const ads = pod.spec.activeDeadlineSeconds;
      if (ads !== undefined) {
        p.deadlineAt = out.now + ads * 1000;
        this.schedulePod(p, p.deadlineAt, { op: 'deadline' });
      }
    }
    if (p.phase === 'active') this.advance(p, state, out);
  }

  /** Starts what may start now: init containers one at a time, sidecars until started, then the app containers. */
  advance(p: PodRuntime, state: ClusterState, out: Outbox): void {
    if (p.phase !== 'active') return;
    for (const c of p.containers) {
      if (c.kind === 'sidecar') {
        if (c.phase === 'idle') startContainer(this, p, c, state, out);
        if (!(c.phase === 'running' && c.started) && !c.done) return;
      } else if (c.kind === 'init') {
        if (c.done && c.exitCode === 0) continue;
        if (c.phase === 'idle') startContainer(this, p, c, state, out);
        return;
      } else if (c.phase === 'idle') startContainer(this, p, c, state, out);
    }
  }

  startContainer(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void {
    startContainer(this, p, c, state, out);
  }
  scheduleProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void {
    scheduleProbe(this, p, c, kind, out);
  }
  kill(p: PodRuntime, c: ContainerRuntime, graceMs: number, message: string, by: KillCause,
    state: ClusterState, out: Outbox, preStop = true): void {
    kill(this, p, c, graceMs, message, by, state, out, preStop);
  }
  stopped(p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void {
    stopped(this, p, c, code, state, out);
  }
  afterExit(p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean, state: ClusterState,
    out: Outbox): void {
    afterExit(this, p, c, code, byProbe, state, out);
  }
  checkStopped(p: PodRuntime, state: ClusterState, out: Outbox): void {
    checkStopped(this, p, state, out);
  }
  terminate(p: PodRuntime, graceMs: number, deleteWhenStopped: boolean, state: ClusterState, out: Outbox): void {
    terminate(this, p, graceMs, deleteWhenStopped, state, out);
  }
  /** A crash injected by the timeline (fault crash / oom). */
  crash(p: PodRuntime, c: ContainerRuntime, kind: 'crash' | 'oom', exitCode: number, state: ClusterState,
    out: Outbox): void {
    crash(this, p, c, kind, exitCode, state, out);
  }
  /** A probeFail fault: the probe fails from now until the container restarts. */
  failProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void {
    failProbe(this, p, c, kind, out);
  }
  /** The node came back (NodeRecovered): podTermination.ts recover. */
  recover(p: PodRuntime, state: ClusterState, out: Outbox): void {
    recover(this, p, state, out);
  }
}
