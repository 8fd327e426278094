import type { ChaosKind } from '../scenario/types.js';
import type { ChaosOp } from './commands.js';
import type { BehaviorDraw } from './variation.js';
import type { VaryBounds } from '../scenario/vary.js';
/**
 * The faults of the `kubesim/arbitraries` fault timeline (property tests): node loss and container faults on named
 * pods.
 */
export declare const FAULT_KINDS: readonly ["nodeLost", "crash", "oom", "probeFail"];
export type FaultKind = (typeof FAULT_KINDS)[number];
/**
 * One generated fault. `target` picks a node (nodeLost) or a known pod (crash, oom, probeFail)
 * by index, modulo how many there are, so a case stays valid whatever the node counts.
 */
export interface FuzzFault {
    readonly kind: FaultKind;
    /** Virtual ms from the start, whole seconds. */
    readonly at: number;
    readonly target: number;
    /** nodeLost only: the node comes back this many ms later. */
    readonly recoverAfter?: number;
}
/** What the fuzzer varies in the user's scenario: its seed, its node counts, faults and operations. */
export interface FuzzCase {
    readonly seed: number;
    /** One per `nodes:` entry; entries naming a single node keep 1. */
    readonly nodeCounts: readonly number[];
    /** Faults and operator actions over time, aimed when they happen (`chaos:` timeline entries). */
    readonly ops: readonly ChaosOp[];
    /**
     * Container start delays in ms: one per user behaviour rule (0 keeps the rule's own), and a
     * last one for a catch-all rule appended after the user's (0: none). First match wins, so the
     * catch-all only reaches containers no user rule matches.
     */
    readonly startDelays: readonly number[];
    /** Run durations, exit codes, memory curves, probe and pull times, like startDelays (only with `vary:`). */
    readonly behaviors?: readonly BehaviorDraw[];
}
/** A pod the scenario names in advance (bare Pods, StatefulSet ordinals): container faults aim here. */
export interface PodTarget {
    readonly namespace: string;
    readonly pod: string;
    readonly container?: string;
}
/**
 * The user's scenario made self-contained (manifests inline) plus what the fuzzer may vary.
 * `doc` is a plain YAML-able scenario document.
 */
export interface FuzzBase {
    readonly doc: Readonly<Record<string, unknown>>;
    /** Per `nodes:` entry: its count for `namePrefix` entries, 0 for single named nodes. */
    readonly nodeGroups: readonly number[];
    /** Per `nodes:` entry: the fewest nodes that keep the user's timeline and static pods valid (>= 1). */
    readonly nodeMins: readonly number[];
    readonly podTargets: readonly PodTarget[];
    readonly until: number;
    /** How many behaviour rules the user's scenario has. */
    readonly behaviorRules: number;
    /** Node losses and recoveries in the user's own timeline. */
    readonly userNodeEvents?: readonly {
        readonly at: number;
        readonly node: string;
        readonly lost: boolean;
    }[];
    /** What the fuzzer may vary in behaviours (the scenario's `vary:`, then `--vary`). */
    readonly vary?: VaryBounds;
}
/** The space of cases for one base: which faults, how many, until when. */
export interface FuzzSpace {
    readonly nodeGroups: readonly number[];
    readonly nodeMins: readonly number[];
    readonly kinds: readonly ChaosKind[];
    /** Faults and operations happen in [0, maxAt] ms. */
    readonly maxAt: number;
    readonly maxOps: number;
    readonly behaviorRules: number;
    readonly vary?: VaryBounds;
}
