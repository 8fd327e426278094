import type { Affinity, Node, NodeSelectorRequirement, Pod, PodAffinityTerm, Taint, Toleration, TopologySpreadConstraint } from '../src/api/types.js';
import { SchedulerCache } from '../src/scheduler/cache.js';
import type { NodeInfo, PodInfo } from '../src/scheduler/framework.js';
/** Fluent Pod builder, shaped like kube-scheduler's testing/wrappers.go (MakePod().Name(...).Obj()). */
export declare class PodBuilder {
    #private;
    constructor(name?: string);
    name(n: string): this;
    namespace(ns: string): this;
    uid(u: string): this;
    labels(l: Record<string, string>): this;
    req(r: Record<string, string>): this;
    containers(...reqs: Record<string, string>[]): this;
    image(...images: string[]): this;
    /** Container ports of the first container (hostPort, hostIP, protocol as given). */
    ports(...ps: {
        containerPort: number;
        hostPort?: number;
        hostIP?: string;
        protocol?: string;
    }[]): this;
    /** A sidecar (restartable init container) with these ports. */
    sidecarPorts(...ps: {
        containerPort: number;
        hostPort?: number;
    }[]): this;
    nodeSelector(s: Record<string, string>): this;
    nodeName(n: string): this;
    priority(p: number): this;
    preemptionPolicy(p: 'Never' | 'PreemptLowerPriority'): this;
    toleration(t: Toleration): this;
    affinity(a: Affinity): this;
    requiredNodeAffinity(...terms: NodeSelectorRequirement[][]): this;
    requiredNodeFields(...reqs: NodeSelectorRequirement[]): this;
    preferredNodeAffinity(...prefs: {
        weight: number;
        match: NodeSelectorRequirement[];
    }[]): this;
    podAffinity(kind: 'podAffinity' | 'podAntiAffinity', required: PodAffinityTerm[], preferred?: {
        weight: number;
        podAffinityTerm: PodAffinityTerm;
    }[]): this;
    spread(c: TopologySpreadConstraint): this;
    terminating(): this;
    /** GPU request in annotations (src/api/gpu.ts); `devices` as a bound pod records them. */
    gpu(count: number, milli: number, model?: string, devices?: readonly number[]): this;
    obj(): Pod;
    info(): PodInfo;
}
export declare const makePod: (name?: string) => PodBuilder;
/** Fluent Node builder. */
export declare class NodeBuilder {
    #private;
    constructor(name: string);
    alloc(a: Record<string, string>): this;
    labels(l: Record<string, string>): this;
    taint(key: string, value: string | undefined, effect: Taint['effect']): this;
    /** `count` GPU devices of `model` (capacity alibabacloud.com/gpu-count, label alibabacloud.com/gpu-card-model). */
    gpu(count: number, model: string): this;
    unschedulable(): this;
    images(...imgs: {
        names: string[];
        sizeBytes: number;
    }[]): this;
    obj(): Node;
}
export declare const makeNode: (name: string) => NodeBuilder;
/** A cache with these nodes and the given pods bound to them: the snapshot plugins read. */
export declare function makeSnapshot(nodes: Node[], bound?: {
    pod: Pod;
    node: string;
}[]): SchedulerCache;
export declare const nodeInfo: (c: SchedulerCache, name: string) => NodeInfo;
import type { KubeObject } from '../src/api/types.js';
import { Simulation } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { Scenario } from '../src/scenario/types.js';
/** A scenario built in memory: nodes, objects applied at 0, and objects applied later (`at`). */
type AnyObject = Pod | Node | KubeObject;
export declare function schedulingScenario(nodes: Node[], objects: AnyObject[], later?: {
    at: number;
    objects: AnyObject[];
}[], extra?: Partial<Scenario>): Scenario;
/** Runs API server + scheduler (no kubelet) and returns the facts and the final state. */
export declare function runScheduling(s: Scenario, options?: Record<string, unknown>, until?: number): {
    events: ClusterEvent[];
    state: import("../src/reducers/state.js").ClusterState;
    sim: Simulation;
};
export declare const priorityClass: (name: string, value: number, preemptionPolicy?: string) => KubeObject;
export {};
