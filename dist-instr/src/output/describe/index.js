import { applyDefaults } from '../../api/defaults/index.js';
import { listClusterObjects } from '../../reducers/state.js';
import { tget, tvalues } from '../../reducers/table.js';
import { recordEvents } from '../events/record.js';
import { byKey } from '../get/get.js';
import { resolveResource } from '../printers/index.js';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet } from './apps.js';
import { describeCronJob, describeJob } from './batch.js';
import { describeConfigMap, describeNamespace, describeService } from './core.js';
import { eventsAbout } from './events.js';
import { describeNode } from './node.js';
import { describePod } from './pod.js';
import { describeHPA, describePDB } from './policy.js';
const DESCRIBERS = {
    deployments: describeDeployment, replicasets: describeReplicaSet, statefulsets: describeStatefulSet,
    daemonsets: describeDaemonSet, jobs: describeJob, cronjobs: describeCronJob, horizontalpodautoscalers: describeHPA,
    poddisruptionbudgets: describePDB, services: describeService, configmaps: describeConfigMap,
    namespaces: describeNamespace,
};
/** The kinds `kubesim describe` knows. */
export const DESCRIBABLE = ['pods', 'nodes', ...Object.keys(DESCRIBERS)];
/**
 * kubelet's Lease renewal period: leaseDuration 40 s x nodeLeaseRenewIntervalFraction 0.25 (pkg/kubelet/kubelet.go).
 */
const LEASE_RENEW_MS = 10_000;
/**
 * The node Lease's last renewal: every 10 s since the kubelet's last heartbeat, up to now or until the node was lost.
 */
function renewTime(facts, node, lastHeartbeat, lost, now) {
    let until = now;
    if (lost)
        for (const f of facts) {
            if (f.at > now)
                break;
            if (f.type === 'NodeLost' && f.node === node)
                until = f.at;
        }
    return lastHeartbeat + Math.floor((until - lastHeartbeat) / LEASE_RENEW_MS) * LEASE_RENEW_MS;
}
const notFound = (info, name) => ({ stdout: '', exitCode: 1,
    stderr: `Error from server (NotFound): ${info.resource}${info.group ? `.${info.group}` : ''} "${name}" not ` +
        `found\n` });
/**
 * `kubectl describe KIND NAME` against the state at one instant (kubectl describe.go's
 * describers, kubectl 1.34), with the Events recorded from the facts up to that instant.
 */
export function kubectlDescribe(state, facts, kind, name, namespace = 'default') {
    const info = resolveResource(kind);
    if (!info || !DESCRIBABLE.includes(info.resource))
        return { stdout: '', exitCode: 2,
            stderr: `describe: kind ${kind} is not supported (supported: ${DESCRIBABLE.join(', ')})\n` };
    const events = () => recordEvents(facts, state.startTime, state.time);
    const podsIn = (ns) => tvalues(state.pods)
        .filter((p) => ns === undefined || p.metadata.namespace === ns)
        .sort((a, b) => byKey(a, b));
    if (info.resource === 'nodes') {
        const n = tget(state.nodes, name);
        if (!n)
            return notFound(info, name);
        const pods = podsIn(undefined).filter((p) => p.spec.nodeName === name && p.status.phase !== 'Succeeded'
            && p.status.phase !== 'Failed');
        const ctx = { pods, renewTime: renewTime(facts, name, n.lastHeartbeat, n.lost, state.time) };
        return { stdout: describeNode(n.object, ctx, eventsAbout(events(), 'Node', undefined, name, n.object.metadata.uid), state.startTime, state.time), stderr: '', exitCode: 0 };
    }
    if (info.resource === 'pods') {
        const uid = tget(state.podUids, `${namespace}/${name}`);
        const pod = uid ? tget(state.pods, uid) : undefined;
        if (!pod)
            return notFound(info, name);
        return { stdout: describePod(pod, eventsAbout(events(), 'Pod', namespace, name, pod.metadata.uid), state.startTime, state.time), stderr: '', exitCode: 0 };
    }
    // A Namespace is described with what is in it (its quotas and limit ranges); other objects live in `namespace`.
    const inNs = info.resource === 'namespaces' ? name : namespace;
    const stored = (resource) => listClusterObjects(state, resource).map((o) => applyDefaults(o));
    const list = (resource) => stored(resource).filter((o) => o.metadata.namespace === inNs)
        .sort(byKey);
    const obj = stored(info.resource).find((o) => o.metadata.name === name
        && (!info.namespaced || o.metadata.namespace === namespace));
    if (!obj)
        return notFound(info, name);
    const ctx = { startTime: state.startTime, now: state.time, pods: podsIn(inNs), list,
        events: eventsAbout(events(), info.kind, info.namespaced ? namespace : undefined, name, obj.metadata.uid) };
    return { stdout: DESCRIBERS[info.resource](obj, ctx), stderr: '', exitCode: 0 };
}
