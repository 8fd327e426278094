import type { KubeObject } from './types.js';
/**
 * `default`, `kube-system`, `kube-public` and `kube-node-lease`
 * (pkg/controlplane/controller/systemnamespaces; `default` is made by the kubernetes-service controller).
 */
export declare const SYSTEM_NAMESPACES: readonly string[];
/**
 * Namespaces the NamespaceLifecycle admission plugin never lets go (admission/plugin/namespace/lifecycle
 * immortalNamespaces): a delete is Forbidden, `this namespace may not be deleted`.
 */
export declare const IMMORTAL_NAMESPACES: readonly string[];
/** lifecycle.go Admit's refusal of a delete of an immortal namespace (errors.NewForbidden's message). */
export declare const immortalRefusal: (name: string) => string | undefined;
/** The bootstrap objects of a resource (the same objects on every call: they never change). */
export declare const bootstrapObjects: (resource: string) => readonly KubeObject[];
/** The stored objects plus the bootstrap objects whose key no stored object holds. */
export declare function withBootstrap(resource: string, stored: readonly KubeObject[], has: (key: string) => boolean): KubeObject[];
/** The bootstrap object of a resource at `key`, if any. */
export declare const bootstrapObject: (resource: string, key: string) => KubeObject | undefined;
