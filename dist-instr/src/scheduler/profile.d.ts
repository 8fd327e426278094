import type { Profile } from './framework.js';
import { type Registry } from './registry.js';
/** kube-scheduler's default scheduler name (pkg/apis/core/types.go DefaultSchedulerName). */
export declare const DEFAULT_SCHEDULER_NAME = "default-scheduler";
export interface PluginRef {
    readonly name: string;
    readonly weight?: number;
}
export interface PluginSet {
    readonly enabled?: readonly PluginRef[];
    readonly disabled?: readonly {
        readonly name: string;
    }[];
}
declare const POINTS: readonly ["multiPoint", "preFilter", "filter", "postFilter", "preScore", "score"];
type Point = (typeof POINTS)[number];
export interface ProfileConfig {
    readonly schedulerName?: string;
    readonly plugins?: Partial<Record<Point, PluginSet>>;
    readonly pluginConfig?: readonly {
        readonly name: string;
        readonly args?: unknown;
    }[];
}
/** The KubeSchedulerConfiguration fields kubesim reads (kubescheduler.config.k8s.io/v1). */
export interface KubeSchedulerConfiguration {
    readonly apiVersion?: string;
    readonly kind?: string;
    readonly percentageOfNodesToScore?: number;
    readonly podInitialBackoffSeconds?: number;
    readonly podMaxBackoffSeconds?: number;
    readonly profiles?: readonly ProfileConfig[];
}
/**
 * The default plugins and score weights (pkg/scheduler/apis/config/v1/default_plugins.go
 * getDefaultPlugins), leaving out those kubesim does not model as plugins (SchedulingGates is the
 * scheduler's PreEnqueue check in scheduler.ts; volume
 * plugins, DefaultBinder: binding is the PodScheduled fact; PrioritySort is the queue's order).
 */
export declare const DEFAULT_MULTI_POINT: readonly PluginRef[];
/**
 * Built-in profiles a scenario's `scheduler:` key may name.
 * - default: kube-scheduler's default profile.
 * - binpack: NodeResourcesFit scores MostAllocated (fill nodes before opening new ones).
 * - spread: LeastAllocated with NodeResourcesFit and PodTopologySpread weighted 5 (spread pods out).
 */
export declare const BUILTIN_PROFILES: Readonly<Record<string, KubeSchedulerConfiguration>>;
export declare class ProfileError extends Error {
    readonly problems: readonly string[];
    readonly name = "ProfileError";
    constructor(problems: readonly string[]);
}
export interface BuildOptions {
    readonly registry?: Registry;
    /** Extra plugins enabled at every point they implement (the `--scheduler ./plugin.js` case). */
    readonly extraPlugins?: readonly PluginRef[];
}
/**
 * Builds the profiles of a KubeSchedulerConfiguration (or a built-in profile name). Problems are
 * collected and thrown together as a ProfileError with `field.path: message` lines.
 */
export declare function buildProfiles(config: unknown, opts?: BuildOptions): {
    profiles: Profile[];
    podInitialBackoffMs: number;
    podMaxBackoffMs: number;
};
export {};
