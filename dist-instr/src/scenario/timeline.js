/**
 * A scenario's `timeline:`: each entry's time and its one action, checked with a field path per
 * problem. Entries come back in file order; the loader sorts them by time.
 */
import { kindInfo, SCALE_SUBRESOURCE_RESOURCES } from '../api/kinds.js';
import { INT32_MAX } from '../api/limits.js';
import { formatDuration, parseDuration } from '../api/time.js';
import { isObj } from '../api/validation/common.js';
import { parseChaosAction } from './chaos.js';
import { expandNodes } from './nodes.js';
/** Container faults of a timeline `fault:` entry (the kubelet carries them out). */
const FAULT_TYPES = ['crash', 'oom', 'probeFail', 'slowStart', 'imagePullFail'];
const ACTIONS = [
    'nodeLost', 'nodeRecovered', 'addNode', 'removeNode', 'cordon', 'uncordon', 'drain', 'apply', 'delete', 'scale',
    'setImage', 'rolloutUndo', 'rolloutPause', 'rolloutResume', 'fault', 'removeSchedulingGates', 'evict', 'chaos',
];
function objectRef(v, p, path) {
    if (!isObj(v)) {
        p.push({ path, message: 'must be {kind, name, namespace?}' });
        return undefined;
    }
    const info = typeof v.kind === 'string' ? kindInfo(v.kind) : undefined;
    if (!info) {
        p.push({ path: `${path}.kind`, message: `must be a kind kubesim simulates, got ${JSON.stringify(v.kind)}` });
        return undefined;
    }
    if (typeof v.name !== 'string') {
        p.push({ path: `${path}.name`, message: 'Required value' });
        return undefined;
    }
    // A cluster-scoped kind (Namespace, PriorityClass) has no namespace: its key is its name.
    return { resource: info.resource, objectKind: info.kind, namespace: !info.namespaced ? ''
            : typeof v.namespace === 'string' ? v.namespace : 'default', name: v.name };
}
export function parseTimeline(rawTimeline, ctx) {
    const { path, until, fp, warnings, knownNodes, readManifests } = ctx;
    const timeline = [];
    const order = rawTimeline.map((e, i) => ({ e, i, at: isObj(e) ? parseDuration(e.at) : 'must be a mapping' }));
    for (const { e, i, at } of order) {
        const p = `timeline[${i}]`;
        if (!isObj(e)) {
            fp.push({ path: p, message: 'must be a mapping {at, <action>}' });
            continue;
        }
        if (typeof at === 'string') {
            fp.push({ path: `${p}.at`, message: at });
            continue;
        }
        if (at > until)
            warnings.push({ file: path, path: `${p}.at`,
                message: `${formatDuration(at)} is after until (${formatDuration(until)}): this action never happens (unless ` +
                    `run --until is later)` });
        const keys = Object.keys(e).filter((k) => k !== 'at');
        if (keys.length !== 1 || !ACTIONS.includes(keys[0])) {
            fp.push({ path: keys.length === 1 ? `${p}.${keys[0]}` : p,
                message: `must have exactly one action of: ${ACTIONS.join(', ')}` });
            continue;
        }
        const k = keys[0], v = e[k], ap = `${p}.${k}`;
        let action;
        const nodeRef = () => {
            if (typeof v !== 'string') {
                fp.push({ path: ap, message: 'must be a node name' });
                return undefined;
            }
            if (!knownNodes.has(v)) {
                fp.push({ path: ap, message: `unknown node ${JSON.stringify(v)}` });
                return undefined;
            }
            return v;
        };
        switch (k) {
            case 'nodeLost':
            case 'nodeRecovered':
            case 'removeNode':
            case 'cordon':
            case 'uncordon':
            case 'drain': {
                const node = nodeRef();
                if (node)
                    action = { kind: k, node };
                break;
            }
            case 'addNode': {
                const built = expandNodes(v, fp, ap);
                for (const n of built) {
                    knownNodes.add(n.metadata.name);
                    timeline.push({ at, action: { kind: 'addNode', node: n }, source: { file: path } });
                }
                continue;
            }
            case 'apply': {
                const entries = Array.isArray(v) ? v : [v];
                const objs = entries.flatMap((m, j) => readManifests(m, `${ap}[${j}]`));
                action = { kind: 'apply', objects: objs };
                break;
            }
            case 'delete': {
                const ref = objectRef(v, fp, ap);
                if (!ref || !isObj(v))
                    break;
                const pp = v.propagationPolicy;
                if (pp !== undefined && !['Background', 'Foreground', 'Orphan'].includes(pp))
                    fp.push({ path: `${ap}.propagationPolicy`,
                        message: 'Unsupported value: supported values: "Background", "Foreground", "Orphan"' });
                if (v.gracePeriodSeconds !== undefined && (typeof v.gracePeriodSeconds !== 'number'
                    || v.gracePeriodSeconds < 0))
                    fp.push({ path: `${ap}.gracePeriodSeconds`,
                        message: 'must be a non-negative integer' });
                action = { kind: 'delete', ...ref, ...(typeof v.gracePeriodSeconds === 'number'
                        ? { gracePeriodSeconds: v.gracePeriodSeconds } : {}), ...(v.force === true ? { force: true } : {}),
                    ...(pp ? { propagationPolicy: pp } : {}) };
                break;
            }
            case 'scale': {
                const ref = objectRef(v, fp, ap);
                if (!ref || !isObj(v))
                    break;
                // Only workloads with a scale subresource scale (a Service has none: the API server answers 404).
                if (!SCALE_SUBRESOURCE_RESOURCES.has(ref.resource)) {
                    fp.push({ path: `${ap}.kind`,
                        message: `${ref.objectKind} has no scale subresource (the server could not find the requested ` +
                            `resource); scalable kinds: Deployment, ReplicaSet, ReplicationController, StatefulSet` });
                    break;
                }
                if (typeof v.replicas !== 'number' || !Number.isInteger(v.replicas)) {
                    fp.push({ path: `${ap}.replicas`,
                        message: `Invalid value: ${JSON.stringify(v.replicas)}: must be an integer` });
                    break;
                }
                if (v.replicas < 0) {
                    fp.push({ path: `${ap}.replicas`,
                        message: `Invalid value: ${v.replicas}: must be greater than or equal to 0` });
                    break;
                }
                if (v.replicas > INT32_MAX) {
                    fp.push({ path: `${ap}.replicas`,
                        message: `Invalid value: ${v.replicas}: cannot unmarshal number ${v.replicas} into a field of type int32 ` +
                            `(the scale subresource's spec.replicas)` });
                    break;
                }
                action = { kind: 'scale', ...ref, replicas: v.replicas };
                break;
            }
            case 'setImage': {
                const ref = objectRef(v, fp, ap);
                if (!ref || !isObj(v))
                    break;
                if (typeof v.container !== 'string') {
                    fp.push({ path: `${ap}.container`, message: 'Required value' });
                    break;
                }
                if (typeof v.image !== 'string') {
                    fp.push({ path: `${ap}.image`, message: 'Required value' });
                    break;
                }
                action = { kind: 'setImage', ...ref, container: v.container, image: v.image };
                break;
            }
            case 'rolloutUndo':
            case 'rolloutPause':
            case 'rolloutResume': {
                const ref = objectRef(v, fp, ap);
                if (!ref || !isObj(v))
                    break;
                action = k === 'rolloutUndo' ? { kind: k, ...ref, ...(typeof v.toRevision === 'number'
                        ? { toRevision: v.toRevision } : {}) } : { kind: k, ...ref };
                break;
            }
            case 'removeSchedulingGates': {
                const usage = 'must be {pod: NAME or selector: {label: value}, namespace?, gates?: [names]} (all gates when gates is ' +
                    'absent)';
                if (!isObj(v)) {
                    fp.push({ path: ap, message: usage });
                    break;
                }
                const hasPod = typeof v.pod === 'string', sel = v.selector;
                if (hasPod === (sel !== undefined)) {
                    fp.push({ path: ap, message: usage });
                    break;
                }
                if (sel !== undefined && (!isObj(sel) || Object.values(sel).some((x) => typeof x !== 'string'))) {
                    fp.push({ path: `${ap}.selector`, message: 'must be a map of label to value' });
                    break;
                }
                if (v.gates !== undefined && (!Array.isArray(v.gates) || v.gates.some((g) => typeof g !== 'string'))) {
                    fp.push({ path: `${ap}.gates`, message: 'must be a list of gate names' });
                    break;
                }
                action = {
                    kind: 'removeSchedulingGates', namespace: typeof v.namespace === 'string' ? v.namespace : 'default',
                    ...(hasPod ? { pod: v.pod } : { selector: sel }),
                    ...(v.gates ? { gates: v.gates } : {}),
                };
                break;
            }
            case 'chaos':
                action = parseChaosAction(v, ap, fp);
                break;
            case 'evict': {
                if (!isObj(v) || typeof v.pod !== 'string') {
                    fp.push({ path: `${ap}.pod`, message: 'Required value' });
                    break;
                }
                const grace = v.gracePeriodSeconds;
                if (grace !== undefined && (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0)) {
                    fp.push({ path: `${ap}.gracePeriodSeconds`, message: 'must be a non-negative integer' });
                    break;
                }
                action = { kind: 'evict', namespace: typeof v.namespace === 'string' ? v.namespace : 'default', pod: v.pod,
                    ...(typeof grace === 'number' ? { gracePeriodSeconds: grace } : {}) };
                break;
            }
            case 'fault': {
                if (!isObj(v)) {
                    fp.push({ path: ap, message: `must be {type: ${FAULT_TYPES.join('|')}, pod, namespace?, container?, ` +
                            'duration?}' });
                    break;
                }
                if (!FAULT_TYPES.includes(v.type)) {
                    fp.push({ path: `${ap}.type`, message: `Unsupported value: supported values: ` +
                            `${FAULT_TYPES.map((t) => `"${t}"`).join(', ')}` });
                    break;
                }
                if (typeof v.pod !== 'string') {
                    fp.push({ path: `${ap}.pod`, message: 'Required value' });
                    break;
                }
                const duration = v.duration === undefined ? undefined : parseDuration(v.duration);
                if (typeof duration === 'string') {
                    fp.push({ path: `${ap}.duration`, message: duration });
                    break;
                }
                action = { kind: 'fault', fault: { type: v.type, namespace: typeof v.namespace === 'string'
                            ? v.namespace : 'default', pod: v.pod, ...(typeof v.container === 'string' ? { container: v.container } : {}),
                        ...(typeof v.exitCode === 'number' ? { exitCode: v.exitCode } : {}),
                        ...(typeof v.probe === 'string' ? { probe: v.probe } : {}),
                        ...(duration !== undefined ? { durationMs: duration } : {}) } };
                break;
            }
        }
        if (action)
            timeline.push({ at, action, source: { file: path } });
    }
    return timeline;
}
