import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import type { Invariant, Violation } from '../types.js';
/**
 * An operational law watched over a run (runtime verification's monitor): it sees every batch of
 * facts, and judges the state at the end of each instant (after every fact of that instant: the
 * states between two batches of one instant are transient, as `kubesim check` treats them).
 */
export interface Monitor {
    /** Every batch, in order, before the instant it belongs to is judged. */
    facts?(batch: readonly ClusterEvent[], state: ClusterState, previous: ClusterState): void;
    /**
     * The state at the end of an instant, which then held, unchanged, until just before `until`
     * (the next instant; at the end of the run, just after it). A bound that expired meanwhile
     * (a deadline d with d < until) broke at d, not at the next instant someone happened to look.
     */
    instant(state: ClusterState, until: number): Violation[];
}
export type Params = Readonly<Record<string, unknown>>;
/** One parameter an operational invariant takes, with its type and what it means. */
export interface ParamSpec {
    readonly name: string;
    readonly type: 'selector' | 'duration' | 'count' | 'countOrPercent' | 'string';
    readonly help: string;
}
/** An operational invariant's entry in the catalogue: it builds an Invariant from parameters. */
/** The `selector` parameter every operational invariant takes: which objects it judges (default: all). */
export declare const selectorParam: (what: string) => ParamSpec;
export interface OperationalDef {
    readonly name: string;
    readonly description: string;
    readonly params: readonly ParamSpec[];
    readonly make: (p: Params) => Monitor;
}
/**
 * Wraps a monitor factory as an Invariant: `perRun` gives each run its own monitor; `check`
 * on the shared instance judges nothing (the checker always asks `perRun`).
 */
export declare function monitorInvariant(def: OperationalDef, params: Params): Invariant;
/** Checks and normalises parameters; problems name the parameter (`min: must be ...`). */
export declare function checkParams(def: OperationalDef, raw: Params): {
    params: Params;
    problems: {
        path: string;
        message: string;
    }[];
};
/**
 * intstr against a total, rounded up (GetScaledValueFromIntOrPercent with roundUp=true, as the disruption controller
 * uses).
 */
export declare function scaledValue(v: unknown, total: number): number;
/** Whether labels match a parameter selector (absent: everything). */
export declare const selects: (sel: unknown, labels: Readonly<Record<string, string>> | undefined) => boolean;
export declare const mkViolation: (invariant: string, at: number, message: string, objects: readonly string[]) => Violation;
