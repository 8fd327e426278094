import { containerShouldRestart, isContainerRestartable } from '../api/containerRestart.js';
import { toCanonical } from '../api/quantity.js';
import type { Container, Pod, Probe } from '../api/types.js';
import { defaultBehaviorFor } from '../behavior/defaults.js';
import { resolveBehavior } from '../behavior/resolve.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox } from '../decider/outbox.js';
import type { Millis } from '../api/ids.js';
import type { ProbeKind } from '../events/probe.js';
import type { FieldProblem } from '../api/problems.js';
import type { BehaviorRule } from '../scenario/types.js';
import type { Steps } from '../api/behavior.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import { CONTAINER_BACKOFF_INITIAL_MS, nextRestart, type BackoffParams } from './backoff.js';
import { envRefs, notFound, refExists, volumeRefs } from './configRefs.js';
import { PLEG_RELIST_MS } from './imagePull.js';
import { decidePullUnderFaults, slowed } from './containerFaults.js';
import { CHANGE_FROM, nextProbeChange, probeOutcome, probeTimeoutMessage, probeTimeoutMs, probeTiming }
  from './probes.js';
import type { ContainerRuntime, PodRuntime, Work } from './runtime.js';
import { nodeIP, sandboxIP } from './sandbox.js';
import { terminationPlan } from './termination.js';

/** A regular init container without a behaviour runs this long and exits 0 (kubesim's choice). */
export const DEFAULT_INIT_RUN_MS = 1_000;
/** status.message of a pod past spec.activeDeadlineSeconds (pkg/kubelet/active_deadline.go). */
export const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';
/** Exit code the runtime reports for a container that vanished with its node (kubectl shows Unknown, 255). */
export const LOST_EXIT_CODE = 255;

/** What the pod workers need from the kubelet component. */
export interface KubeletContext {
  readonly rules: readonly BehaviorRule[];
  readonly rng: Rng;
  /** The crash-loop back-off's first window and cap (backoff.ts crashLoopBackOff, from `cluster:`). */
  readonly backoff: BackoffParams;
  schedule(at: Millis, w: Work): void;
  /** Images in the node's cache (kept by the kubelet, mirrored in node.status.images by ImageCached). */
  images(node: string, state: ClusterState): Set<string>;
  /** In-flight pulls on the node: `image` -> done time (pulls are serialized per node). */
  pulls(node: string): { busyUntil: Millis; inFlight: Map<string, Millis> };
  nextHost(node: string, state: ClusterState): number;
  /** Wake the pod when this object (`configmaps/namespace/name`, `secrets/...`) is applied. */
  waitFor(key: string, uid: string): void;
}

const memoryLimit = (c: Container): number | undefined => {
  const q = c.resources?.limits?.memory;
  return q === undefined ? undefined : toCanonical('memory', q);
};

/** First step (ms after start) at which memory use exceeds the limit. */
export function oomAfter(steps: Steps | undefined, limit: number | undefined): { at: number; bytes: number }
  | undefined {
  if (!steps || limit === undefined) return undefined;
  const s = steps.find((x) => x.value > limit);
  return s ? { at: s.at, bytes: s.value } : undefined;
}

const PROBE_FIELD: Record<ProbeKind, 'livenessProbe' | 'readinessProbe'
  | 'startupProbe'> = { liveness: 'livenessProbe', readiness: 'readinessProbe', startup: 'startupProbe' };

/** The failure text of a probe, in the prober's words (pkg/probe/http, tcp, grpc; exec output is not simulated). */
export function probeFailureMessage(p: Probe, podIP: string): string {
  if (p.httpGet) return 'HTTP probe failed with statuscode: 500';
  if (p.tcpSocket) return `dial tcp ${podIP}:${p.tcpSocket.port}: connect: connection refused`;
  if (p.grpc) return 'service unhealthy (responded with "NOT_SERVING")';
  // An exec probe's message is the command's output; kubesim only knows it for `cat FILE` (busybox's words).
  const cmd = p.exec?.command ?? [];
  if (cmd.length === 2 && cmd[0] === 'cat') return `cat: can't open '${cmd[1]}': No such file or directory`;
  return `command ${JSON.stringify(cmd.join(' '))} exited with code 1`;
}

const fmtPod = (p: PodRuntime): string => `${p.pod.metadata.name}_${p.pod.metadata.namespace}(${p.uid})`;

/**
 * The pod workers: one state machine per pod on a live node, advanced by guarded work items
 * (runtime.ts Work). Each step reads only the pod's own runtime memory and emits facts; the
 * order of steps at one instant is the order the work was scheduled.
 */
export class PodWorkers {
  readonly pods = new Map<string, PodRuntime>();
  constructor(private readonly ctx: KubeletContext) {}

  /** The kubelet learned of a pod bound to its node. */
  admit(pod: Pod, out: Outbox): PodRuntime {
    const problems: FieldProblem[] = [];
    const mk = (spec: Container, kind: ContainerRuntime['kind']): ContainerRuntime => ({
      name: spec.name, spec, kind,
      // A Job's app containers finish by default (behavior/defaults.ts); sidecars and init containers keep their own
      // defaults.
      behavior: kind === 'app' ? { ...defaultBehaviorFor(pod),
        ...resolveBehavior(this.ctx.rules, pod, spec, problems) }
          : resolveBehavior(this.ctx.rules, pod, spec, problems),
      inst: 0, created: 0, id: '', phase: 'idle', startedAt: 0, started: false, exitCode: undefined, done: false,
      backoff: undefined, pullBackoff: undefined, probes: {}, faults: {}, killedBy: undefined,
    });
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const p: PodRuntime = {
      uid: pod.metadata.uid, key, node: pod.spec.nodeName!, pod, gen: 0, phase: 'new',
      containers: [...(pod.spec.initContainers ?? []).map((c) =>
        mk(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init')), ...pod.spec.containers.map((c) => mk(c, 'app'))],
      deleteWhenStopped: true, graceMs: 0,
    };
    for (const pr of problems) out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
      message: `${pr.path}: ${pr.message}` });
    this.pods.set(p.uid, p);
    return p;
  }

  #at(p: PodRuntime, at: Millis, w: Omit<Work, 'uid' | 'gen'>): void {
    this.ctx.schedule(at, { ...w, uid: p.uid, gen: p.gen } as Work);
  }
  #atC(p: PodRuntime, c: ContainerRuntime, at: Millis, w: Omit<Work, 'uid' | 'gen' | 'c' | 'inst'>): void {
    this.ctx.schedule(at, { ...w, uid: p.uid, gen: p.gen, c: c.name, inst: c.inst } as Work);
  }

  /** Runs one due work item; stale items are dropped here. */
  run(w: Work, state: ClusterState, out: Outbox): void {
    const p = this.pods.get(w.uid);
    if (!p || p.gen !== w.gen) return;
    if (w.op === 'sync') return this.sync(p, state, out);
    if (w.op === 'deadline') return this.#deadline(p, state, out);
    const c = p.containers.find((x) => x.name === w.c);
    if (!c || c.inst !== w.inst) return;
    switch (w.op) {
      case 'pulled': return this.#pulled(p, c, w, state, out);
      case 'pullBackOff':
        out.emit({ type: 'ContainerWaiting', at: out.now, pod: p.key, uid: p.uid, container: c.name,
          reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.spec.image ?? ''}"` });
        return;
      case 'retry': c.phase = 'idle'; return this.#startContainer(p, c, state, out);
      case 'started': return this.#running(p, c, state, out);
      case 'postStartFailed': return this.#postStartFailed(p, c, state, out);
      case 'exit': return this.#exited(p, c, w.code ?? 0, state, out);
      case 'oom': return this.#oom(p, c, w.ms ?? 0, state, out);
      case 'probe': return this.#probe(p, c, w, state, out);
      case 'restart': c.phase = 'idle'; return this.#startContainer(p, c, state, out);
      case 'preStopFailed':
        out.emit({ type: 'HookFailed', at: out.now, pod: p.key, uid: p.uid, container: c.name, hook: 'preStop',
          message: `PreStopHook failed` });
        return;
      case 'stopped': return this.#stopped(p, c, w.code ?? 0, state, out);
      default: return;
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
        if (p.phase === 'new') for (const [vol, r] of missing) out.emit(
          { type: 'FailedMount', at: out.now, pod: p.key, uid: p.uid, volume: vol,
            message: `MountVolume.SetUp failed for volume "${vol}" : ${notFound(r)}` });
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
        this.#at(p, p.deadlineAt, { op: 'deadline' });
      }
    }
    if (p.phase === 'active') this.advance(p, state, out);
  }

  /** Starts what may start now: init containers one at a time, sidecars until started, then the app containers. */
  advance(p: PodRuntime, state: ClusterState, out: Outbox): void {
    if (p.phase !== 'active') return;
    for (const c of p.containers) {
      if (c.kind === 'sidecar') {
        if (c.phase === 'idle') this.#startContainer(p, c, state, out);
        if (!(c.phase === 'running' && c.started) && !c.done) return;
      } else if (c.kind === 'init') {
        if (c.done && c.exitCode === 0) continue;
        if (c.phase === 'idle') this.#startContainer(p, c, state, out);
        return;
      } else if (c.phase === 'idle') this.#startContainer(p, c, state, out);
    }
  }

  #startContainer(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void {
    c.inst++;
    const at = out.now, ns = p.pod.metadata.namespace;
    const missing = envRefs(c.spec).filter((r) => !refExists(state, ns, r));
    if (missing.length > 0) {
      // kuberuntime_container.go startContainer: generateContainerConfig fails -> CreateContainerConfigError.
      out.emit({ type: 'ContainerWaiting', at, pod: p.key, uid: p.uid, container: c.name,
        reason: 'CreateContainerConfigError', message: notFound(missing[0]) });
      c.phase = 'waiting';
      for (const r of missing) this.ctx.waitFor(`${r.resource}/${ns}/${r.name}`, p.uid);
      return;
    }
    const image = c.spec.image ?? '';
    const images = this.ctx.images(p.node, state);
    const d = decidePullUnderFaults(c, c.spec, images.has(image), c.behavior, at);
    if (d.kind === 'present') {
      out.emit({ type: 'ImagePulled', at, pod: p.key, uid: p.uid, container: c.name, image, durationMs: 0,
        present: true });
      return this.#create(p, c, state, out);
    }
    if (d.kind === 'neverPull') {
      out.emit({ type: 'ContainerWaiting', at, pod: p.key, uid: p.uid, container: c.name, reason: 'ErrImageNeverPull',
        message: d.message });
      c.phase = 'waiting';
      return;
    }
    out.emit({ type: 'ImagePulling', at, pod: p.key, uid: p.uid, container: c.name, image });
    c.phase = 'pulling';
    // serializeImagePulls defaults to true (kubelet config v1beta1): one pull at a time per node;
    // a pod asking for an image already being pulled on the node waits for that pull.
    const node = this.ctx.pulls(p.node);
    const joined = d.fail ? undefined : node.inFlight.get(image);
    if (joined !== undefined && joined >= at) {
      this.#atC(p, c, joined, { op: 'pulled', ms: joined - at });
      return;
    }
    const start = Math.max(at, node.busyUntil);
    const done = start + d.durationMs;
    node.busyUntil = done;
    if (!d.fail) node.inFlight.set(image, done);
    this.#atC(p, c, done, { op: 'pulled', ms: done - at, fail: d.fail });
  }

  #pulled(p: PodRuntime, c: ContainerRuntime, w: Work, state: ClusterState, out: Outbox): void {
    const image = c.spec.image ?? '', at = out.now;
    if (w.fail) {
      out.emit({ type: 'ContainerWaiting', at, pod: p.key, uid: p.uid, container: c.name, reason: 'ErrImagePull',
        message: `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image ` +
          `"${image}": not found` });
      // The image back-off (kubelet.go imageBackOff: 10 s doubling to 300 s) delays the next pull.
      const r = nextRestart(c.pullBackoff, at);
      const delay = r.delayMs === 0 ? CONTAINER_BACKOFF_INITIAL_MS : r.delayMs;
      c.pullBackoff = r.delayMs === 0 ? { backoffMs: CONTAINER_BACKOFF_INITIAL_MS * 2, lastUpdate: at } : r.entry;
      c.phase = 'waiting';
      this.#atC(p, c, at + PLEG_RELIST_MS, { op: 'pullBackOff' });
      this.#atC(p, c, at + delay, { op: 'retry' });
      return;
    }
    out.emit({ type: 'ImagePulled', at, pod: p.key, uid: p.uid, container: c.name, image, durationMs: w.ms ?? 0 });
    const images = this.ctx.images(p.node, state);
    if (!images.has(image)) {
      images.add(image);
      out.emit({ type: 'ImageCached', at, node: p.node, image });
    }
    const node = this.ctx.pulls(p.node);
    if (node.inFlight.get(image) === at) node.inFlight.delete(image);
    this.#create(p, c, state, out);
  }

  #create(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void {
    const at = out.now;
    const containerID = `containerd://${this.ctx.rng.uuid().replace(/-/g, '')}`;
    out.emit({ type: 'ContainerCreated', at, pod: p.key, uid: p.uid, container: c.name, containerID,
      restartCount: c.created });
    c.id = containerID;
    c.created++;
    c.phase = 'starting';
    c.inst++;
    const b = c.behavior;
    const hasPostStart = c.spec.lifecycle?.postStart !== undefined;
    // postStart runs with the entrypoint; the container is Running only once it completed.
    const runAt = at + (b.startDelay ?? 0) + (hasPostStart ? (b.postStart?.duration ?? 0) : 0);
    if (hasPostStart && b.postStart?.fail) this.#atC(p, c, runAt, { op: 'postStartFailed' });
    else if (runAt === at) this.#running(p, c, state, out);
    else this.#atC(p, c, runAt, { op: 'started' });
  }

  #running(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void {
    const at = out.now;
    out.emit({ type: 'ContainerStarted', at, pod: p.key, uid: p.uid, container: c.name, containerID: c.id });
    c.phase = 'running';
    c.startedAt = at;
    c.started = !c.spec.startupProbe;
    c.faults = {};
    c.killedBy = undefined;
    c.probes = {};
    c.inst++;
    const b = c.behavior;
    const exitAfter = b.exitAfter ?? (c.kind === 'init' ? DEFAULT_INIT_RUN_MS : undefined);
    const oom = oomAfter(b.memory, memoryLimit(c.spec));
    if (oom !== undefined && (exitAfter === undefined || oom.at <= exitAfter)) this.#atC(p, c, at + oom.at,
      { op: 'oom', ms: oom.bytes });
    else if (exitAfter !== undefined) this.#atC(p, c, at + exitAfter, { op: 'exit', code: b.exitCode ?? 0 });
    if (c.spec.startupProbe) this.#scheduleProbe(p, c, 'startup', out);
    else {
      this.#scheduleProbe(p, c, 'liveness', out);
      this.#scheduleProbe(p, c, 'readiness', out);
      if (c.kind === 'sidecar') this.advance(p, state, out);
    }
  }

  #scheduleProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void {
    const spec = c.spec[PROBE_FIELD[kind]];
    if (!spec) return;
    const pr = c.probes[kind] ?? (c.probes[kind] = { result: CHANGE_FROM[kind], from: 0, token: 0,
      pending: undefined });
    pr.token++;
    const fault = c.faults[kind];
    const minT = kind === 'startup' ? 0 : out.now - c.startedAt;
    const outcome = probeOutcome(slowed(c.behavior.probes?.[kind], c.slowStartMs), fault === undefined
      ? undefined : fault - c.startedAt, probeTimeoutMs(spec));
    const ch = nextProbeChange(probeTiming(spec), outcome, pr.from, pr.result, minT);
    pr.pending = ch && outcome.timedOut(ch.t) ? { ...ch, timedOut: true } : ch;
    if (ch) this.#atC(p, c, c.startedAt + ch.t, { op: 'probe', probe: kind, token: pr.token });
  }

  #probe(p: PodRuntime, c: ContainerRuntime, w: Work, state: ClusterState, out: Outbox): void {
    const kind = w.probe!;
    const pr = c.probes[kind];
    // prober/worker.go doProbe: once the pod is being deleted, liveness and startup stop ("setting
    // probe result to success"), while readiness keeps probing until the container is gone.
    const probing = c.phase === 'running' || (kind === 'readiness' && c.phase === 'stopping' && c.killedBy === 'stop');
    if (!pr || pr.token !== w.token || !pr.pending || !probing) return;
    const ch = pr.pending;
    pr.result = ch.result;
    pr.from = ch.index + 1;
    pr.pending = undefined;
    const at = out.now, base = { at, pod: p.key, uid: p.uid, container: c.name, probe: kind };
    if (ch.result === 'success') {
      out.emit({ type: 'ProbeSucceeded', ...base });
      if (kind === 'startup') {
        c.started = true;
        this.#scheduleProbe(p, c, 'liveness', out);
        this.#scheduleProbe(p, c, 'readiness', out);
        if (c.kind === 'sidecar') this.advance(p, state, out);
        return;
      }
      this.#scheduleProbe(p, c, kind, out);
      return;
    }
    const spec = c.spec[PROBE_FIELD[kind]]!;
    const podIP = tget(state.pods, p.uid)?.status.podIP ?? '';
    out.emit({ type: 'ProbeFailed', ...base, message: ch.timedOut ? probeTimeoutMessage(spec, c.spec, podIP)
      : probeFailureMessage(spec, podIP) });
    if (kind === 'readiness') { this.#scheduleProbe(p, c, kind, out); return; }
    // Liveness or startup failure: kill and restart per policy (kuberuntime_manager.go computePodActions).
    const grace = (spec.terminationGracePeriodSeconds ?? p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
    const restarts = c.kind === 'sidecar' || isContainerRestartable(c.spec, p.pod.spec);
    this.#kill(p, c, grace, `Container ${c.name} failed ${kind} probe${restarts ? ', will be restarted' : ''}`, 'probe',
      state, out);
  }

  #postStartFailed(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void {
    const hook = c.spec.lifecycle?.postStart;
    const what = hook?.exec ? `Exec lifecycle hook (${JSON.stringify(hook.exec.command ?? [])})` : hook?.httpGet
      ? `HTTP lifecycle hook (${hook.httpGet.path ?? ''})` : 'Lifecycle hook';
    out.emit({ type: 'HookFailed', at: out.now, pod: p.key, uid: p.uid, container: c.name, hook: 'postStart',
      message: `${what} for Container "${c.name}" in Pod "${fmtPod(p)}" failed - error: command terminated with ` +
        `non-zero exit code, message: ""` });
    const grace = (p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
    this.#kill(p, c, grace, 'FailedPostStartHook', 'probe', state, out, false);
  }

  /** killContainer: Killing, preStop, TERM, wait, KILL (termination.ts). */
  #kill(p: PodRuntime, c: ContainerRuntime, graceMs: number, message: string, by: 'probe' | 'stop', state: ClusterState,
    out: Outbox, preStop = true): void {
    const at = out.now;
    out.emit({ type: 'Killing', at, pod: p.key, uid: p.uid, container: c.name, reason: 'Killing', message,
      gracePeriodSeconds: Math.round(graceMs / 1000) });
    c.inst++;
    c.phase = 'stopping';
    c.killedBy = by;
    if (by === 'stop' && c.probes.readiness) this.#scheduleProbe(p, c, 'readiness', out);
    const hasPreStop = preStop && c.spec.lifecycle?.preStop !== undefined;
    const preStopMs = hasPreStop ? (c.behavior.preStop?.duration ?? 0) : undefined;
    const plan = terminationPlan(at, graceMs, preStopMs, c.behavior.termDelay ?? 0);
    if (hasPreStop && c.behavior.preStop?.fail) this.#atC(p, c, plan.termAt, { op: 'preStopFailed' });
    if (plan.exitAt === at && !(hasPreStop && c.behavior.preStop?.fail)) this.#stopped(p, c, 0, state, out);
    else this.#atC(p, c, plan.exitAt, { op: 'stopped', code: plan.killed ? 137 : 0 });
  }

  #stopped(p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void {
    const ending = p.phase === 'terminating' || c.killedBy === 'stop';
    const restarting = !ending && this.#willRestart(p, c, code, true);
    out.emit({ type: 'ContainerExited', at: out.now, pod: p.key, uid: p.uid, container: c.name, exitCode: code,
      reason: code === 0 ? 'Completed' : 'Error', ...(code === 137 ? { signal: 9 } : {}),
        ...(restarting ? { restarting } : {}) });
    c.inst++;
    c.phase = 'exited';
    c.exitCode = code;
    if (ending) {
      c.done = true;
      return this.#checkStopped(p, state, out);
    }
    this.#afterExit(p, c, code, true, state, out);
  }

  #exited(p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void {
    const restarting = this.#willRestart(p, c, code, false);
    out.emit({ type: 'ContainerExited', at: out.now, pod: p.key, uid: p.uid, container: c.name, exitCode: code,
      reason: code === 0 ? 'Completed' : 'Error', ...(restarting ? { restarting } : {}) });
    c.inst++;
    c.phase = 'exited';
    c.exitCode = code;
    this.#afterExit(p, c, code, false, state, out);
  }

  #oom(p: PodRuntime, c: ContainerRuntime, bytes: number, state: ClusterState, out: Outbox): void {
    out.emit({ type: 'OOMKilled', at: out.now, pod: p.key, uid: p.uid, container: c.name, memoryBytes: bytes,
      limitBytes: memoryLimit(c.spec) ?? 0 });
    c.inst++;
    c.phase = 'exited';
    c.exitCode = 137;
    this.#afterExit(p, c, 137, false, state, out);
  }

  /** A crash injected by the timeline (fault crash / oom). */
  crash(p: PodRuntime, c: ContainerRuntime, kind: 'crash' | 'oom', exitCode: number, state: ClusterState,
    out: Outbox): void {
    if (c.phase !== 'running' && c.phase !== 'starting') return;
    if (kind === 'oom') this.#oom(p, c, (memoryLimit(c.spec) ?? 0) + 1, state, out);
    else this.#exited(p, c, exitCode, state, out);
  }

  /** A probeFail fault: the probe fails from now until the container restarts. */
  failProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void {
    if (c.phase !== 'running') return;
    c.faults[kind] = out.now;
    if (c.probes[kind]) this.#scheduleProbe(p, c, kind, out);
  }

  /** Restart policy (pkg/kubelet/container/helpers.go ShouldContainerBeRestarted), then back-off. */
  #afterExit(p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean, state: ClusterState,
    out: Outbox): void {
    if (p.phase !== 'active') { c.done = true; return this.#checkStopped(p, state, out); }
    if (c.kind === 'init' && code === 0 && !byProbe) {
      c.done = true;
      return this.advance(p, state, out);
    }
    if (this.#willRestart(p, c, code, byProbe)) {
      const r = nextRestart(c.backoff, out.now, this.ctx.backoff);
      c.backoff = r.entry;
      if (r.delayMs === 0) { c.phase = 'idle'; return this.#startContainer(p, c, state, out); }
      out.emit({ type: 'BackOff', at: out.now, pod: p.key, uid: p.uid, container: c.name, delayMs: r.delayMs });
      c.phase = 'backoff';
      this.#atC(p, c, r.restartAt, { op: 'restart' });
      return;
    }
    c.done = true;
    this.#maybeFinished(p, state, out);
  }

  /**
   * ShouldContainerBeRestarted: ContainerShouldRestart on the exit code (the container's own
   * restartPolicy and restartPolicyRules first, api/containerRestart.ts), a probe kill counting as
   * a failure (137) whatever the container exited with.
   */
  #willRestart(p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean): boolean {
    if (p.phase !== 'active') return false;
    if (c.kind === 'sidecar') return true;
    if (c.kind === 'init' && code === 0 && !byProbe) return false;
    return containerShouldRestart(c.spec, p.pod.spec, byProbe && code === 0 ? 137 : code);
  }

  /** With nothing left to restart, sidecars are stopped (KEP-753) and the pod's work is over. */
  #maybeFinished(p: PodRuntime, state: ClusterState, out: Outbox): void {
    const failedInit = p.containers.some((x) => x.kind === 'init' && x.done && x.exitCode !== 0);
    const appsDone = p.containers.every((x) => x.kind !== 'app' || x.done);
    if (!failedInit && !appsDone) return;
    const grace = (p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
    let stopping = false;
    for (const x of p.containers) {
      if (x.phase === 'running' || x.phase === 'starting') {
        this.#kill(p, x, grace, `Stopping container ${x.name}`, 'stop', state, out); stopping = true; }
      // a probe kill in progress: it will not restart now
      else if (x.phase === 'stopping') { x.killedBy = 'stop'; stopping = true; }
      else if (x.phase === 'backoff' || x.phase === 'waiting' || x.phase === 'pulling'
        || x.phase === 'idle') { x.inst++; x.done = true; }
    }
    if (!stopping) p.phase = 'finished';
  }

  /**
   * Graceful termination of the whole pod (deletion, active deadline): app containers first,
   * then sidecars once they are gone (KEP-753), each with the remaining grace period.
   */
  terminate(p: PodRuntime, graceMs: number, deleteWhenStopped: boolean, state: ClusterState, out: Outbox): void {
    p.phase = 'terminating';
    p.deleteWhenStopped = deleteWhenStopped;
    p.graceMs = graceMs;
    // First settle every container that is not running (a pending restart or back-off is cancelled),
    // then kill the running ones: a kill that finishes at once may end the pod before the loop is
    // done, and a container skipped then would still restart (found by kubeletLaws.prop).
    for (const c of p.containers) {
      if (c.phase === 'stopping') { c.killedBy = 'stop'; continue; }
      if (c.phase !== 'running' && c.phase !== 'starting') {
        if (!c.done) { c.inst++; c.done = true; if (c.phase !== 'exited') c.phase = 'exited'; } }
    }
    for (const c of p.containers) {
      if (p.phase !== 'terminating') break; // everything stopped at once and the pod is gone
      if ((c.phase === 'running' || c.phase === 'starting') && c.kind !== 'sidecar') this.#kill(p, c, graceMs,
        `Stopping container ${c.name}`, 'stop', state, out);
    }
    this.#checkStopped(p, state, out);
  }

  #checkStopped(p: PodRuntime, state: ClusterState, out: Outbox): void {
    if (p.phase !== 'terminating' && p.phase !== 'active') return;
    const busy = (x: ContainerRuntime): boolean => x.phase === 'stopping' || x.phase === 'running'
      || x.phase === 'starting';
    if (p.phase === 'active') {
      if (!p.containers.some(busy)) p.phase = 'finished';
      return;
    }
    if (p.containers.some((x) => x.kind !== 'sidecar' && busy(x))) return;
    const sidecars = p.containers.filter((x) => x.kind === 'sidecar'
      && (x.phase === 'running' || x.phase === 'starting'));
    if (sidecars.length > 0) {
      // A kill may finish at once and re-enter here: stop only what still runs.
      for (const s of [...sidecars].reverse()) if (s.phase === 'running' || s.phase === 'starting') this.#kill(p, s,
        Math.max(p.graceMs, 0), `Stopping container ${s.name}`, 'stop', state, out);
      return;
    }
    if (p.containers.some(busy)) return;
    p.phase = 'finished';
    if (p.deleteWhenStopped) {
      out.emit({ type: 'PodDeleted', at: out.now, pod: p.key, uid: p.uid });
      this.pods.delete(p.uid);
    }
  }

  #deadline(p: PodRuntime, state: ClusterState, out: Outbox): void {
    if (p.phase !== 'active') return;
    const pod = tget(state.pods, p.uid);
    if (!pod || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return;
    // pkg/kubelet/active_deadline.go: phase Failed, reason DeadlineExceeded; then every container is killed.
    out.emit({ type: 'PodStatusPatched', at: out.now, pod: p.key, uid: p.uid, phase: 'Failed',
      reason: 'DeadlineExceeded', message: DEADLINE_MESSAGE });
    this.terminate(p, (p.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000, false, state, out);
  }

  /**
   * The node came back (NodeRecovered). kubesim models the loss as the machine going down: every
   * container that was running is gone (exit 255, reason Unknown, as after a reboot), pending
   * timers are dropped, and the pod restarts per its policy from the recovery time; a pod deleted
   * meanwhile finishes terminating at once.
   */
  recover(p: PodRuntime, state: ClusterState, out: Outbox): void {
    p.gen++;
    const pod = tget(state.pods, p.uid);
    if (!pod) { this.pods.delete(p.uid); return; }
    const at = out.now;
    for (const c of p.containers) {
      if (c.phase === 'running' || c.phase === 'starting' || c.phase === 'stopping') {
        out.emit({ type: 'ContainerExited', at, pod: p.key, uid: p.uid, container: c.name, exitCode: LOST_EXIT_CODE,
          reason: 'Unknown' });
        // A container the kubelet was stopping for good (the pod's work was over) stays stopped.
        if (p.phase === 'terminating' || pod.metadata.deletionTimestamp !== undefined || c.killedBy === 'stop') c.done =
          true;
        c.inst++;
        c.phase = 'exited';
        c.exitCode = LOST_EXIT_CODE;
        c.killedBy = undefined;
      } else if (c.phase === 'pulling' || c.phase === 'backoff' || c.phase === 'waiting') {
        c.inst++;
        c.phase = 'idle';
      }
    }
    if (pod.metadata.deletionTimestamp !== undefined || p.phase === 'terminating') {
      if (p.phase !== 'terminating') { p.phase = 'terminating'; p.deleteWhenStopped = true; }
      return this.#checkStopped(p, state, out);
    }
    if (p.phase === 'new' || p.phase === 'mounting') return this.sync(p, state, out);
    if (p.phase !== 'active') return;
    if (p.deadlineAt !== undefined) this.#at(p, Math.max(at, p.deadlineAt), { op: 'deadline' });
    for (const c of p.containers) if (c.phase === 'exited' && !c.done) this.#afterExit(p, c, LOST_EXIT_CODE, false,
      state, out);
    this.advance(p, state, out);
  }
}
