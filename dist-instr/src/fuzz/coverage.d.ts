import type { ClusterEvent } from '../events/index.js';
/** What one case's faults and operations did, per kind. */
export interface KindOutcome {
    injected: number;
    /** Found nothing to aim at (the first reason is kept). */
    noTarget: number;
    /** Waited in vain for the cluster to settle from an earlier disruption. */
    skipped: number;
    noTargetReason?: string;
}
/** What a case (or a campaign, summed) reached: fault and operation outcomes, and Kubernetes transitions. */
export interface Coverage {
    readonly kinds: Record<string, KindOutcome>;
    /**
     * Facts by type, controller events by reason (`event:SuccessfulRescale`), pod phases (`phase:Running`): cases that
     * reached each.
     */
    readonly transitions: Record<string, number>;
}
/** Reads a case's log for its coverage. */
export declare function coverageOf(history: readonly ClusterEvent[]): Coverage;
/** Adds a case's coverage into a campaign's. */
export declare function addCoverage(into: Coverage, c: Coverage): void;
export declare const emptyCoverage: () => Coverage;
/**
 * The counterexample in plain words: what the faults and operations hit, and when each
 * invariant broke ("3m nodeLost of Node/ssd-0 ...", "3m55s availability: Deployment/web has 0 ...").
 */
export declare function storyOf(history: readonly ClusterEvent[], violations: readonly {
    invariant: string;
    at: number;
    message: string;
}[]): string[];
