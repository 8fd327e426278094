/**
 * The first rule of the Job's podFailurePolicy that matches a failed pod, with the message the
 * Job's Failed condition carries for FailJob (pkg/controller/job/pod_failure_policy.go,
 * matchPodFailurePolicy). undefined: no rule matched, the failure counts against backoffLimit.
 */
export function matchPodFailurePolicy(policy, pod) {
    if (!policy)
        return undefined;
    const ns = pod.metadata.namespace ?? 'default', name = pod.metadata.name;
    const statuses = [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])];
    for (const [i, rule] of policy.rules.entries()) {
        if (rule.onExitCodes) {
            const r = rule.onExitCodes;
            for (const st of statuses) {
                if (r.containerName && r.containerName !== st.name)
                    continue;
                const code = st.state.terminated?.exitCode;
                if (code === undefined || code === 0)
                    continue; // exit code 0 never matches (isOnExitCodesOperatorMatching)
                const inValues = r.values.includes(code);
                if ((r.operator === 'In' && inValues) || (r.operator === 'NotIn' && !inValues)) {
                    return { action: rule.action,
                        message: `Container ${st.name} for pod ${ns}/${name} failed with exit code ${code} matching ` +
                            `${rule.action} rule at index ${i}` };
                }
            }
        }
        if (rule.onPodConditions) {
            for (const pc of rule.onPodConditions) {
                const c = pod.status.conditions.find((x) => x.type === pc.type);
                if (c && c.status === (pc.status ?? 'True')) {
                    return { action: rule.action,
                        message: `Pod ${ns}/${name} has condition ${pc.type} matching ${rule.action} rule at index ${i}` };
                }
            }
        }
    }
    return undefined;
}
