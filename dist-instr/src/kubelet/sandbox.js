/** The node's InternalIP: hostIP of its pods, and podIP of hostNetwork pods. */
export const nodeIP = (n) => n.object.status.addresses.find((a) => a.type === 'InternalIP')?.address
    ?? '';
/**
 * The pause container's IP: the node's pod CIDR (a /24) and its next free host number
 * (`host`, counted by the kubelet from NodeState.nextPodIP, which the PodSandboxReady reducer
 * moves the same way), 2..254 then around again.
 */
export function sandboxIP(n, pod, hostNumber) {
    if (pod.spec.hostNetwork)
        return nodeIP(n);
    const cidr = n.object.spec.podCIDR ?? '10.128.0.0/24';
    let prefix = prefixes.get(cidr);
    if (prefix === undefined) {
        const base = cidr.split('/')[0].split('.');
        prefix = `${base[0]}.${base[1]}.${base[2]}.`;
        prefixes.set(cidr, prefix);
    }
    const host = ((hostNumber - 2) % 253) + 2;
    return `${prefix}${host}`;
}
/** "a.b.c." of each pod CIDR seen: one split per node instead of two per pod. */
const prefixes = new Map();
