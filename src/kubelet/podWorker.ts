import { type Millis, type Uid } from '../api/ids.js';
import type { BehaviorRule } from '../scenario/types.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox } from '../decider/outbox.js';
import type { ProbeKind } from '../events/probe.js';
import type { ClusterState } from '../reducers/state.js';
import type { BackoffParams } from './backoff.js';
import type { ContainerRuntime, KillCause, PodRuntime, Work } from './runtime.js';

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
  waitFor(key: string, uid: Uid): void;
}

/**
 * The steps of the pod workers' state machine that one stage (container start, prober, kill, exit,
 * pod termination: one file each) hands over to another. PodWorkers (syncPod.ts) implements it; the
 * stages call each other through it, so no stage file imports another.
 */
export interface PodWorker {
  readonly ctx: KubeletContext;
  readonly pods: Map<string, PodRuntime>;
  /** Schedules pod-level work, guarded by the pod's generation. */
  schedulePod(p: PodRuntime, at: Millis, w: Omit<Work, 'uid' | 'gen'>): void;
  /** Schedules container-level work, guarded by the pod's generation and the container's instance. */
  scheduleContainer(p: PodRuntime, c: ContainerRuntime, at: Millis,
    w: Omit<Work, 'uid' | 'gen' | 'c' | 'inst'>): void;
  sync(p: PodRuntime, state: ClusterState, out: Outbox): void;
  advance(p: PodRuntime, state: ClusterState, out: Outbox): void;
  startContainer(p: PodRuntime, c: ContainerRuntime, state: ClusterState, out: Outbox): void;
  scheduleProbe(p: PodRuntime, c: ContainerRuntime, kind: ProbeKind, out: Outbox): void;
  kill(p: PodRuntime, c: ContainerRuntime, graceMs: number, message: string, by: KillCause,
    state: ClusterState, out: Outbox, preStop?: boolean): void;
  stopped(p: PodRuntime, c: ContainerRuntime, code: number, state: ClusterState, out: Outbox): void;
  afterExit(p: PodRuntime, c: ContainerRuntime, code: number, byProbe: boolean, state: ClusterState,
    out: Outbox): void;
  checkStopped(p: PodRuntime, state: ClusterState, out: Outbox): void;
  terminate(p: PodRuntime, graceMs: number, deleteWhenStopped: boolean, state: ClusterState, out: Outbox): void;
}
