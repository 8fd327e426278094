/**
 * A Service as the API server stores it: SetDefaults_Service (pkg/apis/core/v1/defaults.go) and
 * what the Service registry allocates (pkg/registry/core/service/storage/alloc.go). Pure.
 */
import { fnv1a32 } from '../../util/hash.js';
import { isObj, or, specOf, withSpec } from './util.js';
/** kubeadm's default serviceSubnet (cmd/kubeadm/app/constants DefaultServicesSubnet): 10.96.0.0/12. */
const SERVICE_CIDR_BASE = (10 << 24) | (96 << 16);
const SERVICE_CIDR_SIZE = 1 << 20;
/**
 * KEP-3070 (ipallocator calculateRangeOffset: min(max(16, size/16), 256)): dynamic ClusterIPs come
 * from above the band kept for static ones. The allocator's range starts after the network address
 * and ends before the broadcast address (size - 2 usable addresses).
 */
const IP_BAND = Math.min(Math.max(16, SERVICE_CIDR_SIZE / 16), 256);
/**
 * --service-node-port-range default 30000-32767; KEP-3668 (portallocator calculateRangeOffset:
 * min(max(16, size/32), 128)): dynamic ports above that offset.
 */
const NODE_PORT_BASE = 30000, NODE_PORT_SIZE = 2768;
const PORT_BAND = Math.min(Math.max(16, Math.floor(NODE_PORT_SIZE / 32)), 128);
const ipOf = (n) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
/**
 * The `kubernetes` Service's ClusterIP: the service range's first address (controlplane
 * ServiceIPRange: GetIndexedIP(serviceClusterIPRange, 1)), 10.96.0.1 under kubeadm's defaults.
 */
export const KUBERNETES_SERVICE_IP = ipOf(SERVICE_CIDR_BASE + 1);
/**
 * The ClusterIP the allocator gives a Service: it picks a free address of the dynamic band at
 * random; kubesim draws it from the Service's uid (itself from the seeded generator), so a run
 * gives the same address every time. Collisions between Services are not checked.
 */
export const allocatedClusterIP = (uid) => ipOf(SERVICE_CIDR_BASE + 1 + IP_BAND + (fnv1a32(`clusterIP/${uid}`) % (SERVICE_CIDR_SIZE - 2 - IP_BAND)));
const allocatedNodePort = (uid, i) => NODE_PORT_BASE + PORT_BAND + (fnv1a32(`nodePort/${uid}/${i}`) % (NODE_PORT_SIZE - PORT_BAND));
/**
 * SetDefaults_Service: type ClusterIP, sessionAffinity None, each port's protocol TCP and targetPort
 * its port, externalTrafficPolicy Cluster when externally reachable, internalTrafficPolicy Cluster,
 * allocateLoadBalancerNodePorts true for a LoadBalancer; then the registry's allocations: a ClusterIP
 * (none for ExternalName; `None` stays headless), ipFamilies [IPv4] with SingleStack, node ports for
 * NodePort and LoadBalancer Services, and an empty status.loadBalancer.
 */
export function defaultService(o) {
    const s = specOf(o);
    const type = or(s.type, 'ClusterIP');
    const uid = o.metadata.uid ?? o.metadata.name;
    const external = type === 'NodePort' || type === 'LoadBalancer';
    const nodePorts = external && (type !== 'LoadBalancer' || s.allocateLoadBalancerNodePorts !== false);
    const ports = Array.isArray(s.ports) ? s.ports.map((p, i) => {
        if (!isObj(p))
            return p;
        const out = { ...p, protocol: or(p.protocol, 'TCP'), targetPort: or(p.targetPort, p.port) };
        if (nodePorts && out.nodePort === undefined)
            out.nodePort = allocatedNodePort(uid, i);
        return out;
    }) : s.ports;
    const spec = { ...s, type, sessionAffinity: or(s.sessionAffinity, 'None'), ...(ports ? { ports } : {}) };
    if (type !== 'ExternalName') {
        const ip = or(s.clusterIP, allocatedClusterIP(uid));
        Object.assign(spec, { clusterIP: ip, clusterIPs: or(s.clusterIPs, [ip]), ipFamilies: or(s.ipFamilies, ['IPv4']),
            ipFamilyPolicy: or(s.ipFamilyPolicy, 'SingleStack'), internalTrafficPolicy: or(s.internalTrafficPolicy, 'Cluster') });
    }
    const externalIPs = Array.isArray(s.externalIPs) && s.externalIPs.length > 0;
    if (external || externalIPs)
        spec.externalTrafficPolicy = or(s.externalTrafficPolicy, 'Cluster');
    if (type === 'LoadBalancer')
        spec.allocateLoadBalancerNodePorts = or(s.allocateLoadBalancerNodePorts, true);
    return { ...withSpec(o, spec), status: isObj(o.status) ? o.status : { loadBalancer: {} } };
}
