import { firstPendingIndexes } from './jobIndexes.js';
import { lastFailedPodPerIndex, remainingTimePerIndex, replacementAnnotations } from './jobPerIndex.js';
import { completionIndex, finishTime } from './jobPods.js';
/**
 * The indexes an Indexed Job creates pods for now, lowest pending first (firstPendingIndexes: not
 * succeeded, failed or active), with their annotations. With backoffLimitPerIndex only the indexes
 * whose own back-off has passed (getPodCreationInfoForIndependentIndexes); if none has, the
 * shortest wait. kubesim also requeues for the indexes still waiting when some are created, where
 * Kubernetes relies on the next pod event to sync again.
 */
export function planIndexes(job, pods, active, mem, completions, perIndex, n, now) {
    const activeIdx = new Set(active.map(completionIndex).filter((i) => i !== undefined));
    const done = perIndex === undefined ? mem.succeededIndexes : new Set([...mem.succeededIndexes, ...mem.failedIndexes]);
    const pending = firstPendingIndexes(completions, done, activeIdx, n);
    if (perIndex === undefined)
        return { indexes: pending, annotations: pending.map(() => ({})) };
    const failedPods = pods.flatMap((p) => {
        const index = completionIndex(p);
        return p.status.phase === 'Failed' && index !== undefined && index < completions
            ? [{ pod: p, index, finishedAt: finishTime(p, now) }] : [];
    });
    const last = lastFailedPodPerIndex(failedPods, (i) => done.has(i) || activeIdx.has(i));
    const indexes = [];
    let wait;
    for (const i of pending) {
        const w = remainingTimePerIndex(last.get(i), now);
        if (w === 0)
            indexes.push(i);
        else
            wait = wait === undefined ? w : Math.min(wait, w);
    }
    return { indexes, annotations: indexes.map((i) => replacementAnnotations(job.spec.podFailurePolicy, last.get(i)?.pod)), ...(wait !== undefined ? { requeueAfter: wait } : {}) };
}
