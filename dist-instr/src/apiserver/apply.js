import { kindInfo } from '../api/kinds.js';
import { objectKey } from '../api/ids.js';
import { tget } from '../reducers/table.js';
import { admitPod } from './admission.js';
import { updateNode, updatePod } from './update.js';
import { getObject } from '../reducers/state.js';
import { admitObjectCreate } from './admitObject.js';
import { namespaceStored } from './namespaces.js';
/** Install order, as tools like Helm use it (releaseutil InstallOrder): what others refer to goes first. */
const KIND_ORDER = ['Namespace', 'ResourceQuota', 'LimitRange', 'PriorityClass', 'ConfigMap', 'Secret',
    'PersistentVolumeClaim', 'Node',
    'PodDisruptionBudget'];
const rank = (kind) => { const i = KIND_ORDER.indexOf(kind); return i < 0 ? KIND_ORDER.length : i; };
/** Node addresses and pod CIDR from its ordinal: InternalIP 10.0.x.y, pod CIDR 10.(128+n/256).(n%256).0/24. */
export function completeNode(node, ordinal, rng) {
    const ip = `10.0.${Math.floor(ordinal / 250)}.${(ordinal % 250) + 4}`;
    const cidr = `10.${128 + (ordinal >> 8)}.${ordinal & 255}.0/24`;
    return {
        ...node,
        metadata: { ...node.metadata, uid: node.metadata.uid || rng.uuid(),
            labels: { 'kubernetes.io/hostname': node.metadata.name, ...(node.metadata.labels ?? {}) } },
        spec: { ...node.spec, podCIDR: cidr, podCIDRs: [cidr] },
        status: {
            ...node.status,
            // A Node manifest gives capacity/allocatable in `status`, extended resources (nvidia.com/gpu)
            // included; allocatable defaults to capacity per resource, and pods to the kubelet's
            // default maxPods 110 (pkg/kubelet/apis/config/v1beta1/defaults.go).
            capacity: { pods: '110', ...(node.status?.capacity ?? {}) },
            allocatable: { pods: '110', ...(node.status?.capacity ?? {}), ...(node.status?.allocatable ?? {}) },
            addresses: node.status?.addresses?.length ? node.status.addresses
                : [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: node.metadata.name }],
            conditions: [
                { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory',
                    message: 'kubelet has sufficient memory available' },
                { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure',
                    message: 'kubelet has no disk pressure' },
                { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID',
                    message: 'kubelet has sufficient PID available' },
                { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
            ],
        },
    };
}
/** Emits NodeAdded for a node, completing what the kubelet would register. */
export function addNode(node, state, out, rng, ordinalOffset = 0) {
    if (tget(state.nodes, node.metadata.name)) {
        out.emit({ type: 'Warning', at: out.now, object: `Node/${node.metadata.name}`,
            message: 'node already exists: not added again' });
        return;
    }
    const n = completeNode(node, state.nodeNames.length + ordinalOffset, rng);
    const stamped = { ...n, metadata: { ...n.metadata, creationTimestamp: out.now },
        status: { ...n.status, conditions: n.status.conditions.map((c) => ({ ...c, lastHeartbeatTime: out.now, lastTransitionTime: out.now })) } };
    out.emit({ type: 'NodeAdded', at: out.now, node: node.metadata.name, object: stamped });
}
/**
 * `kubectl apply` of a set of objects: creates what is new, updates what exists (bumping
 * metadata.generation when the spec changes). Creates pass the API server's admission: the
 * namespace must exist (NamespaceLifecycle), pods get LimitRanger's defaults and bounds, and
 * ResourceQuota counts both. Of an existing pod only labels and annotations change, of an
 * existing node labels, annotations, taints and spec.unschedulable (update.ts). A refusal is a
 * Warning naming the file, as kubectl prints "Error from server".
 */
export function applyObjects(objs, state, out, rng, opts = {}) {
    const sorted = [...objs].map((o, i) => ({ o, i })).sort((a, b) => rank(a.o.object.kind) - rank(b.o.object.kind)
        || a.i - b.i).map((x) => x.o);
    let newNodes = 0;
    const created = new Set();
    const priorityClasses = {};
    const namespaces = new Set();
    const limitRanges = [], quotas = [];
    const pending = { namespaces, limitRanges, quotas };
    const refuse = (kind, key, file, why) => out.emit({ type: 'Warning',
        at: out.now, object: `${kind}/${key}`, message: `${file}: ${why}` });
    for (const { object, source } of sorted) {
        const kind = object.kind;
        if (kind === 'Node') {
            const stored = tget(state.nodes, object.metadata.name)?.object;
            if (stored)
                updateNode(stored, object, out);
            else
                addNode(object, state, out, rng, newNodes++);
            continue;
        }
        const info = kindInfo(kind);
        if (!info)
            continue;
        const namespace = info.namespaced ? object.metadata.namespace || 'default' : '';
        if (info.namespaced && opts.namespacesExist)
            namespaces.add(namespace);
        if (kind === 'Pod') {
            const key = objectKey(namespace, object.metadata.name);
            const uid = tget(state.podUids, key);
            const stored = uid ? tget(state.pods, uid) : undefined;
            if (stored) {
                updatePod(stored, object, key, source, out);
                continue;
            }
            if (created.has(key)) {
                refuse('Pod', key, source.file, 'pod already exists; pod specs are immutable, so the applied change is ignored');
                continue;
            }
            const r = admitPod(object, state, out.now, rng, { pendingPriorityClasses: priorityClasses,
                pendingPolicy: pending });
            if ('error' in r)
                refuse('Pod', key, source.file, r.error);
            else {
                created.add(key);
                out.emit(r);
            }
            continue;
        }
        const key = info.namespaced ? objectKey(namespace, object.metadata.name) : object.metadata.name;
        const existing = getObject(state, info.resource, key);
        if (info.namespaced && !existing) {
            const group = (object.apiVersion ?? '').includes('/') ? object.apiVersion.split('/')[0] : '';
            const why = admitObjectCreate(state, info.resource, group, namespace, object.metadata.name, pending, object);
            if (why) {
                refuse(kind, key, source.file, why);
                continue;
            }
        }
        const stamped = kind === 'Namespace' ? namespaceStored(stampObject(object, existing, namespace, out.now, rng), existing) : stampObject(object, existing, namespace, out.now, rng);
        if (kind === 'PriorityClass')
            priorityClasses[key] = stamped;
        if (kind === 'Namespace')
            namespaces.add(stamped.metadata.name);
        if (kind === 'LimitRange')
            limitRanges.push(stamped);
        if (kind === 'ResourceQuota')
            quotas.push(stamped);
        out.emit({ type: 'ObjectApplied', at: out.now, resource: info.resource, key, object: stamped });
    }
}
/** Fills server-set metadata: uid and creationTimestamp on create; generation bumped when spec changes. */
export function stampObject(object, existing, namespace, now, rng) {
    const specChanged = !existing || JSON.stringify(existing.spec) !== JSON.stringify(object.spec);
    const generation = existing ? (existing.metadata.generation ?? 1) + (specChanged ? 1 : 0) : 1;
    const { status: _drop, ...rest } = object;
    // A cluster-scoped object has no namespace: the API server clears it (rest.BeforeCreate).
    const meta = namespace ? object.metadata : (({ namespace: _ns, ...m }) => m)(object.metadata);
    return {
        ...rest,
        metadata: {
            ...meta,
            ...(namespace ? { namespace } : {}),
            uid: existing?.metadata.uid ?? object.metadata.uid ?? rng.uuid(),
            creationTimestamp: existing?.metadata.creationTimestamp ?? now,
            generation,
        },
        ...(existing?.status !== undefined ? { status: existing.status } : {}),
    };
}
