/** Job and CronJob validation after pkg/apis/batch/validation/validation.go. */
import { LabelMap, dnsLabel, goValue, invalid, isObj, labelSelector, nonNegative, oneOf, required, selectorMatches } from './common.js';
import { cronScheduleError, simulatable, timeZoneError } from './cron.js';
import { validateIndexedJobExtras } from './jobIndexed.js';
import { validatePodTemplate } from './template.js';
const POD_FAILURE_ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
function podFailurePolicy(p, path, s, containerNames) {
    const pfp = s.podFailurePolicy;
    if (!isObj(pfp))
        return;
    const rules = Array.isArray(pfp.rules) ? pfp.rules : [];
    if (rules.length > 20)
        p.push({ path: `${path}.rules`, message: `Too many: ${rules.length}: must have at most 20 items` });
    rules.forEach((r, i) => {
        if (!isObj(r))
            return;
        const rp = `${path}.rules[${i}]`;
        if (r.action === undefined || r.action === '')
            required(p, `${rp}.action`, `valid values: ${JSON.stringify(POD_FAILURE_ACTIONS).replace(/,/g, ' ')}`);
        else if (r.action === 'FailIndex') {
            if (s.backoffLimitPerIndex === undefined)
                invalid(p, `${rp}.action`, r.action, 'requires the backoffLimitPerIndex to be set');
        }
        else
            oneOf(p, `${rp}.action`, r.action, POD_FAILURE_ACTIONS);
        const oc = r.onExitCodes, conds = Array.isArray(r.onPodConditions) ? r.onPodConditions : [];
        if (isObj(oc)) {
            const op = `${rp}.onExitCodes`;
            if (oc.operator === undefined || oc.operator === '')
                required(p, `${op}.operator`, 'valid values: ["In" "NotIn"]');
            else
                oneOf(p, `${op}.operator`, oc.operator, ['In', 'NotIn']);
            if (typeof oc.containerName === 'string' && !containerNames.has(oc.containerName))
                invalid(p, `${op}.containerName`, oc.containerName, 'must be one of the container or initContainer names in the pod template');
            const values = Array.isArray(oc.values) ? oc.values : [];
            if (values.length === 0)
                invalid(p, `${op}.values`, values, 'at least one value is required');
            const seen = new Set();
            let ordered = true;
            values.forEach((v, j) => {
                if (oc.operator === 'In' && v === 0)
                    invalid(p, `${op}.values[${j}]`, v, 'must not be 0 for the In operator');
                if (seen.has(v))
                    p.push({ path: `${op}.values[${j}]`, message: `Duplicate value: ${goValue(v)}` });
                seen.add(v);
                if (j > 0 && values[j - 1] > v)
                    ordered = false;
            });
            if (!ordered)
                invalid(p, `${op}.values`, values, 'must be ordered');
        }
        conds.forEach((c, j) => {
            if (!isObj(c))
                return;
            const cp = `${rp}.onPodConditions[${j}]`;
            if (typeof c.type !== 'string' || c.type === '')
                required(p, `${cp}.type`);
            if (c.status === undefined || c.status === '')
                required(p, `${cp}.status`, 'valid values: ["False" "True" "Unknown"]');
            else
                oneOf(p, `${cp}.status`, c.status, ['False', 'True', 'Unknown']);
        });
        if (isObj(oc)
            && conds.length > 0)
            p.push({ path: rp,
                message: 'Invalid value: "object": specifying both OnExitCodes and OnPodConditions is not supported' });
        if (!isObj(oc) && conds.length === 0)
            p.push({ path: rp,
                message: 'Invalid value: "object": specifying one of OnExitCodes and OnPodConditions is required' });
    });
}
/** validateJobSpec: counts, completion mode, pod failure policy, template and its restart policy. */
function jobSpec(p, path, s) {
    for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished',
        'backoffLimitPerIndex', 'maxFailedIndexes'])
        nonNegative(p, `${path}.${f}`, s[f]);
    if (s.completionMode !== undefined) {
        oneOf(p, `${path}.completionMode`, s.completionMode, ['NonIndexed', 'Indexed']);
        if (s.completionMode === 'Indexed') {
            if (s.completions === undefined || s.completions === null)
                required(p, `${path}.completions`, 'when completion mode is Indexed');
            if (typeof s.parallelism === 'number' && s.parallelism > 100_000)
                invalid(p, `${path}.parallelism`, s.parallelism, 'must be less than or equal to 100000 when completion mode is Indexed');
        }
    }
    validateIndexedJobExtras(p, path, s);
    const t = validatePodTemplate(p, `${path}.template`, s.template);
    const ps = t && isObj(t.spec) ? t.spec : {};
    const names = new Set();
    for (const list of [ps.containers, ps.initContainers])
        if (Array.isArray(list))
            for (const c of list)
                if (isObj(c)
                    && typeof c.name === 'string')
                    names.add(c.name);
    podFailurePolicy(p, `${path}.podFailurePolicy`, s, names);
    const rp = `${path}.template.spec.restartPolicy`;
    // "spec.Template.Spec.RestartPolicy can be defaulted as RestartPolicyAlways ... so we check both empty and Always".
    if (t && (ps.restartPolicy === undefined || ps.restartPolicy === 'Always' || ps.restartPolicy === ''))
        required(p, rp, 'valid values: "OnFailure", "Never"');
    else if (t && ps.restartPolicy !== 'OnFailure' && ps.restartPolicy !== 'Never')
        p.push({ path: rp, message: `Unsupported value: ${goValue(ps.restartPolicy)}: supported values: "OnFailure", "Never"` });
    else if (t && isObj(s.podFailurePolicy) && ps.restartPolicy !== 'Never')
        invalid(p, rp, ps.restartPolicy, 'only "Never" is supported when podFailurePolicy is specified');
}
export function validateJob(p, o) {
    if (!isObj(o.spec)) {
        required(p, 'spec');
        return;
    }
    const s = o.spec;
    jobSpec(p, 'spec', s);
    // A user-written Job gets its selector generated (controller-uid) unless manualSelector is true.
    if (s.manualSelector === true) {
        if (!isObj(s.selector))
            required(p, 'spec.selector');
        else {
            labelSelector(p, 'spec.selector', s.selector);
            const t = isObj(s.template) ? s.template : {};
            const tl = isObj(t.metadata) && isObj(t.metadata.labels) ? t.metadata.labels : {};
            if (!selectorMatches(s.selector, tl))
                invalid(p, 'spec.template.metadata.labels', new LabelMap(tl), '`selector` does not match template `labels`');
        }
    }
    else if (isObj(s.selector))
        invalid(p, 'spec.selector', s.selector, '`selector` not auto-generated');
    const name = isObj(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : undefined;
    if (name && s.completionMode === 'Indexed' && typeof s.completions === 'number' && s.completions > 0) {
        const host = `${name}-${s.completions - 1}`;
        const q = [];
        dnsLabel(q, '', host);
        if (q.length)
            invalid(p, 'metadata.name', name, `will not able to create pod with invalid DNS label: ${host}`);
    }
}
export function validateCronJob(p, o) {
    const name = isObj(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : '';
    // batch/validation ValidateCronJobCreate: DNS1035LabelMaxLength - 11 (the Job name suffix).
    if (name.length > 52)
        invalid(p, 'metadata.name', name, 'must be no more than 52 characters');
    if (!isObj(o.spec)) {
        required(p, 'spec');
        return;
    }
    const s = o.spec;
    if (typeof s.schedule !== 'string' || s.schedule === '')
        required(p, 'spec.schedule');
    else {
        const err = cronScheduleError(s.schedule);
        if (err)
            invalid(p, 'spec.schedule', s.schedule, err);
        if (s.schedule.includes('TZ'))
            invalid(p, 'spec.schedule', s.schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead');
        else if (!err && !simulatable(s.schedule))
            invalid(p, 'spec.schedule', s.schedule, 'valid in Kubernetes but kubesim cannot simulate it (use a 5-field schedule or a @hourly/@daily/... macro)');
    }
    if (typeof s.timeZone === 'string') {
        const e = timeZoneError(s.timeZone);
        if (e)
            invalid(p, 'spec.timeZone', s.timeZone, e);
    }
    nonNegative(p, 'spec.startingDeadlineSeconds', s.startingDeadlineSeconds);
    oneOf(p, 'spec.concurrencyPolicy', s.concurrencyPolicy, ['Allow', 'Forbid', 'Replace']);
    nonNegative(p, 'spec.successfulJobsHistoryLimit', s.successfulJobsHistoryLimit);
    nonNegative(p, 'spec.failedJobsHistoryLimit', s.failedJobsHistoryLimit);
    const jt = s.jobTemplate;
    if (!isObj(jt) || !isObj(jt.spec)) {
        required(p, 'spec.jobTemplate.spec');
        return;
    }
    jobSpec(p, 'spec.jobTemplate.spec', jt.spec);
    if (isObj(jt.spec.selector))
        invalid(p, 'spec.jobTemplate.spec.selector', jt.spec.selector, '`selector` will be auto-generated');
    if (jt.spec.manualSelector === true)
        p.push({ path: 'spec.jobTemplate.spec.manualSelector',
            message: 'Unsupported value: true: supported values: "nil", "false"' });
}
