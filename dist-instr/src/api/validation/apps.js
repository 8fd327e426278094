/** Workload validation after pkg/apis/apps/validation/validation.go (and core's for ReplicationController). */
import { LabelMap, goValue, forbidden, intOrPercent, invalid, isObj, isZeroIntOrPercent, labels, nonNegative, oneOf, required } from './common.js';
import { DAEMONSET_DEFAULTS } from '../defaults/apps.js';
import { validatePersistentVolumeClaimSpec } from './core.js';
import { replicaSetTemplateRules, validatePodTemplate, validateSelectorAndTemplate } from './template.js';
import { dnsLabel } from './common.js';
const specOf = (p, o) => {
    if (!isObj(o.spec)) {
        required(p, 'spec');
        return undefined;
    }
    return o.spec;
};
export function validateDeployment(p, o) {
    const s = specOf(p, o);
    if (!s)
        return;
    nonNegative(p, 'spec.replicas', s.replicas);
    validateSelectorAndTemplate(p, s, 'deployment', 'ReplicaSet');
    const st = isObj(s.strategy) ? s.strategy : undefined;
    if (st) {
        if (st.type !== undefined && st.type !== 'Recreate' && st.type !== 'RollingUpdate')
            p.push({ path: 'spec.strategy',
                message: `Unsupported value: ${goValue(st)}: supported values: "Recreate", "RollingUpdate"` });
        if (st.type === 'Recreate' && st.rollingUpdate !== undefined && st.rollingUpdate !== null)
            forbidden(p, 'spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'");
        if (isObj(st.rollingUpdate)) {
            const ru = st.rollingUpdate;
            intOrPercent(p, 'spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, true);
            intOrPercent(p, 'spec.strategy.rollingUpdate.maxSurge', ru.maxSurge, false);
            if (isZeroIntOrPercent(ru.maxUnavailable) && isZeroIntOrPercent(ru.maxSurge))
                invalid(p, 'spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0');
        }
    }
    nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
    nonNegative(p, 'spec.revisionHistoryLimit', s.revisionHistoryLimit);
    if (typeof s.progressDeadlineSeconds === 'number') {
        nonNegative(p, 'spec.progressDeadlineSeconds', s.progressDeadlineSeconds);
        if (s.progressDeadlineSeconds <= (s.minReadySeconds ?? 0))
            invalid(p, 'spec.progressDeadlineSeconds', s.progressDeadlineSeconds, 'must be greater than minReadySeconds');
    }
}
export function validateReplicaSet(p, o) {
    const s = specOf(p, o);
    if (!s)
        return;
    nonNegative(p, 'spec.replicas', s.replicas);
    nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
    validateSelectorAndTemplate(p, s, 'replicaset', 'ReplicaSet');
}
/** core/validation ValidateReplicationControllerSpec: selector (a map) defaults to the template labels. */
export function validateReplicationController(p, o) {
    const s = specOf(p, o);
    if (!s)
        return;
    nonNegative(p, 'spec.replicas', s.replicas);
    nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
    labels(p, 'spec.selector', s.selector);
    const t = validatePodTemplate(p, 'spec.template', s.template);
    if (!t)
        return;
    const tl = isObj(t.metadata) && isObj(t.metadata.labels) ? t.metadata.labels : {};
    if (isObj(s.selector) && Object.keys(s.selector).length > 0) {
        const sel = s.selector;
        if (!Object.entries(sel).every(([k, v]) => tl[k] === v))
            invalid(p, 'spec.template.metadata.labels', new LabelMap(tl), '`selector` does not match template `labels`');
    }
    else if (Object.keys(tl).length === 0)
        required(p, 'spec.selector');
    replicaSetTemplateRules(p, t, 'ReplicaSet');
}
export function validateStatefulSet(p, o) {
    // ValidateStatefulSetName: NameIsDNSLabel (pod names are NAME-ordinal).
    const name = isObj(o.metadata) ? o.metadata.name : undefined;
    if (typeof name === 'string' && name !== '')
        dnsLabel(p, 'metadata.name', name);
    const s = specOf(p, o);
    if (!s)
        return;
    if (s.podManagementPolicy !== undefined && s.podManagementPolicy !== 'OrderedReady'
        && s.podManagementPolicy !== 'Parallel')
        invalid(p, 'spec.podManagementPolicy', s.podManagementPolicy, "must be 'OrderedReady' or 'Parallel'");
    const us = isObj(s.updateStrategy) ? s.updateStrategy : undefined;
    if (us) {
        const ru = us.rollingUpdate;
        if (us.type === 'OnDelete') {
            if (ru !== undefined && ru !== null)
                invalid(p, 'spec.updateStrategy.rollingUpdate', ru, "only allowed for updateStrategy 'RollingUpdate'");
        }
        else if (us.type === undefined || us.type === 'RollingUpdate') {
            if (isObj(ru)) {
                nonNegative(p, 'spec.updateStrategy.rollingUpdate.partition', ru.partition);
                if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) {
                    intOrPercent(p, 'spec.updateStrategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, true);
                    if (isZeroIntOrPercent(ru.maxUnavailable))
                        invalid(p, 'spec.updateStrategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'cannot be 0');
                }
            }
        }
        else
            invalid(p, 'spec.updateStrategy', us, "must be 'RollingUpdate' or 'OnDelete'");
    }
    if (isObj(s.ordinals))
        nonNegative(p, 'spec.ordinals.start', s.ordinals.start);
    const pr = s.persistentVolumeClaimRetentionPolicy;
    if (isObj(pr))
        for (const f of ['whenDeleted', 'whenScaled'])
            oneOf(p, `spec.persistentVolumeClaimRetentionPolicy.${f}`, pr[f], ['Retain', 'Delete']);
    nonNegative(p, 'spec.replicas', s.replicas);
    nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
    nonNegative(p, 'spec.revisionHistoryLimit', s.revisionHistoryLimit);
    const claimNames = Array.isArray(s.volumeClaimTemplates) ? s.volumeClaimTemplates.flatMap((c) => (isObj(c) && isObj(c.metadata) && typeof c.metadata.name === 'string' ? [c.metadata.name] : [])) : [];
    validateSelectorAndTemplate(p, s, 'statefulset', 'StatefulSet', claimNames);
    if (Array.isArray(s.volumeClaimTemplates)) {
        const names = new Set();
        s.volumeClaimTemplates.forEach((c, i) => {
            const cp = `spec.volumeClaimTemplates[${i}]`;
            if (!isObj(c))
                return;
            const name = isObj(c.metadata) ? c.metadata.name : undefined;
            if (typeof name !== 'string' || name === '')
                required(p, `${cp}.metadata.name`, 'name or generateName is required');
            else {
                if (names.has(name))
                    p.push({ path: `${cp}.metadata.name`,
                        message: `Duplicate value: ${JSON.stringify(name)}` });
                names.add(name);
            }
            validatePersistentVolumeClaimSpec(p, `${cp}.spec`, c.spec);
        });
    }
}
export function validateDaemonSet(p, o) {
    const s = specOf(p, o);
    if (!s)
        return;
    validateSelectorAndTemplate(p, s, 'daemonset', 'DaemonSet');
    const us = isObj(s.updateStrategy) ? s.updateStrategy : undefined;
    if (us) {
        if (us.type !== undefined && us.type !== 'RollingUpdate'
            && us.type !== 'OnDelete')
            p.push({ path: 'spec.updateStrategy',
                message: `Unsupported value: ${goValue(us)}: supported values: "RollingUpdate", "OnDelete"` });
        else if (us.type !== 'OnDelete' && isObj(us.rollingUpdate)) {
            // ValidateRollingUpdateDaemonSet, after defaulting (maxUnavailable 1, maxSurge 0):
            // exactly one of the two must be non-zero.
            const ru = us.rollingUpdate;
            const mu = ru.maxUnavailable ?? DAEMONSET_DEFAULTS.maxUnavailable, ms = ru.maxSurge ?? DAEMONSET_DEFAULTS.maxSurge;
            const base = 'spec.updateStrategy.rollingUpdate';
            intOrPercent(p, `${base}.maxUnavailable`, mu, true);
            intOrPercent(p, `${base}.maxSurge`, ms, true);
            const hasUnavailable = !isZeroIntOrPercent(mu), hasSurge = !isZeroIntOrPercent(ms);
            if (hasUnavailable && hasSurge)
                invalid(p, `${base}.maxSurge`, ms, 'may not be set when maxUnavailable is non-zero');
            if (!hasUnavailable && !hasSurge)
                required(p, `${base}.maxUnavailable`, 'cannot be 0 when maxSurge is 0');
        }
    }
    nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
    nonNegative(p, 'spec.revisionHistoryLimit', s.revisionHistoryLimit);
}
