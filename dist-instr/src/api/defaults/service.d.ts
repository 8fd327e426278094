import type { KubeObject } from '../types.js';
/**
 * The `kubernetes` Service's ClusterIP: the service range's first address (controlplane
 * ServiceIPRange: GetIndexedIP(serviceClusterIPRange, 1)), 10.96.0.1 under kubeadm's defaults.
 */
export declare const KUBERNETES_SERVICE_IP: string;
/**
 * The ClusterIP the allocator gives a Service: it picks a free address of the dynamic band at
 * random; kubesim draws it from the Service's uid (itself from the seeded generator), so a run
 * gives the same address every time. Collisions between Services are not checked.
 */
export declare const allocatedClusterIP: (uid: string) => string;
/**
 * SetDefaults_Service: type ClusterIP, sessionAffinity None, each port's protocol TCP and targetPort
 * its port, externalTrafficPolicy Cluster when externally reachable, internalTrafficPolicy Cluster,
 * allocateLoadBalancerNodePorts true for a LoadBalancer; then the registry's allocations: a ClusterIP
 * (none for ExternalName; `None` stays headless), ipFamilies [IPv4] with SingleStack, node ports for
 * NodePort and LoadBalancer Services, and an empty status.loadBalancer.
 */
export declare function defaultService<T extends KubeObject>(o: T): T;
