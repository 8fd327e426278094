/**
 * How long a container of a Job's pod runs when no behaviour rule or annotation gives
 * `exitAfter`: a Job's pods exist to finish, so by default they succeed after 10 s of run time
 * (kubesim's choice, not a Kubernetes default; docs/architecture.md "Behaviour").
 */
export const DEFAULT_JOB_POD_RUN_MS = 10_000;
/**
 * The behaviour a container falls back to when nothing else sets a field (the lowest source,
 * below scenario rules and annotations). Pods controlled by a Job (ownerReference kind Job)
 * exit 0 after DEFAULT_JOB_POD_RUN_MS; every other pod runs forever (an empty spec).
 * The kubelet merges it under the resolved behaviour: `{ ...defaultBehaviorFor(pod), ...resolved }`.
 *
 * @example defaultBehaviorFor(jobPod) // { exitAfter: 10000, exitCode: 0 }
 */
export function defaultBehaviorFor(pod) {
    const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
    if (owner?.kind === 'Job')
        return { exitAfter: DEFAULT_JOB_POD_RUN_MS, exitCode: 0 };
    return {};
}
