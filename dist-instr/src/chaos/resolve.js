import { formatDuration } from '../api/time.js';
import { DEFAULT_PULL_OUTAGE_MS, DEFAULT_SLOW_START_MS } from '../scenario/types.js';
import { autoscaled, disruptableNodes, disruptableZones, faultableProbe, hasPreviousRevision, isMirrorPod, readyNodes, runningPods, workloads, } from './targets.js';
/** The default zone label (k8s.io/api/core/v1 well_known_labels.go, LabelTopologyZone). */
export const ZONE_LABEL = 'topology.kubernetes.io/zone';
/** How long a nodeNotReady fault lasts unless recoverAfter says otherwise. */
export const NOT_READY_MS = 60_000;
const sel = (a) => (a.selector ? Object.entries(a.selector).map(([k, v]) => `${k}=${v}`).join(',')
    : '');
const among = (i, n, what, a) => `${i + 1} of ${n} ${what}${a.selector ? ` matching ${sel(a)}` : ''}`;
const none = (what, a) => ({ none: `no ${what}${a.selector ? ` matching ${sel(a)}` : ''}` });
const ref = (resource, o) => ({ resource,
    key: `${o.metadata.namespace ?? 'default'}/${o.metadata.name}` });
const objRef = (o) => ({ resource: '', objectKind: o.kind, namespace: o.metadata.namespace ?? 'default',
    name: o.metadata.name });
const recovery = (a, dflt) => {
    const r = a.recoverAfter ?? dflt;
    return r === undefined ? '' : `, back after ${formatDuration(r)}`;
};
/**
 * Resolves a chaos action against the state at its instant. `choose(n)` picks an index in [0, n)
 * (the action's `pick`, or a seeded draw); `serial` numbers what the action creates (images, nodes).
 */
export function resolveChaos(a, state, choose, serial, scenarioNodes = 0) {
    const k = a.chaos;
    switch (k) {
        case 'crash':
        case 'oom':
        case 'probeFail':
        case 'slowStart':
        case 'imagePullFail':
        case 'deletePod': {
            let pods = runningPods(state, a.selector, a.namespace);
            if (k === 'probeFail')
                pods = pods.filter((p) => faultableProbe(p) !== undefined);
            if (k === 'deletePod')
                pods = pods.filter((p) => !isMirrorPod(p));
            if (!pods.length)
                return none(k === 'probeFail' ? 'running pod with a liveness probe' : 'running pod', a);
            const i = choose(pods.length), p = pods[i];
            const namespace = p.metadata.namespace ?? 'default', pod = p.metadata.name;
            const action = k === 'deletePod'
                ? { kind: 'delete', resource: 'pods', objectKind: 'Pod', namespace, name: pod }
                : { kind: 'fault', fault: { type: k, namespace, pod,
                        ...(k === 'probeFail' ? { probe: faultableProbe(p) } : {}),
                        ...(k === 'slowStart' && a.delay !== undefined ? { durationMs: a.delay } : {}),
                        ...(k === 'imagePullFail' && a.recoverAfter !== undefined ? { durationMs: a.recoverAfter } : {}) } };
            const how = k === 'slowStart' ? `: restarted, comes up in ${formatDuration(a.delay ?? DEFAULT_SLOW_START_MS)}`
                : k === 'imagePullFail' ? `: restarted, pulls of ${p.spec.containers[0]?.image ?? ''} fail for ` +
                    formatDuration(a.recoverAfter ?? DEFAULT_PULL_OUTAGE_MS) : '';
            return {
                target: { resource: 'pods', key: `${namespace}/${pod}` },
                message: `${k} of Pod/${namespace}/${pod} on ${p.spec.nodeName}${how} ` +
                    `(${among(i, pods.length, 'running pods', a)})`,
                actions: [{ after: 0, action }],
            };
        }
        case 'nodeLost':
        case 'nodeNotReady':
        case 'cordon':
        case 'drain':
        case 'removeNode': {
            const nodes = disruptableNodes(state, a.selector);
            if (!nodes.length)
                return none('Ready schedulable node that is not the last one', a);
            // An operator takes at most one node away from the cluster the scenario describes.
            if (k === 'removeNode' && readyNodes(state).length < scenarioNodes)
                return {
                    none: `the cluster already has fewer Ready nodes than the scenario's ${scenarioNodes}`
                };
            const i = choose(nodes.length), node = nodes[i].object.metadata.name;
            const back = k === 'nodeNotReady' ? a.recoverAfter ?? NOT_READY_MS : a.recoverAfter;
            // An operator removes a node the safe way: kubectl drain (PodDisruptionBudgets honoured), then
            // kubectl delete node, as cluster-autoscaler's scale-down also drains first.
            // nodeNotReady: the kubelet stops posting status and the containers run on (a reboot is nodeLost).
            const first = k === 'nodeLost' ? { kind: 'nodeLost', node }
                : k === 'nodeNotReady' ? { kind: 'nodeLost', node, kubeletOnly: true }
                    : k === 'removeNode' ? { kind: 'drain', node, remove: true } : { kind: k, node };
            const undo = k === 'nodeLost' || k === 'nodeNotReady'
                ? { kind: 'nodeRecovered', node }
                : k === 'cordon' || k === 'drain' ? { kind: 'uncordon', node } : undefined;
            return {
                target: { resource: 'nodes', key: node },
                message: `${k} of ` +
                    `Node/${node}${k === 'removeNode' ? ', drained first,' : ''} (${among(i, nodes.length, 'Ready nodes', a)})` +
                    `${k === 'removeNode' ? '' : recovery(a, back)}`,
                actions: [{ after: 0, action: first }, ...(undo && back !== undefined ? [{ after: back, action: undo }] : [])],
            };
        }
        case 'zoneLost': {
            const label = a.zoneLabel ?? ZONE_LABEL;
            const zones = disruptableZones(state, a.selector, label);
            if (!zones.length)
                return {
                    none: `no zone (${label}) whose loss leaves a Ready node${a.selector ? ` among nodes matching ` +
                        `${sel(a)}` : ''}`
                };
            const i = choose(zones.length), z = zones[i];
            const lose = z.nodes.map((node) => ({ after: 0, action: { kind: 'nodeLost', node } }));
            const back = a.recoverAfter === undefined ? [] : z.nodes.map((node) => ({ after: a.recoverAfter, action: { kind: 'nodeRecovered', node } }));
            return {
                target: { resource: 'nodes', key: z.nodes[0] },
                message: `zoneLost of ${label}=${z.zone}: ` +
                    `${z.nodes.join(', ')} (${among(i, zones.length, 'zones', a)})${recovery(a)}`,
                actions: [...lose, ...back],
            };
        }
        case 'addNode': {
            const nodes = readyNodes(state).filter((n) => Object.entries(a.selector ?? {}).every(([l, v]) => n.object.metadata.labels?.[l] === v));
            if (!nodes.length)
                return none('Ready node to copy', a);
            const i = choose(nodes.length), model = nodes[i].object;
            const name = `${model.metadata.name}-chaos-${serial}`;
            const { 'kubernetes.io/hostname': _h, ...labels } = model.metadata.labels ?? {};
            const node = {
                apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { ...labels, 'kubernetes.io/hostname': name } },
                spec: model.spec.taints?.length ? { taints: model.spec.taints } : {},
                status: { capacity: model.status?.capacity ?? {}, allocatable: model.status?.allocatable ?? {} },
            };
            return { target: { resource: 'nodes', key: name },
                message: `addNode ${name}, a copy of Node/${model.metadata.name}`,
                actions: [{ after: 0, action: { kind: 'addNode', node } }] };
        }
        case 'scale':
        case 'setImage':
        case 'rolloutUndo':
        case 'apply': {
            const scaled = autoscaled(state);
            let ws = workloads(state, k === 'scale' ? ['deployments', 'statefulsets']
                : ['deployments', 'statefulsets', 'daemonsets'], a.selector, a.namespace);
            if (k === 'scale')
                ws =
                    ws.filter((w) => !scaled.has(`${w.object.kind}/${w.object.metadata.namespace ?? 'default'}/${w.object.metadata.name}`));
            if (k === 'rolloutUndo')
                ws = ws.filter((w) => hasPreviousRevision(state, w.resource, w.object));
            if (k === 'setImage')
                ws = ws.filter((w) => podSpecOf(w.object)?.containers?.length);
            if (!ws.length)
                return none(k === 'rolloutUndo' ? 'workload with an earlier revision' : k === 'scale'
                    ? 'Deployment or StatefulSet without an HPA' : 'workload', a);
            const i = choose(ws.length), { resource, object: o } = ws[i];
            const what = among(i, ws.length, 'workloads', a);
            const r = { ...objRef(o), resource };
            if (k === 'scale') {
                const now = o.spec.replicas ?? 1;
                const replicas = Math.max(1, now + (a.delta ?? 1));
                return { target: ref(resource, o),
                    message: `scale ${o.kind}/${o.metadata.name} from ${now} to ${replicas} replicas (${what})`,
                    actions: [{ after: 0, action: { kind: 'scale', ...r, replicas } }] };
            }
            if (k === 'rolloutUndo')
                return { target: ref(resource, o),
                    message: `rolloutUndo of ${o.kind}/${o.metadata.name} (${what})`,
                    actions: [{ after: 0, action: { kind: 'rolloutUndo', ...r } }] };
            if (k === 'setImage') {
                const c = podSpecOf(o).containers[0];
                const image = `${c.image.replace(/:[^:/]*$/, '')}:chaos-${serial}`;
                return { target: ref(resource, o),
                    message: `setImage of ${o.kind}/${o.metadata.name}: ${c.name}=${image} (${what})`,
                    actions: [{ after: 0, action: { kind: 'setImage', ...r, container: c.name, image } }] };
            }
            return { target: ref(resource, o),
                message: `apply of ${o.kind}/${o.metadata.name} changed: a new pod template annotation, as kubectl rollout ` +
                    `restart does (${what})`, actions: [{ after: 0, action: { kind: 'apply',
                            objects: [{ object: restarted(o, serial), source: { file: 'chaos',
                                        object: `${o.kind}/${o.metadata.name}` } }] } }] };
        }
    }
}
const podSpecOf = (o) => o.spec.template?.spec;
/**
 * The annotation kubectl rollout restart sets on the pod template
 * (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectrestarter.go).
 */
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
/** The workload as `kubectl apply` would send it after an edit of its pod template's annotations. */
function restarted(o, serial) {
    const spec = o.spec;
    const { status: _s, ...rest } = o;
    const metadata = spec.template.metadata ?? {};
    return {
        ...rest,
        spec: { ...spec, template: { ...spec.template, metadata: { ...metadata,
                    annotations: { ...(metadata.annotations ?? {}), [RESTARTED_AT]: `chaos-${serial}` } } } },
    };
}
