/**
 * What every cluster holds from the API server's start, before any manifest: the system
 * namespaces and the `default/kubernetes` Service. kubesim does not store them (they are the same
 * in every run and no fact makes them); the read paths (`kubesim get`, `kubesim serve`, `run
 * --output json`) show them where a stored object of the same key does not replace them, as
 * `kubectl get ns` and `kubectl get svc -A` list them on a new cluster.
 */
import { KUBERNETES_SERVICE_IP } from './defaults/service.js';
import { fnv1a32 } from '../util/hash.js';
import { asUid, keyOf, type Uid } from './ids.js';
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

/** A fixed uid per bootstrap object (a real cluster's are random; kubesim's are the same in every run). */
const uidOf = (what: string): Uid => {
  const hex = [0, 1, 2, 3].map((i) => fnv1a32(`bootstrap/${i}/${what}`).toString(16).padStart(8, '0')).join('');
  return asUid(
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`);
};

/** A system Namespace as the API server stores it: Active, with the `kubernetes` finalizer. */
const namespace = (name: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Namespace',
  metadata: { name, uid: uidOf(`namespaces/${name}`), creationTimestamp: 0 },
  spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' },
} as KubeObject);

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
    ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
} as KubeObject;

const BOOTSTRAP: Readonly<Record<string, readonly KubeObject[]>> = {
  namespaces: SYSTEM_NAMESPACES.map(namespace),
  services: [kubernetesService],
};

/** The bootstrap objects of a resource (the same objects on every call: they never change). */
export const bootstrapObjects = (resource: string): readonly KubeObject[] => BOOTSTRAP[resource] ?? [];


/** The stored objects plus the bootstrap objects whose key no stored object holds. */
export function withBootstrap(resource: string, stored: readonly KubeObject[], has: (key: string) => boolean):
  KubeObject[] {
  const extra = bootstrapObjects(resource).filter((o) => !has(keyOf(o)));
  return extra.length ? [...stored, ...extra] : stored as KubeObject[];
}

/** The bootstrap object of a resource at `key`, if any. */
export const bootstrapObject = (resource: string, key: string): KubeObject | undefined =>
  bootstrapObjects(resource).find((o) => keyOf(o) === key);
