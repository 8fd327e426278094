import { DAEMONSET_DEFAULTS } from '../../api/defaults/apps.js';
import { defaultedStrategy, defaultedWorkload } from '../workloadSpec.js';
import { findUntoleratedTaint, nodeMatchesPodAffinity } from '../controllerUtils.js';
/** apps/v1 SetDefaults_DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10. */
export function daemonSetSpec(o) {
    const s = defaultedWorkload(o, DAEMONSET_DEFAULTS.revisionHistoryLimit);
    return { ...s, updateStrategy: defaultedStrategy(s.updateStrategy, {
            maxUnavailable: DAEMONSET_DEFAULTS.maxUnavailable, maxSurge: DAEMONSET_DEFAULTS.maxSurge
        }) };
}
/**
 * pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations: what every
 * daemon pod tolerates besides its own tolerations. not-ready and unreachable NoExecute without
 * tolerationSeconds (never evicted); disk/memory/pid-pressure and unschedulable NoSchedule;
 * network-unavailable NoSchedule only for hostNetwork pods.
 */
export function daemonPodTolerations(spec) {
    const add = [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
        ...(spec.hostNetwork ? [{ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists',
                effect: 'NoSchedule' }] : []),
    ];
    const out = [...(spec.tolerations ?? [])];
    // v1helper.AddOrUpdateTolerationInPodSpec: a toleration with the same key, operator, value and effect is replaced.
    for (const t of add) {
        const i = out.findIndex((x) => x.key === t.key && (x.operator ?? 'Equal') === t.operator && (x.value ?? '') === ''
            && x.effect === t.effect);
        if (i >= 0)
            out[i] = t;
        else
            out.push(t);
    }
    return out;
}
/**
 * daemonset_util.go ReplaceDaemonSetPodNodeNameNodeAffinity: the pod's required node affinity
 * becomes one term, matchFields metadata.name In [node]; the scheduler then binds it there.
 */
export function replaceNodeNameAffinity(affinity, node) {
    const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In',
                        values: [node] }] }] };
    return { ...(affinity ?? {}), nodeAffinity: { ...(affinity?.nodeAffinity ?? {}),
            requiredDuringSchedulingIgnoredDuringExecution: required } };
}
/**
 * daemon_controller.go NodeShouldRunDaemonPod: `shouldRun` when the node matches the template's
 * nodeName, nodeSelector and required node affinity and every NoSchedule/NoExecute taint is
 * tolerated (with the daemon tolerations); `shouldContinueRunning` also when only NoSchedule
 * taints are untolerated.
 */
export function nodeShouldRunDaemonPod(node, spec, tols = daemonPodTolerations(spec.template.spec)) {
    const t = spec.template.spec;
    if (t.nodeName && t.nodeName !== node.metadata.name)
        return { shouldRun: false, shouldContinueRunning: false };
    if (!nodeMatchesPodAffinity(t, node))
        return { shouldRun: false, shouldContinueRunning: false };
    const taints = node.spec.taints;
    if (findUntoleratedTaint(taints, tols, (x) => x.effect === 'NoSchedule' || x.effect === 'NoExecute')) {
        return { shouldRun: false, shouldContinueRunning: !findUntoleratedTaint(taints, tols, (x) => x.effect === 'NoExecute') };
    }
    return { shouldRun: true, shouldContinueRunning: true };
}
/** daemonset_util.go GetTargetNodeName: spec.nodeName, or the node the affinity names. */
export function targetNodeName(p) {
    if (p.spec.nodeName)
        return p.spec.nodeName;
    for (const term of p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
        ?? []) {
        for (const f of term.matchFields ?? [])
            if (f.key === 'metadata.name' && f.operator === 'In'
                && f.values?.length === 1)
                return f.values[0];
    }
    return undefined;
}
