import { humanDuration } from '../printers/humanDuration.js';
import { selectorString } from '../printers/labels.js';
import { rec } from '../printers/types.js';
import { describePodTemplate } from './containers.js';
import { num, selectorOf, spec, status, str, templateOf } from './context.js';
import { describeObject } from './object.js';
import { printAnnotations, printControlledBy, printLabels } from './writer.js';
const set = (v) => v !== undefined && v !== null;
/** describe.go printBoolPtr: "<unset>" for nil, else True / False. */
const boolPtr = (v) => (set(v) ? (v ? 'True' : 'False') : '<unset>');
/** describe.go capIndexesListOrNone: the completed indexes, cut after the first comma past 50 characters. */
function capIndexes(indexes, softLimit = 50) {
    if (!indexes)
        return '<none>';
    const i = indexes.indexOf(',', softLimit);
    return i < 0 ? indexes : `${indexes.slice(0, i + 1)}...`;
}
/** describe.go describeJob. */
export function describeJob(job, ctx) {
    const s = spec(job), st = status(job);
    return describeObject(job, ctx, false, (w) => {
        w.write(0, `Selector:\t${selectorString(selectorOf(job))}\n`);
        printLabels(w, 'Labels', job.metadata.labels);
        printAnnotations(w, 'Annotations', job.metadata.annotations);
        printControlledBy(w, job.metadata.ownerReferences);
        if (set(s.parallelism))
            w.write(0, `Parallelism:\t${num(s.parallelism)}\n`);
        w.write(0, `Completions:\t${set(s.completions) ? num(s.completions) : '<unset>'}\n`);
        if (set(s.completionMode))
            w.write(0, `Completion Mode:\t${str(s.completionMode)}\n`);
        if (set(s.suspend))
            w.write(0, `Suspend:\t${String(s.suspend)}\n`);
        if (set(s.backoffLimit))
            w.write(0, `Backoff Limit:\t${num(s.backoffLimit)}\n`);
        if (set(s.ttlSecondsAfterFinished))
            w.write(0, `TTL Seconds After Finished:\t${num(s.ttlSecondsAfterFinished)}\n`);
        if (set(st.startTime))
            w.write(0, `Start Time:\t${w.time(num(st.startTime))}\n`);
        if (set(st.completionTime))
            w.write(0, `Completed At:\t${w.time(num(st.completionTime))}\n`);
        if (set(st.startTime) && set(st.completionTime))
            w.write(0, `Duration:\t` +
                `${humanDuration(num(st.completionTime) - num(st.startTime))}\n`);
        if (set(s.activeDeadlineSeconds))
            w.write(0, `Active Deadline Seconds:\t${num(s.activeDeadlineSeconds)}s\n`);
        w.write(0, `Pods Statuses:\t${num(st.active)} Active${set(st.ready) ? ` (${num(st.ready)} Ready)` : ''} / ` +
            `${num(st.succeeded)} Succeeded / ${num(st.failed)} Failed\n`);
        if (s.completionMode === 'Indexed')
            w.write(0, `Completed Indexes:\t${capIndexes(str(st.completedIndexes))}\n`);
        describePodTemplate(w, templateOf(s));
    });
}
/** describe.go describeCronJob (kubectl 1.34: no Time Zone line) and describeJobTemplate. */
export function describeCronJob(cj, ctx) {
    const s = spec(cj), st = status(cj);
    return describeObject(cj, ctx, false, (w) => {
        printLabels(w, 'Labels', cj.metadata.labels);
        printAnnotations(w, 'Annotations', cj.metadata.annotations);
        w.write(0, `Schedule:\t${str(s.schedule)}\n`);
        w.write(0, `Concurrency Policy:\t${str(s.concurrencyPolicy)}\n`);
        w.write(0, `Suspend:\t${boolPtr(s.suspend)}\n`);
        const orUnset = (v, unit = '') => (set(v) ? `${num(v)}${unit}` : '<unset>');
        w.write(0, `Successful Job History Limit:\t${orUnset(s.successfulJobsHistoryLimit)}\n`);
        w.write(0, `Failed Job History Limit:\t${orUnset(s.failedJobsHistoryLimit)}\n`);
        w.write(0, `Starting Deadline Seconds:\t${orUnset(s.startingDeadlineSeconds, 's')}\n`);
        const jt = rec(s.jobTemplate), js = rec(jt.spec);
        w.write(0, `Selector:\t${set(js.selector) ? selectorString(js.selector) : '<unset>'}\n`);
        w.write(0, `Parallelism:\t${orUnset(js.parallelism)}\n`);
        w.write(0, `Completions:\t${orUnset(js.completions)}\n`);
        if (set(js.activeDeadlineSeconds))
            w.write(0, `Active Deadline Seconds:\t${num(js.activeDeadlineSeconds)}s\n`);
        describePodTemplate(w, templateOf(js));
        w.write(0, `Last Schedule Time:\t${set(st.lastScheduleTime) ? w.time(num(st.lastScheduleTime)) : '<unset>'}\n`);
        const active = (st.active ?? []);
        w.write(0, `Active Jobs:\t${active.length ? active.map((j) => j.name).join(', ') : '<none>'}\n`);
    });
}
