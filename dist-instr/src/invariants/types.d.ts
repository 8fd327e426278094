import type { ClusterEvent } from '../events/index.js';
import type { Millis } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
/** One broken invariant: which, what was seen, the objects involved (`Kind/ns/name`) and when. */
export interface Violation {
    readonly invariant: string;
    readonly message: string;
    readonly objects: readonly string[];
    readonly at: Millis;
}
/**
 * What an invariant sees. `batch` invariants run after every applied batch (`previous` is the
 * state before it, `batch` the facts just applied); `end` invariants run once, after the last
 * batch, with `final` set. `history` is every fact so far, in log order.
 */
export interface InvariantContext {
    readonly state: ClusterState;
    readonly previous: ClusterState;
    readonly batch: readonly ClusterEvent[];
    readonly history: readonly ClusterEvent[];
    readonly final: boolean;
}
/**
 * A named law over state and history: a pure function returning the violations it sees.
 * `when: 'batch'` laws must hold after every batch; `when: 'end'` laws are judged once at the end
 * of a run (convergence, which only means something after the cluster had time to settle).
 */
export interface Invariant {
    readonly name: string;
    readonly description: string;
    readonly when: 'batch' | 'end';
    check(ctx: InvariantContext): readonly Violation[];
    /**
     * A fresh copy for one run, for laws over time that remember what they saw (how long a pod has
     * been Pending, when a rollout began): the checker calls it once per run, so nothing leaks
     * from one run into the next. Laws without memory leave it out.
     */
    perRun?(): Invariant;
}
/** Builds a violation at the context's time. */
export declare const violation: (invariant: string, ctx: InvariantContext, message: string, objects: readonly string[]) => Violation;
/**
 * A `batch` law whose check reports each violation through `report`, which stamps the law's name
 * and the context's time on it (the name is written once, here).
 */
export declare function batchInvariant(name: string, description: string, check: (ctx: InvariantContext, report: (message: string, objects: readonly string[]) => void) => void): Invariant;
