/**
 * What the controller manager puts in every namespace as soon as it exists: the `kube-root-ca.crt`
 * ConfigMap (root-ca-cert-publisher) and the `default` ServiceAccount (serviceaccounts-controller).
 * Like the other bootstrap objects (bootstrap.ts) they are not stored and no fact makes them: the
 * read paths show them for each namespace that exists, where no stored object has their key.
 */
import { bootstrapUid } from './bootstrapUid.js';
import type { KubeObject } from './types.js';

/**
 * pkg/controller/certificates/rootcacertpublisher/publisher.go: RootCACertConfigMapName,
 * DescriptionAnnotation and Description.
 */
export const ROOT_CA_CONFIG_MAP = 'kube-root-ca.crt';
const DESCRIPTION_ANNOTATION = 'kubernetes.io/description';
const ROOT_CA_DESCRIPTION = 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal '
  + 'endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across '
  + 'distributions of Kubernetes clusters.';

/**
 * pkg/controller/serviceaccount/serviceaccounts_controller.go DefaultServiceAccountsControllerOptions:
 * one ServiceAccount, `default`, in every active namespace (no token Secret since Kubernetes 1.24).
 */
export const DEFAULT_SERVICE_ACCOUNT = 'default';

type Made = (namespace: KubeObject) => KubeObject;

const meta = (resource: string, name: string, ns: KubeObject): KubeObject['metadata'] => ({
  name, namespace: ns.metadata.name,
  uid: bootstrapUid(`${resource}/${ns.metadata.name}/${name}/${ns.metadata.uid ?? ''}`),
  creationTimestamp: ns.metadata.creationTimestamp,
} as KubeObject['metadata']);

/**
 * syncNamespace: data `ca.crt`, the cluster's root CA bundle. kubesim serve speaks plain HTTP and
 * has no certificate authority, so the bundle is empty.
 */
const rootCAConfigMap: Made = (ns) => ({
  apiVersion: 'v1', kind: 'ConfigMap',
  metadata: { ...meta('configmaps', ROOT_CA_CONFIG_MAP, ns),
    annotations: { [DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION } },
  data: { 'ca.crt': '' },
} as KubeObject);

const defaultServiceAccount: Made = (ns) => ({
  apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('serviceaccounts', DEFAULT_SERVICE_ACCOUNT, ns),
} as KubeObject);

/** Per resource: the name of the object every namespace holds, and how it is made from the namespace. */
export const NAMESPACE_BOOTSTRAP: Readonly<Record<string, { readonly name: string; readonly make: Made }>> = {
  configmaps: { name: ROOT_CA_CONFIG_MAP, make: rootCAConfigMap },
  serviceaccounts: { name: DEFAULT_SERVICE_ACCOUNT, make: defaultServiceAccount },
};

/** Made once per namespace (name and uid) and resource: the same object on every read, until the namespace goes. */
const MADE = new Map<string, KubeObject>();
const MADE_KEPT = 100_000;
const EVER_MADE = new WeakSet<KubeObject>();

/** Whether `o` was made here (and is not a stored object of the same key). */
export const isNamespaceObject = (o: KubeObject): boolean => EVER_MADE.has(o);

/** The object of `resource` that namespace `ns` holds from its creation, if the resource has one. */
export function namespaceObject(resource: string, ns: KubeObject): KubeObject | undefined {
  const b = NAMESPACE_BOOTSTRAP[resource];
  if (!b) return undefined;
  const id = `${resource}|${ns.metadata.name}|${ns.metadata.uid ?? ''}|${ns.metadata.creationTimestamp ?? ''}`;
  let o = MADE.get(id);
  if (!o) {
    if (MADE.size >= MADE_KEPT) MADE.clear();
    o = b.make(ns);
    MADE.set(id, o);
    EVER_MADE.add(o);
  }
  return o;
}
