import { defaultTemplate, isObj, or, specOf, withSpec } from './util.js';
/** SetDefaults_Deployment: 25%/25% rolling update, revisionHistoryLimit 10, progressDeadlineSeconds 600. */
export const DEPLOYMENT_DEFAULTS = { replicas: 1, maxUnavailable: '25%', maxSurge: '25%', revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600 };
/** SetDefaults_DaemonSet: RollingUpdate, maxUnavailable 1, maxSurge 0, revisionHistoryLimit 10. */
export const DAEMONSET_DEFAULTS = { maxUnavailable: 1, maxSurge: 0, revisionHistoryLimit: 10 };
/** SetDefaults_StatefulSet: OrderedReady, RollingUpdate partition 0, revisionHistoryLimit 10, PVCs retained. */
export const STATEFULSET_DEFAULTS = { replicas: 1, podManagementPolicy: 'OrderedReady', partition: 0,
    revisionHistoryLimit: 10 };
/**
 * A {type, rollingUpdate} strategy (DeploymentStrategy, StatefulSetUpdateStrategy,
 * DaemonSetUpdateStrategy): type RollingUpdate when unset, and then each rollingUpdate knob left
 * unset gets its default (set keys keep their place, defaulted ones follow in `knobs`' order).
 */
function defaultStrategy(v, knobs) {
    const st = isObj(v) ? v : {};
    const type = or(st.type, 'RollingUpdate');
    if (type !== 'RollingUpdate')
        return { ...st, type };
    const ru = isObj(st.rollingUpdate) ? st.rollingUpdate : {};
    const defaulted = {};
    for (const [k, d] of Object.entries(knobs))
        defaulted[k] = or(ru[k], d);
    return { ...st, type, rollingUpdate: { ...ru, ...defaulted } };
}
export function defaultDeployment(o) {
    const s = specOf(o);
    return withSpec(o, {
        ...s,
        replicas: or(s.replicas, DEPLOYMENT_DEFAULTS.replicas),
        strategy: defaultStrategy(s.strategy, { maxUnavailable: DEPLOYMENT_DEFAULTS.maxUnavailable,
            maxSurge: DEPLOYMENT_DEFAULTS.maxSurge }),
        revisionHistoryLimit: or(s.revisionHistoryLimit, DEPLOYMENT_DEFAULTS.revisionHistoryLimit),
        progressDeadlineSeconds: or(s.progressDeadlineSeconds, DEPLOYMENT_DEFAULTS.progressDeadlineSeconds),
        template: defaultTemplate(s.template),
    });
}
/** SetDefaults_ReplicaSet: replicas 1. */
export function defaultReplicaSet(o) {
    const s = specOf(o);
    return withSpec(o, { ...s, replicas: or(s.replicas, 1), template: defaultTemplate(s.template) });
}
export function defaultStatefulSet(o) {
    const s = specOf(o);
    const updateStrategy = defaultStrategy(s.updateStrategy, { partition: STATEFULSET_DEFAULTS.partition });
    const pr = isObj(s.persistentVolumeClaimRetentionPolicy) ? s.persistentVolumeClaimRetentionPolicy : {};
    return withSpec(o, {
        ...s,
        replicas: or(s.replicas, STATEFULSET_DEFAULTS.replicas),
        podManagementPolicy: or(s.podManagementPolicy, STATEFULSET_DEFAULTS.podManagementPolicy),
        updateStrategy,
        revisionHistoryLimit: or(s.revisionHistoryLimit, STATEFULSET_DEFAULTS.revisionHistoryLimit),
        persistentVolumeClaimRetentionPolicy: { ...pr, whenDeleted: or(pr.whenDeleted, 'Retain'),
            whenScaled: or(pr.whenScaled, 'Retain') },
        template: defaultTemplate(s.template),
        ...(Array.isArray(s.volumeClaimTemplates)
            ? { volumeClaimTemplates: s.volumeClaimTemplates.map((c) => (isObj(c) && isObj(c.spec) ? { ...c, spec: { ...c.spec, volumeMode: or(c.spec.volumeMode, 'Filesystem') } }
                    : c)) }
            : {}),
    });
}
export function defaultDaemonSet(o) {
    const s = specOf(o);
    const updateStrategy = defaultStrategy(s.updateStrategy, { maxUnavailable: DAEMONSET_DEFAULTS.maxUnavailable,
        maxSurge: DAEMONSET_DEFAULTS.maxSurge });
    return withSpec(o, { ...s, updateStrategy, revisionHistoryLimit: or(s.revisionHistoryLimit, DAEMONSET_DEFAULTS.revisionHistoryLimit), template: defaultTemplate(s.template) });
}
