/**
 * What every cluster holds from the API server's start, before any manifest: the system
 * namespaces, the `default/kubernetes` Service with its Endpoints and EndpointSlice, and in every
 * namespace what namespaceBootstrap.ts lists. kubesim does not store them (they are the same
 * in every run and no fact makes them); the read paths (`kubesim get`, `kubesim serve`, `run
 * --output json`) show them where a stored object of the same key does not replace them, as
 * `kubectl get ns` and `kubectl get svc -A` list them on a new cluster.
 */
import { KUBERNETES_SERVICE_IP } from './defaults/service.js';
import { bootstrapUid as uidOf } from './bootstrapUid.js';
import { keyOf } from './ids.js';
import { isNamespaceObject, NAMESPACE_BOOTSTRAP, namespaceObject } from './namespaceBootstrap.js';
import type { KubeObject } from './types.js';

/**
 * `default`, `kube-system`, `kube-public` and `kube-node-lease`
 * (pkg/controlplane/controller/systemnamespaces; `default` is made by the kubernetes-service controller).
 */
export const SYSTEM_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Namespaces the NamespaceLifecycle admission plugin never lets go (admission/plugin/namespace/lifecycle
 * immortalNamespaces): a delete is Forbidden, `this namespace may not be deleted`.
 */
export const IMMORTAL_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public'];

/** lifecycle.go Admit's refusal of a delete of an immortal namespace (errors.NewForbidden's message). */
export const immortalRefusal = (name: string): string | undefined => (IMMORTAL_NAMESPACES.includes(name)
  ? `namespaces "${name}" is forbidden: this namespace may not be deleted` : undefined);

/** A system Namespace as the API server stores it: Active, with the `kubernetes` finalizer. */
const namespace = (name: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Namespace',
  metadata: { name, uid: uidOf(`namespaces/${name}`), creationTimestamp: 0 },
  spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' },
} as KubeObject);

/**
 * The API server's --secure-port default (cmd/kube-apiserver/app/options: 6443), where the
 * `kubernetes` Service sends its port 443.
 */
const APISERVER_PORT = 6443;
/**
 * pkg/controlplane/controller/kubernetesservice CreateOrUpdateMasterServiceIfNeeded: port `https`
 * 443/TCP to the API server's secure port 6443, labels provider=kubernetes and component=apiserver,
 * the service range's first address.
 */
const kubernetesService: KubeObject = {
  apiVersion: 'v1', kind: 'Service',
  metadata: { name: 'kubernetes', namespace: 'default', uid: uidOf('services/default/kubernetes'),
    labels: { component: 'apiserver', provider: 'kubernetes' }, creationTimestamp: 0 },
  spec: { type: 'ClusterIP', clusterIP: KUBERNETES_SERVICE_IP, sessionAffinity: 'None',
    ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: APISERVER_PORT }] },
} as KubeObject;

/**
 * The address the API server advertises (--advertise-address: on kubeadm, the control-plane
 * node's InternalIP). kubesim has no control-plane node: its API server is at 10.0.0.2, on the
 * nodes' network below their first address (10.0.0.4, apiserver/apply.ts completeNode).
 */
export const APISERVER_ADDRESS = '10.0.0.2';

/**
 * pkg/controlplane/reconcilers/endpointsadapter.go updateEndpoints: one subset, the API servers'
 * addresses and the `https` port, labelled endpointslice.kubernetes.io/skip-mirror (discovery
 * LabelSkipMirror) so the mirroring controller leaves it alone.
 */
const kubernetesEndpoints: KubeObject = {
  apiVersion: 'v1', kind: 'Endpoints',
  metadata: { name: 'kubernetes', namespace: 'default', uid: uidOf('endpoints/default/kubernetes'),
    labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' }, creationTimestamp: 0 },
  subsets: [{ addresses: [{ ip: APISERVER_ADDRESS }], ports: [{ name: 'https', port: APISERVER_PORT,
    protocol: 'TCP' }] }],
} as unknown as KubeObject;

/**
 * endpointsadapter.go updateEndpointSlice: named after the Service, labelled
 * kubernetes.io/service-name (discovery LabelServiceName), one ready endpoint per API server.
 */
const kubernetesEndpointSlice: KubeObject = {
  apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
  metadata: { name: 'kubernetes', namespace: 'default', uid: uidOf('endpointslices/default/kubernetes'),
    labels: { 'kubernetes.io/service-name': 'kubernetes' }, creationTimestamp: 0 },
  addressType: 'IPv4',
  endpoints: [{ addresses: [APISERVER_ADDRESS], conditions: { ready: true } }],
  ports: [{ name: 'https', port: APISERVER_PORT, protocol: 'TCP' }],
} as unknown as KubeObject;

const BOOTSTRAP: Readonly<Record<string, readonly KubeObject[]>> = {
  namespaces: SYSTEM_NAMESPACES.map(namespace),
  services: [kubernetesService],
  endpoints: [kubernetesEndpoints],
  endpointslices: [kubernetesEndpointSlice],
};

/** The namespaces of a cluster (its stored ones and the system ones), for what each of them holds. */
export interface ClusterNamespaces {
  list(): readonly KubeObject[];
  get(name: string): KubeObject | undefined;
}

/** The bootstrap objects of a resource: the same objects on every call while the namespaces stay. */
export function bootstrapObjects(resource: string, namespaces: ClusterNamespaces): readonly KubeObject[] {
  if (!NAMESPACE_BOOTSTRAP[resource]) return BOOTSTRAP[resource] ?? [];
  return namespaces.list().map((ns) => namespaceObject(resource, ns)!);
}

/** The stored objects plus the bootstrap objects whose key no stored object holds. */
export function withBootstrap(resource: string, stored: readonly KubeObject[], has: (key: string) => boolean,
  namespaces: ClusterNamespaces): KubeObject[] {
  const extra = bootstrapObjects(resource, namespaces).filter((o) => !has(keyOf(o)));
  return extra.length ? [...stored, ...extra] : stored as KubeObject[];
}

/** The bootstrap object of a resource at `key`, if any. */
export function bootstrapObject(resource: string, key: string, namespaces: ClusterNamespaces): KubeObject | undefined {
  const each = NAMESPACE_BOOTSTRAP[resource];
  if (!each) return BOOTSTRAP[resource]?.find((o) => keyOf(o) === key);
  const slash = key.indexOf('/');
  const ns = key.slice(slash + 1) === each.name ? namespaces.get(key.slice(0, slash)) : undefined;
  return ns && namespaceObject(resource, ns);
}

/** Whether `o` is one of the bootstrap objects (not a stored object of the same key). */
export const isBootstrapObject = (o: KubeObject): boolean =>
  isNamespaceObject(o) || Object.values(BOOTSTRAP).some((os) => os.includes(o));
