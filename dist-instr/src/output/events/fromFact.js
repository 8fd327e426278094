import { kubeEvent } from '../kubeEvent.js';
import { RESOURCES } from '../printers/index.js';
/** The printers' resources by name (the first of a name, as a search of the list finds it). */
const RESOURCE_BY_NAME = new Map();
for (const r of RESOURCES)
    if (!RESOURCE_BY_NAME.has(r.resource))
        RESOURCE_BY_NAME.set(r.resource, r);
/**
 * The controller that records events for a resource (the names kube-controller-manager gives its
 * recorders: pkg/controller/*: `eventBroadcaster.NewRecorder(scheme, v1.EventSource{Component: ...})`).
 */
const CONTROLLER = {
    deployments: 'deployment-controller', replicasets: 'replicaset-controller',
    replicationcontrollers: 'replication-controller',
    statefulsets: 'statefulset-controller', daemonsets: 'daemonset-controller', jobs: 'job-controller',
    cronjobs: 'cronjob-controller',
    horizontalpodautoscalers: 'horizontal-pod-autoscaler', poddisruptionbudgets: 'controllermanager',
    nodes: 'node-controller',
};
/** Pod events from controllers: the taint eviction controller (1.29+ name) and the node lifecycle controller. */
const POD_CONTROLLER = { TaintManagerEviction: 'taint-eviction-controller',
    NodeNotReady: 'node-controller' };
/** ControllerEvents no Kubernetes component records (kubectl drain prints these, it does not record them). */
const NOT_RECORDED = new Set(['pods|Evicting', 'nodes|Drained']);
const SCHEDULER = new Set(['PodScheduled', 'FailedScheduling', 'PodNominated', 'Preempted']);
const KUBESIM_ONLY = new Set(['NodeLost', 'NodeRecovered', 'Warning', 'ContainerExited', 'OOMKilled']);
const split = (key) => {
    const i = key.indexOf('/');
    return i < 0 ? { name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
};
/** A recorded event from its view: built field by field, in one shape (the recorder's hot path). */
const recorded = (view, involvedObject, component, real, newApi, host) => (host === undefined
    ? { type: view.type, reason: view.reason, object: view.object, message: view.message, involvedObject, component,
        real, newApi }
    : { type: view.type, reason: view.reason, object: view.object, message: view.message, involvedObject, component,
        real, newApi, host });
/** The Event a fact makes a component record, if any; the kubelet's about a pod name its node (source.host). */
export function recordedEvent(e, pod) {
    const view = kubeEvent(e);
    if (!view)
        return undefined;
    const real = !KUBESIM_ONLY.has(e.type);
    if (e.type === 'ControllerEvent') {
        const info = RESOURCE_BY_NAME.get(e.resource);
        const kind = info?.kind ?? e.resource;
        const apiVersion = info ? (info.group ? `${info.group}/${info.version}` : info.version) : 'v1';
        const component = e.resource === 'pods' ? (POD_CONTROLLER[e.reason] ?? 'kube-controller-manager')
            : (CONTROLLER[e.resource] ?? 'kube-controller-manager');
        return recorded(view, { kind, ...split(e.key), apiVersion }, component, !NOT_RECORDED.has(`${e.resource}|${e.reason}`), false);
    }
    if ('node' in e && !('pod' in e)) {
        return recorded(view, { kind: 'Node', name: e.node, uid: e.node, apiVersion: 'v1' }, e.type.startsWith('NodeCondition') || e.type === 'NodeAdded' || e.type === 'NodeRemoved'
            ? 'node-controller' : 'kubelet', real, false);
    }
    if ('pod' in e) {
        const container = 'container' in e ? e.container : undefined;
        const slash = e.pod.indexOf('/');
        const io = slash < 0 ? { kind: 'Pod', name: e.pod, uid: e.uid, apiVersion: 'v1' }
            : { kind: 'Pod', namespace: e.pod.slice(0, slash), name: e.pod.slice(slash + 1), uid: e.uid, apiVersion: 'v1' };
        if (container !== undefined) {
            io.fieldPath = `spec.${pod?.initContainers.has(container) ? 'initContainers' : 'containers'}{${container}}`;
        }
        const scheduler = SCHEDULER.has(e.type);
        return recorded(view, io, scheduler ? 'default-scheduler' : 'kubelet', real, scheduler, scheduler ? undefined : pod?.node || undefined);
    }
    return recorded(view, { kind: 'Scenario', name: view.object, apiVersion: 'kubesim/v1' }, 'kubesim', false, false);
}
