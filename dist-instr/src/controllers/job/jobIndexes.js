/**
 * Completion indexes of an Indexed Job as the API writes them in status.completedIndexes:
 * sorted intervals joined by commas, `first-last` for a run of three or more, `a,b` for a run of
 * two, `n` for a single index (pkg/controller/job/indexed_job_utils.go, orderedIntervals.String:
 * "if v.Last == v.First+1 { builder.WriteRune(',') }").
 *
 * @example formatCompletedIndexes([0, 1, 2, 4, 6, 7]) // "0-2,4,6,7"
 */
export function formatCompletedIndexes(indexes) {
    const sorted = [...new Set(indexes)].sort((a, b) => a - b);
    const parts = [];
    let i = 0;
    while (i < sorted.length) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
            j++;
        parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}${j === i + 1 ? ',' : '-'}${sorted[j]}`);
        i = j + 1;
    }
    return parts.join(',');
}
/** The indexes in `0..completions-1` that are neither succeeded nor active, lowest first (firstPendingIndexes). */
export function firstPendingIndexes(completions, succeeded, active, count) {
    const out = [];
    for (let i = 0; i < completions && out.length < count; i++)
        if (!succeeded.has(i) && !active.has(i))
            out.push(i);
    return out;
}
/** Label and annotation carrying a pod's completion index (batch/v1 JobCompletionIndexAnnotation). */
export const JOB_COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';
/**
 * The indexes below `completions` an index list names (`"0-2,4"`), as the Job controller reads a
 * successPolicy rule or status: a malformed interval is skipped, an interval starting at or past
 * `completions` ends the list, one ending past it is cut (indexed_job_utils.go, parseIndexesFromString).
 */
export function parseIndexes(text, completions) {
    const out = new Set();
    if (text === '')
        return out;
    for (const part of text.split(',')) {
        const [a, b] = part.split('-');
        const first = /^\d+$/.test(a) ? Number(a) : NaN;
        if (Number.isNaN(first))
            continue;
        if (first >= completions)
            break;
        let last = first;
        if (b !== undefined) {
            if (!/^\d+$/.test(b))
                continue;
            last = Math.min(Number(b), completions - 1);
        }
        for (let i = first; i <= last; i++)
            out.add(i);
    }
    return out;
}
