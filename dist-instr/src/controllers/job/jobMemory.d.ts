import type { ObjectKey } from '../../api/ids.js';
import type { BackoffRecord } from './jobBackoff.js';
/** What the Job controller remembers per Job between syncs (the job-tracking finalizer's role). */
export interface JobMemory {
    /** Pods seen and not yet counted, with their completion index. */
    readonly tracked: Map<string, {
        key: ObjectKey;
    }>;
    /** Pods already counted in status.succeeded / status.failed (their finalizer removed). */
    readonly counted: Set<string>;
    /** Pods the controller itself deleted: not failures when they disappear. */
    readonly expectedRemovals: Set<string>;
    readonly succeededIndexes: Set<number>;
    /** Indexes failed under backoffLimitPerIndex (status.failedIndexes). */
    readonly failedIndexes: Set<number>;
    backoff: BackoffRecord;
    /** FailJob outcome of the pod failure policy, kept until the Job's conditions say it. */
    failJobMessage?: string;
    /** The Job's pods a sync looks at (jobPodSet.ts): created and not yet counted and finished. */
    readonly open: Set<string>;
    /** The Job's pods counted and finished, still in the owner index. */
    readonly closed: Set<string>;
    /** Whether open and closed were built from the owner index once. */
    primed: boolean;
}
export declare const newMemory: () => JobMemory;
