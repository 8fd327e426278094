/**
 * The first rule whose exit codes match (findMatchingContainerRestartRule); operators other than In/NotIn match
 * nothing.
 */
function matchingRule(c, exitCode) {
    for (const rule of c.restartPolicyRules ?? []) {
        if (!rule.exitCodes)
            continue;
        const inValues = rule.exitCodes.values.includes(exitCode);
        if ((rule.exitCodes.operator === 'In' && inValues) || (rule.exitCodes.operator === 'NotIn' && !inValues)) {
            return rule;
        }
    }
    return undefined;
}
/**
 * Whether a container that exited with `exitCode` is restarted: with a container-level
 * restartPolicy, its first matching rule (action Restart) first, then that policy; otherwise the
 * pod's restartPolicy (Always when unset). Rules count only beside a container restartPolicy.
 *
 * @example containerShouldRestart({ name: 'a', image: 'x', restartPolicy: 'Never', restartPolicyRules:
 *   [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] }, { containers: [] }, 42) // true
 */
export function containerShouldRestart(c, pod, exitCode) {
    if (c.restartPolicy !== undefined) {
        if (matchingRule(c, exitCode)?.action === 'Restart')
            return true;
        if (c.restartPolicy === 'Always')
            return true;
        if (c.restartPolicy === 'OnFailure')
            return exitCode !== 0;
        if (c.restartPolicy === 'Never')
            return false;
    }
    const policy = pod.restartPolicy ?? 'Always';
    return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}
/**
 * Whether a container can be restarted at all (IsContainerRestartable): a Restart rule or a
 * container restartPolicy other than Never, else a pod restartPolicy other than Never.
 */
export function isContainerRestartable(c, pod) {
    if (c.restartPolicy !== undefined) {
        return (c.restartPolicyRules ?? []).some((r) => r.action === 'Restart') || c.restartPolicy !== 'Never';
    }
    return (pod.restartPolicy ?? 'Always') !== 'Never';
}
