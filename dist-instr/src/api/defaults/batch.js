import { defaultTemplate, isObj, or, specOf, withSpec } from './util.js';
/** SetDefaults_Job: backoffLimit 6 (MaxInt32 with backoffLimitPerIndex). */
export const JOB_DEFAULTS = { backoffLimit: 6, completionMode: 'NonIndexed', suspend: false,
    manualSelector: false };
/** SetDefaults_CronJob. */
export const CRONJOB_DEFAULTS = { concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3,
    failedJobsHistoryLimit: 1 };
function defaultJobSpec(s) {
    // "When both are unset, both are defaulted to 1"; a work queue (completions unset) gets parallelism 1.
    const both = (s.completions === undefined || s.completions === null)
        && (s.parallelism === undefined || s.parallelism === null);
    const pfp = isObj(s.podFailurePolicy) ? s.podFailurePolicy : undefined;
    return {
        ...s,
        ...(both ? { completions: 1 } : {}),
        parallelism: or(s.parallelism, 1),
        backoffLimit: or(s.backoffLimit, s.backoffLimitPerIndex !== undefined && s.backoffLimitPerIndex !== null
            ? 2147483647 : JOB_DEFAULTS.backoffLimit),
        completionMode: or(s.completionMode, JOB_DEFAULTS.completionMode),
        suspend: or(s.suspend, JOB_DEFAULTS.suspend),
        manualSelector: or(s.manualSelector, JOB_DEFAULTS.manualSelector),
        podReplacementPolicy: or(s.podReplacementPolicy, pfp ? 'Failed' : 'TerminatingOrFailed'),
        ...(pfp && Array.isArray(pfp.rules)
            ? { podFailurePolicy: { ...pfp, rules: pfp.rules.map((r) => (isObj(r) && Array.isArray(r.onPodConditions) ? { ...r,
                        onPodConditions: r.onPodConditions.map((c) => (isObj(c) ? { ...c, status: or(c.status, 'True') } : c)) }
                        : r)) } }
            : {}),
        template: defaultTemplate(s.template),
    };
}
/** Job defaults; the Job's labels default to its template's (SetDefaults_Job). */
export function defaultJob(o) {
    const s = specOf(o);
    const tl = isObj(s.template) && isObj(s.template.metadata) && isObj(s.template.metadata.labels)
        ? s.template.metadata.labels : undefined;
    const labels = o.metadata.labels && Object.keys(o.metadata.labels).length > 0 ? o.metadata.labels : tl;
    return { ...withSpec(o, defaultJobSpec(s)), metadata: { ...o.metadata, ...(labels ? { labels } : {}) } };
}
/**
 * The selector and template labels the API server generates for a Job without manualSelector
 * (pkg/registry/batch/job/strategy.go generateSelector): controller-uid and job-name, both in
 * the batch.kubernetes.io/ prefix and the legacy unprefixed form.
 */
export function generateJobSelector(o, uid) {
    const s = specOf(o);
    if (s.manualSelector === true)
        return o;
    const t = isObj(s.template) ? s.template : {};
    const md = isObj(t.metadata) ? t.metadata : {};
    const labels = { ...(isObj(md.labels) ? md.labels : {}), 'batch.kubernetes.io/controller-uid': uid,
        'batch.kubernetes.io/job-name': o.metadata.name, 'controller-uid': uid, 'job-name': o.metadata.name };
    return withSpec(o, { ...s, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
        template: { ...t, metadata: { ...md, labels } } });
}
export function defaultCronJob(o) {
    const s = specOf(o);
    const jt = isObj(s.jobTemplate) ? s.jobTemplate : {};
    return withSpec(o, {
        ...s,
        concurrencyPolicy: or(s.concurrencyPolicy, CRONJOB_DEFAULTS.concurrencyPolicy),
        suspend: or(s.suspend, CRONJOB_DEFAULTS.suspend),
        successfulJobsHistoryLimit: or(s.successfulJobsHistoryLimit, CRONJOB_DEFAULTS.successfulJobsHistoryLimit),
        failedJobsHistoryLimit: or(s.failedJobsHistoryLimit, CRONJOB_DEFAULTS.failedJobsHistoryLimit),
        jobTemplate: { ...jt, spec: defaultJobSpec(isObj(jt.spec) ? jt.spec : {}) },
    });
}
