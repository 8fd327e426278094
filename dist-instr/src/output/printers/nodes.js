import { nodeGpuCount, podGpuDevices, podGpuRequest } from '../../api/gpu.js';
import { since } from './humanDuration.js';
import { AGE_COLUMN, NAME_COLUMN, col } from './types.js';
/** printers.go nodeColumnDefinitions. */
const COLUMNS = [
    NAME_COLUMN,
    col('Status', 'string', 'The status of the node'),
    col('Roles', 'string', 'The roles of the node'),
    AGE_COLUMN,
    col('Version', 'string', 'Kubelet Version reported by the node.'),
    col('Internal-IP', 'string', 'List of addresses reachable to the node.', true),
    col('External-IP', 'string', 'List of addresses reachable to the node.', true),
    col('OS-Image', 'string', 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).', true),
    col('Kernel-Version', 'string', "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", true),
    col('Container-Runtime', 'string', 'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).', true),
];
/** printers.go labelNodeRolePrefix and nodeLabelRole. */
const ROLE_PREFIX = 'node-role.kubernetes.io/';
const ROLE_LABEL = 'kubernetes.io/role';
/** findNodeRoles: the suffixes of node-role.kubernetes.io/* labels and the kubernetes.io/role value, sorted. */
export function nodeRoles(node) {
    const roles = new Set();
    for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
        if (k.startsWith(ROLE_PREFIX)) {
            const r = k.slice(ROLE_PREFIX.length);
            if (r)
                roles.add(r);
        }
        else if (k === ROLE_LABEL && v)
            roles.add(v);
    }
    return [...roles].sort().join(',') || '<none>';
}
/** printNode's STATUS: Ready / NotReady from the Ready condition ("Unknown" without one), then SchedulingDisabled. */
export function nodeStatus(node) {
    const ready = node.status.conditions.find((c) => c.type === 'Ready');
    const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
    if (node.spec.unschedulable)
        status.push('SchedulingDisabled');
    return status.join(',');
}
/** getNodeInternalIP / getNodeExternalIP: the first address of that type, "<none>" without one. */
const address = (node, type) => node.status.addresses.find((a) => a.type === type)?.address
    ?? '<none>';
const info = (node, k) => node.status.nodeInfo?.[k] || '<unknown>';
/**
 * kubesim's own column, not kubectl's (kubectl prints no GPU column): the GPU milli in use on each
 * device of a GPU-sharing node (`250,1000,0,0`; `<none>` without GPUs), shown with -o wide when
 * some node has GPUs. Counted as the scheduler counts them: each bound pod's GPU request on the
 * devices its bind recorded (alibabacloud.com/gpu-index); pods that reached Succeeded or Failed
 * hold none.
 */
export const GPU_MILLI_USED_COLUMN = col('GPU-Milli-Used', 'string', 'kubesim: GPU milli in use on each device of the node (alibabacloud.com/gpu-index of its pods).', true);
/** The GPU-Milli-Used column for these nodes, or none when no node has GPUs. */
export function gpuColumns(nodes, pods) {
    const used = new Map();
    for (const n of nodes) {
        const count = nodeGpuCount(n);
        if (count > 0)
            used.set(n.metadata.name, new Array(count).fill(0));
    }
    if (used.size === 0)
        return [];
    for (const p of pods) {
        const devices = p.spec.nodeName ? used.get(p.spec.nodeName) : undefined;
        if (!devices || p.status.phase === 'Succeeded' || p.status.phase === 'Failed')
            continue;
        const req = podGpuRequest(p);
        for (const d of (req && podGpuDevices(p)) ?? [])
            if (d < devices.length)
                devices[d] += req.milli;
    }
    return [{ column: GPU_MILLI_USED_COLUMN, cell: (o) => used.get(o.metadata.name)?.join(',') ?? '<none>' }];
}
export const nodePrinter = {
    columns: COLUMNS,
    row: (n, ctx) => [n.metadata.name, nodeStatus(n), nodeRoles(n), since(ctx.now, n.metadata.creationTimestamp),
        n.status.nodeInfo?.kubeletVersion ?? '',
        address(n, 'InternalIP'), address(n, 'ExternalIP'), info(n, 'osImage'), info(n, 'kernelVersion'),
        info(n, 'containerRuntimeVersion')],
};
