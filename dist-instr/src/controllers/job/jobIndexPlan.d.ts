import type { Millis } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import type { JobMemory } from './jobMemory.js';
import type { Job } from './jobTypes.js';
/**
 * The indexes an Indexed Job creates pods for now, lowest pending first (firstPendingIndexes: not
 * succeeded, failed or active), with their annotations. With backoffLimitPerIndex only the indexes
 * whose own back-off has passed (getPodCreationInfoForIndependentIndexes); if none has, the
 * shortest wait. kubesim also requeues for the indexes still waiting when some are created, where
 * Kubernetes relies on the next pod event to sync again.
 */
export declare function planIndexes(job: Job, pods: readonly Pod[], active: readonly Pod[], mem: JobMemory, completions: number, perIndex: number | undefined, n: number, now: Millis): {
    indexes: number[];
    annotations: Record<string, string>[];
    requeueAfter?: Millis;
};
