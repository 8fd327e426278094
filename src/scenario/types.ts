import type { VaryBounds } from './vary.js';
import type { KubeObject, Node, Pod } from '../api/types.js';
import type { Millis, NodeName } from '../api/ids.js';
import type { InputProblem } from '../api/problems.js';
import type { BehaviorSpec } from '../api/behavior.js';
import type { ClusterConfig } from './cluster.js';
import type { MetricSeries, ServiceLoad } from './metrics.js';

/** Where an object came from, so errors and warnings can name it. */
export interface Source {
  readonly file: string;
  /** `Kind/name`, as errors print it. */
  readonly object?: string;
}

export interface SourcedObject {
  readonly object: KubeObject;
  readonly source: Source;
}

export interface BehaviorMatch {
  readonly pod?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly container?: string;
  readonly image?: string;
}
export interface BehaviorRule { readonly match: BehaviorMatch; readonly behavior: BehaviorSpec }

export type TimelineAction =
  /** kubeletOnly: the kubelet stops posting status while the node's containers run on (chaos nodeNotReady). */
  | { readonly kind: 'nodeLost'; readonly node: NodeName; readonly kubeletOnly?: boolean }
  | { readonly kind: 'nodeRecovered'; readonly node: NodeName }
  | { readonly kind: 'addNode'; readonly node: Node }
  | { readonly kind: 'removeNode'; readonly node: NodeName }
  /** drain with `remove`: the node is deleted once drained (kubectl drain, then kubectl delete node). */
  | { readonly kind: 'cordon' | 'uncordon' | 'drain'; readonly node: NodeName; readonly remove?: boolean }
  | { readonly kind: 'apply'; readonly objects: readonly SourcedObject[] }
  | { readonly kind: 'delete'; readonly resource: string; readonly objectKind: string; readonly namespace: string;
    readonly name: string; readonly gracePeriodSeconds?: number; readonly force?: boolean;
      readonly propagationPolicy?: 'Background' | 'Foreground' | 'Orphan' }
  | { readonly kind: 'scale'; readonly resource: string; readonly objectKind: string; readonly namespace: string;
    readonly name: string; readonly replicas: number }
  | { readonly kind: 'setImage'; readonly resource: string; readonly objectKind: string; readonly namespace: string;
    readonly name: string; readonly container: string; readonly image: string }
  | { readonly kind: 'rolloutUndo'; readonly resource: string; readonly objectKind: string; readonly namespace: string;
    readonly name: string; readonly toRevision?: number }
  | { readonly kind: 'rolloutPause' | 'rolloutResume'; readonly resource: string; readonly objectKind: string;
    readonly namespace: string; readonly name: string }
  | { readonly kind: 'fault'; readonly fault: ContainerFault }
  /** A fault or operator action aimed at whatever matches at its instant (src/chaos resolves it). */
  | ChaosAction
  /** The Eviction API (kubectl drain, kubesim serve): deletes the pod unless a PodDisruptionBudget forbids it. */
  | { readonly kind: 'evict'; readonly namespace: string; readonly pod: string; readonly gracePeriodSeconds?: number }
  /** What an external controller (Kueue, a quota gate) does: patch gates out of pods' spec.schedulingGates. */
  | { readonly kind: 'removeSchedulingGates'; readonly namespace: string; readonly pod?: string;
    readonly selector?: Readonly<Record<string, string>>; readonly gates?: readonly string[] };

/** Faults: something breaks. */
export const CHAOS_FAULTS = ['crash', 'oom', 'probeFail', 'slowStart', 'imagePullFail', 'nodeLost', 'nodeNotReady',
  'zoneLost'] as const;
/** Operator actions: someone changes the cluster on purpose. */
export const CHAOS_OPERATIONS = [
  'cordon', 'drain', 'deletePod', 'addNode', 'removeNode', 'scale', 'setImage', 'rolloutUndo', 'apply',
] as const;
export type ChaosFault = (typeof CHAOS_FAULTS)[number];
export type ChaosOperation = (typeof CHAOS_OPERATIONS)[number];
export type ChaosKind = ChaosFault | ChaosOperation;

/**
 * `{chaos: {kind, selector?, namespace?, pick?, ...}}`: a fault or an operation whose target is
 * chosen when it happens, among what exists then (running pods, Ready nodes, workloads) that
 * matches `selector`: the `pick`-th of them in name order (modulo their count), or a draw from
 * the chaos monkey's seeded stream without `pick`. Either way the same scenario gives the same log.
 */
export interface ChaosAction {
  readonly kind: 'chaos';
  readonly chaos: ChaosKind;
  readonly selector?: Readonly<Record<string, string>>;
  readonly namespace?: string;
  readonly pick?: number;
  /** nodeLost / zoneLost: the nodes come back this much later; nodeNotReady: how long (default 60s);
   * cordon / drain: uncordoned this much later; imagePullFail: pulls fail this long (default 5m). */
  readonly recoverAfter?: Millis;
  /** scale: added to the current spec.replicas (result at least 1). */
  readonly delta?: number;
  /** zoneLost: the node label naming the zone (default topology.kubernetes.io/zone). */
  readonly zoneLabel?: string;
  /** slowStart: how long the application takes to come up (default 1m). */
  readonly delay?: Millis;
}

/** How long an imagePullFail fault's registry outage lasts unless it says (kubesim's choice). */
export const DEFAULT_PULL_OUTAGE_MS = 5 * 60_000;
/** How long a slowStart fault's application takes to come up unless it says (kubesim's choice). */
export const DEFAULT_SLOW_START_MS = 60_000;

/** A fault injected into one pod's container at a virtual time. */
export interface ContainerFault {
  readonly type: 'crash' | 'oom' | 'probeFail' | 'slowStart' | 'imagePullFail';
  readonly namespace: string;
  readonly pod: string;
  readonly container?: string;
  readonly exitCode?: number;
  readonly probe?: 'liveness' | 'readiness' | 'startup';
  /** slowStart: how long the application takes to come up; imagePullFail: how long pulls fail. */
  readonly durationMs?: Millis;
}

export interface TimelineEntry { readonly at: Millis; readonly action: TimelineAction; readonly source: Source }

export interface StaticPod { readonly node: NodeName; readonly pod: Pod; readonly source: Source }

/**
 * A recorded trace replayed into the run (the scenario's `trace:` key): its steps are read from
 * the files as the virtual clock reaches them (src/trace/replayer.ts), never expanded up front.
 */
export interface TraceReplay {
  /** openb, alibaba-v2025, simkube or snapshot. */
  readonly format: string;
  readonly files: readonly string[];
  /** A fresh pass over the trace's timed steps, in time order (each run reads the files again). */
  steps(): Iterable<TimelineEntry>;
  /** The virtual time of the trace's last step. */
  readonly end: Millis;
  /** How many pods the trace creates, when it says. */
  readonly pods?: number;
}

/** What a trace gives the scenario: nodes and objects at t=0, and timed steps (src/trace). */
export interface TraceLoad {
  readonly nodes: readonly Node[];
  readonly manifests: readonly SourcedObject[];
  readonly replay?: TraceReplay;
  readonly problems: readonly InputProblem[];
  readonly warnings: readonly InputProblem[];
}

export interface Scenario {
  readonly name: string;
  readonly file: string;
  readonly seed: number;
  readonly until: Millis;
  /** Virtual time 0 as ms since the Unix epoch (scenario `startTime`, default 2026-01-01T00:00:00Z). */
  readonly startTime: number;
  readonly nodes: readonly Node[];
  readonly manifests: readonly SourcedObject[];
  readonly timeline: readonly TimelineEntry[];
  readonly behaviors: readonly BehaviorRule[];
  /** CPU demand on Services, shared by their Ready pods (`load:`, scenario/metrics.ts). */
  readonly loads?: readonly ServiceLoad[];
  /** Custom and external metric series the HPA reads (`metrics:`, scenario/metrics.ts). */
  readonly metrics?: readonly MetricSeries[];
  readonly staticPods: readonly StaticPod[];
  /** Scheduler profile configuration: a built-in profile name or a KubeSchedulerConfiguration. */
  readonly scheduler?: unknown;
  /** A trace replayed into the run, read as the clock reaches its steps. */
  readonly trace?: TraceReplay;
  /** Component flags and feature gates (`cluster:`, scenario/cluster.ts); absent: Kubernetes' defaults. */
  readonly cluster?: ClusterConfig;
  /** Raw `expect:` entries, read by `kubesim check`. */
  readonly expect?: readonly unknown[];
  /**
   * Raw `invariants:` entries (`[{name: availability, selector: app=web, min: 2}]`), read by
   * src/invariants/operational.
   */
  readonly invariants?: unknown;
  /** What `kubesim fuzz` may vary in what containers do (`vary:`, scenario/vary.ts). */
  readonly vary?: VaryBounds;
  readonly warnings: readonly string[];
}
