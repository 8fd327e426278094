import { podLimits, podRequests } from '../../api/resources.js';
import { formatQuantity, quantityFormat } from '../../api/quantityFormat.js';
import { resourceScale, toCanonical } from '../../api/quantity.js';
import { since } from '../printers/humanDuration.js';
import { nodeRoles } from '../printers/nodes.js';
import { quantityString } from './containers.js';
import { describeEvents } from './events.js';
import { DescribeWriter, printAnnotations, printLabels, printTaints } from './writer.js';
/** describe.go's System Info rows (kubectl 1.34, Kube-Proxy Version still shown) and their NodeSystemInfo fields. */
const SYSTEM_INFO = [['Machine ID', 'machineID'], ['System UUID', 'systemUUID'],
    ['Boot ID', 'bootID'], ['Kernel Version', 'kernelVersion'], ['OS Image', 'osImage'],
    ['Operating System', 'operatingSystem'], ['Architecture', 'architecture'],
    ['Container Runtime Version', 'containerRuntimeVersion'], ['Kubelet Version', 'kubeletVersion'],
    ['Kube-Proxy Version', 'kubeProxyVersion']];
/** resourcehelper IsStandardContainerResourceName and IsHugePageResourceName. */
const isHugePages = (r) => r.startsWith('hugepages-');
const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage']);
/** The format a sum keeps: that of the first quantity written for the resource (Quantity.Add keeps the receiver's). */
function formatOf(pods, resource) {
    for (const p of pods)
        for (const c of [...(p.spec.initContainers ?? []), ...p.spec.containers]) {
            const q = c.resources?.requests?.[resource] ?? c.resources?.limits?.[resource];
            if (q !== undefined)
                return quantityFormat(q);
        }
    return 'DecimalSI';
}
/** Go's int64(float64(a) / float64(b) * 100): truncated toward zero. */
const percent = (a, b) => Math.trunc((a / b) * 100);
/**
 * `kubectl describe node` (describe.go describeNode and describeNodeResource, kubectl 1.34):
 * the node, its Lease, conditions, addresses, capacity, system info, the non-terminated pods
 * with their requests and limits as a share of allocatable, the totals, and its Events.
 */
export function describeNode(node, ctx, events, startTime, now) {
    const w = new DescribeWriter(startTime, now);
    const md = node.metadata, st = node.status;
    w.write(0, `Name:\t${md.name}\n`);
    w.write(0, `Roles:\t${nodeRoles(node)}\n`);
    printLabels(w, 'Labels', md.labels);
    printAnnotations(w, 'Annotations', md.annotations);
    w.write(0, `CreationTimestamp:\t${w.time(md.creationTimestamp ?? 0)}\n`);
    printTaints(w, 'Taints', node.spec.taints);
    w.write(0, `Unschedulable:\t${node.spec.unschedulable === true}\n`);
    // describeNodeLease: the kubelet's Lease in kube-node-lease names the node and is renewed, never acquired.
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${md.name}\n`);
    w.write(1, 'AcquireTime:\t<unset>\n');
    w.write(1, `RenewTime:\t${ctx.renewTime === undefined ? '<unset>' : w.time(ctx.renewTime)}\n`);
    if (st.conditions.length) {
        w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
        w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
        for (const c of st.conditions)
            w.write(1, `${c.type} \t${c.status} \t${w.time(c.lastHeartbeatTime ?? 0)} \t` +
                `${w.time(c.lastTransitionTime ?? 0)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
    w.write(0, 'Addresses:\n');
    for (const a of st.addresses)
        w.write(1, `${a.type}:\t${a.address}\n`);
    for (const [title, list] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]]) {
        const names = Object.keys(list).sort();
        if (!names.length)
            continue;
        w.write(0, `${title}:\n`);
        for (const n of names)
            w.write(0, `  ${n}:\t${quantityString(list[n])}\n`);
    }
    w.write(0, 'System Info:\n');
    for (const [label, field] of SYSTEM_INFO)
        w.write(0, `  ${label}:\t${st.nodeInfo?.[field] ?? ''}\n`);
    if (node.spec.podCIDR)
        w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if (node.spec.podCIDRs?.length)
        w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
    if (node.spec.providerID)
        w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
    describeNodeResource(w, node, ctx.pods);
    describeEvents(w, events);
    return w.toString();
}
function describeNodeResource(w, node, pods) {
    const allocList = Object.keys(node.status.allocatable).length ? node.status.allocatable : node.status.capacity;
    const alloc = (r) => (allocList[r] === undefined ? 0 : toCanonical(r, allocList[r]));
    const q = (r, v) => formatQuantity(v ?? 0, resourceScale(r), formatOf(pods, r));
    w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
    w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
    w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
    const reqs = {}, limits = {};
    for (const p of pods) {
        const req = podRequests(p.spec), lim = podLimits(p.spec);
        for (const [k, v] of Object.entries(req))
            reqs[k] = (reqs[k] ?? 0) + v;
        for (const [k, v] of Object.entries(lim))
            limits[k] = (limits[k] ?? 0) + v;
        const cell = (r, a) => `${formatQuantity(a[r] ?? 0, resourceScale(r), formatOf([p], r))} (${percent(a[r] ?? 0, alloc(r))}%)`;
        w.write(1, `${p.metadata.namespace}\t${p.metadata.name}\t\t${cell('cpu', req)}\t${cell('cpu', lim)}\t` +
            `${cell('memory', req)}\t${cell('memory', lim)}\t${since(w.now, p.metadata.creationTimestamp)}\n`);
    }
    w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
    w.write(1, 'Resource\tRequests\tLimits\n');
    w.write(1, '--------\t--------\t------\n');
    const share = (r, v) => (alloc(r) ? percent(v ?? 0, alloc(r)) : 0);
    for (const r of ['cpu', 'memory', 'ephemeral-storage'])
        w.write(1, `${r}\t${q(r, reqs[r])} (${share(r, reqs[r])}%)\t` +
            `${q(r, limits[r])} (${share(r, limits[r])}%)\n`);
    const names = Object.keys(allocList).sort();
    for (const r of names.filter(isHugePages))
        w.write(1, `${r}\t${q(r, reqs[r])} (${share(r, reqs[r])}%)\t` +
            `${q(r, limits[r])} (${share(r, limits[r])}%)\n`);
    for (const r of names.filter((x) => !isHugePages(x) && !STANDARD.has(x) && x !== 'pods')) {
        w.write(1, `${r}\t${q(r, reqs[r])}\t${q(r, limits[r])}\n`);
    }
}
