import type { Container, Pod } from '../api/types.js';
import type { Millis, NodeName, ObjectKey, Uid } from '../api/ids.js';
import type { ProbeKind } from '../events/probe.js';
import type { BehaviorSpec } from '../api/behavior.js';
import type { BackoffEntry } from './backoff.js';
import type { ProbeResult } from './probes.js';

/**
 * The kubelet's working memory for one container of one pod: what the container runtime and the
 * prober know. Rebuilt from facts in the same order on every run, never read by reducers.
 */
export interface ContainerRuntime {
  readonly name: string;
  /** Replaced by an in-place image update (specUpdate.ts); the next instance runs it. */
  spec: Container;
  /** init: a regular init container; sidecar: an init container with restartPolicy Always. */
  readonly kind: 'init' | 'sidecar' | 'app';
  behavior: BehaviorSpec;
  /** Bumped at every step that makes the container's pending timers stale (the timers' guard). */
  inst: number;
  /** Instances created so far: the restartCount of the next one. */
  created: number;
  /** containerID of the current instance. */
  id: string;
  phase: 'idle' | 'waiting' | 'pulling' | 'starting' | 'running' | 'stopping' | 'exited' | 'backoff';
  /** Virtual time the current instance was reported Running (behaviour and probes count from it). */
  startedAt: Millis;
  /** The startup probe passed (or there is none). */
  started: boolean;
  exitCode: number | undefined;
  /** Terminated and not going to restart. */
  done: boolean;
  backoff: BackoffEntry | undefined;
  pullBackoff: BackoffEntry | undefined;
  probes: Partial<Record<ProbeKind, ProbeRuntime>>;
  /** probeFail faults: the probe fails from this absolute time until the container restarts. */
  faults: Partial<Record<ProbeKind, Millis>>;
  /** imagePullFail fault: pulls of the container's image fail until this absolute time. */
  pullFailUntil?: Millis;
  /** slowStart fault: every probe fails for this long after each start. */
  slowStartMs?: number;
  /**
   * Why the kubelet is stopping it: a probe kill restarts per policy whatever the exit code; a changed definition
   * (an in-place image update) restarts whatever the policy.
   */
  killedBy: KillCause | undefined;
}

export type KillCause = 'probe' | 'stop' | 'changed';

export interface ProbeRuntime {
  result: ProbeResult;
  /** Index of the next probe that counts (after the last result change). */
  from: number;
  /** Guard of the scheduled change. */
  token: number;
  /** The next result change; `timedOut`: that probe fails by its timeout (the message says so). */
  pending: { readonly index: number; readonly t: number; readonly result: ProbeResult; readonly timedOut?: boolean }
    | undefined;
}

/** What the pod workers read of a pod: never its status (the state holds the current one). */
export type PodSpecView = Pick<Pod, 'apiVersion' | 'kind' | 'metadata' | 'spec'>;

/** The view of `pod` a PodRuntime keeps (a new record: the pod object itself would keep its status). */
export const podSpecView = (pod: Pod): PodSpecView =>
  ({ apiVersion: pod.apiVersion, kind: pod.kind, metadata: pod.metadata, spec: pod.spec });

export interface PodRuntime {
  readonly uid: Uid;
  readonly key: ObjectKey;
  readonly node: NodeName;
  /**
   * The pod's metadata and spec as the kubelet last saw them (an in-place image update replaces
   * them). Not its status: holding the whole pod object kept the version the scheduler bound (its
   * status, conditions) alive for the pod's life, ~10% of the bytes a running pod keeps.
   */
  pod: PodSpecView;
  /** Bumped when the pod's pending timers become stale (termination, node recovery). */
  gen: number;
  phase: 'new' | 'mounting' | 'active' | 'terminating' | 'finished';
  /** Init containers in spec order, then app containers. */
  readonly containers: ContainerRuntime[];
  /** Delete the pod object once every container stopped (API deletion), or only stop them. */
  deleteWhenStopped: boolean;
  /** The grace period of the running termination, ms. */
  graceMs: number;
  /** status.startTime + activeDeadlineSeconds, when set. */
  deadlineAt?: number;
}

/** A unit of kubelet work due at one instant; stale ones (gen / inst / token mismatch) are dropped. */
export type Work = Readonly<{
  op: 'sync' | 'pulled' | 'pullBackOff' | 'retry' | 'started' | 'postStartFailed' | 'exit' | 'oom' | 'probe'
    | 'restart' | 'stopped' | 'deadline' | 'preStopFailed' | 'mirror';
  uid: Uid;
  gen: number;
  c?: string;
  inst?: number;
  probe?: ProbeKind;
  token?: number;
  code?: number;
  fail?: boolean;
  ms?: number;
}>;
