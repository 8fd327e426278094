import type { PodInfo, Profile, Snapshot } from './framework.js';
import { type AttemptResult } from './attemptResult.js';
import { isRejected } from './status.js';
export type { AttemptResult, NodeExplanation } from './attemptResult.js';
export interface ScheduleContext {
    readonly snapshot: Snapshot;
    readonly profile: Profile;
    /** Uniform integer in [0, n): the scheduler's Rng (tie-breaks, preemption offset). */
    readonly randomInt: (n: number) => number;
    /** Where the next search starts (nextStartNodeIndex); updated by schedulePod. */
    startIndex: number;
    /** Pods nominated to nodes (after preemption): their requests are held for them. */
    readonly nominated: ReadonlyMap<string, ReadonlyMap<string, PodInfo>>;
    readonly explain: boolean;
    /**
     * Ties between the best nodes go to the lowest node name instead of a random draw: the ATC'23
     * artifact's selectHost (vendor/.../core/generic_scheduler.go, "for reproducibility"), which
     * its experiment protocol (src/inflation) reproduces. kube-scheduler draws.
     */
    readonly lowestNameWinsTies?: boolean;
}
/**
 * One scheduling attempt (schedule_one.go schedulePod): PreFilter, Filter over nodes from the
 * rotating start index until enough feasible nodes are found, then PreScore, Score,
 * NormalizeScore and weights, and selectHost. On failure, PostFilter (preemption) runs.
 *
 * Ties: selectHost walks the scored nodes in search order; each node tying the best so far
 * draws randomInt(count of ties) and replaces the selection on 0 (reservoir sampling, as
 * kube-scheduler does). One draw per tie, none without ties.
 */
export declare function schedulePod(ctx: ScheduleContext, pod: PodInfo): AttemptResult;
export { isRejected };
