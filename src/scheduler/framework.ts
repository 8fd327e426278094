import type { NodeName } from '../api/ids.js';
import type { Taint, Toleration } from '../api/types.js';
import type { Matcher } from '../api/labelSelector.js';
import type { ClusterState } from '../reducers/state.js';
import type { CycleState } from './cycleState.js';
import type { NodeColumns } from './nodeColumns.js';
import type { NodeInfo, PodInfo } from './types.js';
import type { Status } from './status.js';

/** kube-scheduler: staging/src/k8s.io/kube-scheduler/framework/interface.go, MaxNodeScore / MinNodeScore. */
export const MAX_NODE_SCORE = 100;
export const MIN_NODE_SCORE = 0;

/** The scheduler's view of the cluster for one pass (kube-scheduler's Snapshot). */
export interface Snapshot {
  readonly nodes: readonly NodeInfo[];
  get(name: string): NodeInfo | undefined;
  /** How many nodes have this (normalised) image: ImageLocality's spread factor. */
  imageNodeCount(image: string): number;
  /** Assigned pods with any pod (anti-)affinity, and with required anti-affinity: lets InterPodAffinity skip. */
  readonly podsWithAffinityCount: number;
  readonly podsWithRequiredAntiAffinityCount: number;
  /**
   * Nodes with any taint, and cordoned nodes: with none, TaintToleration and NodeUnschedulable
   * cannot reject a pod, and their PreFilter skips their Filter.
   */
  readonly taintedNodeCount: number;
  readonly unschedulableNodeCount: number;
  /** The API objects (namespaces, owners, PodDisruptionBudgets): read-only. */
  readonly state: ClusterState;
  /**
   * For a selector (`selectorKey`, canonical, compiled as `matches`, with the label pairs every
   * matching pod carries as `anchors`, at least one): the assigned, non-terminating pods of the
   * namespace it matches, counted per node name. Absent on dry-run views (preemption's, whose
   * nodes differ from the cache's).
   */
  spreadCounts?(namespace: string, selectorKey: string, matches: Matcher,
    anchors: readonly (readonly [string, string])[]): ReadonlyMap<string, number>;
  /** The nodes' numbers as columns, for plugins' indexed batch forms; absent on dry-run views. */
  readonly columns?: NodeColumns;
}

export interface PluginBase {
  readonly name: string;
  /**
   * Cluster events that may make a pod this plugin rejected schedulable again
   * (kube-scheduler: EnqueueExtensions.EventsToRegister). Default: every event.
   */
  readonly events?: readonly ClusterEventKind[];
}
export type ClusterEventKind = 'NodeAdd' | 'NodeUpdate' | 'NodeTaintChange' | 'AssignedPodAdd' | 'AssignedPodDelete'
  | 'AssignedPodUpdate';

export interface PreFilterPlugin extends PluginBase {
  preFilter(state: CycleState, pod: PodInfo, snapshot: Snapshot): Status;
}
export interface FilterPlugin extends PluginBase {
  filter(state: CycleState, pod: PodInfo, node: NodeInfo): Status;
  /**
   * Optional batch form of `filter` (out[i] for nodes[i]); in-tree plugins define it to keep the hot call site
   * monomorphic.
   */
  filterNodes?(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: Status[]): void;
  /**
   * Optional batch form over snapshot columns (node indices): keeps in idx[0..count), in order,
   * the nodes `filter` passes and returns how many; calls reject(index, status) for each other
   * node, in order, with the status `filter` returns. Used when every Filter that runs has one.
   */
  filterIndexed?(state: CycleState, pod: PodInfo, cols: NodeColumns, idx: Int32Array, count: number,
    reject: (node: number, status: Status) => void): number;
  /**
   * Optional: this Filter is NodeResourcesFit's, which the search runs inline over the columns
   * when it is the only Filter that runs (searchIndexed.ts); it must equal filterIndexed.
   */
  readonly columnFilter?: 'NodeResourcesFit';
}
export interface PreScorePlugin extends PluginBase {
  preScore(state: CycleState, pod: PodInfo, snapshot: Snapshot, nodes: readonly NodeInfo[]): Status;
}
export interface ScorePlugin extends PluginBase {
  score(state: CycleState, pod: PodInfo, node: NodeInfo): number;
  /**
   * Optional batch form of `score` over all feasible nodes (out[i] for nodes[i]). In-tree plugins
   * define it so the hot loop's call site stays monomorphic; results must equal `score`'s.
   */
  scoreNodes?(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: number[]): void;
  /** Optional batch form over snapshot columns: out[k] for the node of index idx[k], k < count; must equal `score`. */
  scoreIndexed?(state: CycleState, pod: PodInfo, cols: NodeColumns, idx: Int32Array, count: number,
    out: number[]): void;
  /**
   * Optional: true when this attempt's normalised scores are equal on every node, so they cannot
   * change the selection; schedulePod then skips scoring this plugin unless it explains the attempt.
   */
  scoresUniform?(state: CycleState, pod: PodInfo, snapshot: Snapshot): boolean;
  /**
   * Optional: the in-tree formula this plugin's score is (with its default args), which the fused
   * pass (fusedScore.ts) computes from the columns for every feasible node in one loop. Set only
   * where `score` needs no NormalizeScore and equals that formula.
   */
  readonly columnScore?: ColumnScoreKind;
  /** Rewrites `scores` (aligned with `nodes`) into 0..MAX_NODE_SCORE. */
  normalizeScore?(state: CycleState, pod: PodInfo, scores: number[], nodes: readonly NodeInfo[]): void;
  /**
   * Optional, for GPU-sharing policies: the devices a GPU pod gets on the node chosen (the
   * artifact's allocateGpuIdFunc, open_gpu_share.go Reserve), or undefined for the default.
   */
  selectDevices?(pod: PodInfo, node: NodeInfo, randomInt: (n: number) => number): readonly number[] | undefined;
}

/** The score formulas the fused pass knows (fusedScore.ts). */
export type ColumnScoreKind = 'LeastAllocated' | 'MostAllocated' | 'BalancedAllocation' | 'ImageLocality';

/** What a PostFilter (preemption) decided: a node to nominate and the pods to evict there. */
export interface PostFilterResult {
  readonly nominatedNode?: NodeName;
  readonly victims: readonly PodInfo[];
  /** Appended to the FailedScheduling message, e.g. `preemption: 0/3 nodes are available: ...`. */
  readonly message: string;
}
export interface PostFilterContext {
  readonly snapshot: Snapshot;
  /** Each node's failing status from this attempt (nodes that passed are absent). */
  readonly nodeStatus: ReadonlyMap<string, Status>;
  /** Runs the profile's filters against a (possibly modified) node. */
  runFilters(state: CycleState, pod: PodInfo, node: NodeInfo): Status;
  /** The scheduler's random stream (candidate offset). */
  randomInt(maxExclusive: number): number;
}
export interface PostFilterPlugin extends PluginBase {
  postFilter(state: CycleState, pod: PodInfo, ctx: PostFilterContext): PostFilterResult;
}

/** A plugin implements any subset of the extension points. */
export type Plugin = PluginBase & Partial<Omit<PreFilterPlugin, 'name' | 'events'>> & Partial<Omit<FilterPlugin, 'name'
  | 'events'>> &
  Partial<Omit<PreScorePlugin, 'name' | 'events'>> & Partial<Omit<ScorePlugin, 'name' | 'events'>>
    & Partial<Omit<PostFilterPlugin, 'name' | 'events'>>;

/** Builds a plugin from its pluginConfig args (already validated by the factory). */
export type PluginFactory = (args: unknown) => Plugin;

/** A profile: the plugins at each extension point, in order, and score weights. */
export interface Profile {
  readonly schedulerName: string;
  readonly preFilter: readonly PreFilterPlugin[];
  readonly filter: readonly FilterPlugin[];
  readonly postFilter: readonly PostFilterPlugin[];
  readonly preScore: readonly PreScorePlugin[];
  readonly score: readonly { readonly plugin: ScorePlugin; readonly weight: number }[];
  /** 0 = adaptive (kube-scheduler's default). */
  readonly percentageOfNodesToScore: number;
}

export type { Toleration, Taint };
export type { AffinityTerm, HostPort, NodeInfo, PodInfo, Resources, WeightedAffinityTerm } from './types.js';
