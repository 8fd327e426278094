import type { KubeObject, Node, Pod } from '../api/types.js';
import type { Millis } from '../api/ids.js';
import type { BehaviorSpec } from '../api/behavior.js';

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
  | { readonly kind: 'nodeLost'; readonly node: string }
  | { readonly kind: 'nodeRecovered'; readonly node: string }
  | { readonly kind: 'addNode'; readonly node: Node }
  | { readonly kind: 'removeNode'; readonly node: string }
  | { readonly kind: 'cordon' | 'uncordon' | 'drain'; readonly node: string }
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
  /** The Eviction API (kubectl drain, kubesim serve): deletes the pod unless a PodDisruptionBudget forbids it. */
  | { readonly kind: 'evict'; readonly namespace: string; readonly pod: string; readonly gracePeriodSeconds?: number }
  /** What an external controller (Kueue, a quota gate) does: patch gates out of pods' spec.schedulingGates. */
  | { readonly kind: 'removeSchedulingGates'; readonly namespace: string; readonly pod?: string;
    readonly selector?: Readonly<Record<string, string>>; readonly gates?: readonly string[] };

/** A fault injected into one pod's container at a virtual time. */
export interface ContainerFault {
  readonly type: 'crash' | 'oom' | 'probeFail';
  readonly namespace: string;
  readonly pod: string;
  readonly container?: string;
  readonly exitCode?: number;
  readonly probe?: 'liveness' | 'readiness' | 'startup';
}

export interface TimelineEntry { readonly at: Millis; readonly action: TimelineAction; readonly source: Source }

export interface StaticPod { readonly node: string; readonly pod: Pod; readonly source: Source }

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
  readonly staticPods: readonly StaticPod[];
  /** Scheduler profile configuration: a built-in profile name or a KubeSchedulerConfiguration. */
  readonly scheduler?: unknown;
  /** Raw `expect:` entries, read by `kubesim check`. */
  readonly expect?: readonly unknown[];
  readonly warnings: readonly string[];
}
