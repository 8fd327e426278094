import type { KubeObject } from '../api/types.js';
import { type ClusterState } from '../reducers/state.js';
/**
 * An API Forbidden error's message (apimachinery errors.NewForbidden): `pods "web-" is forbidden:
 * why`, `pods is forbidden: why` without a name. `resource` is qualified by its group
 * (`replicasets.apps`). Admission sees a generateName create under its generateName prefix, so a
 * ReplicaSet's refused pods read `pods "web-7d8f6c9b54-" is forbidden`.
 */
export declare const forbidden: (resource: string, name: string, why: string) => string;
/**
 * Why a create of `resource` named `name` in `ns` is refused, in the API server's words, or
 * undefined: NotFound for a missing namespace, Forbidden for one being deleted (lifecycle.go
 * Admit). `pending` holds the namespaces the same batch creates first (one `kubectl apply` of a
 * folder with its Namespace).
 */
export declare function namespaceRefusal(state: ClusterState, ns: string, resource: string, name: string, pending?: ReadonlySet<string>): string | undefined;
/** The finalizer the namespace controller removes once a deleted namespace is empty (core/v1 FinalizerKubernetes). */
export declare const FINALIZER_KUBERNETES = "kubernetes";
/**
 * A Namespace as the API server stores it (pkg/registry/core/namespace/strategy.go): a create gets
 * phase Active and the `kubernetes` finalizer in spec.finalizers (PrepareForCreate); an update keeps
 * the stored finalizers and status (PrepareForUpdate).
 */
export declare function namespaceStored(ns: KubeObject, existing: KubeObject | undefined): KubeObject;
/**
 * A Namespace delete (namespace/storage/storage.go Delete): with finalizers it only gets its
 * deletionTimestamp and phase Terminating (the namespace controller empties it); without, it goes
 * at once. Undefined when it is being deleted already.
 */
export declare function namespaceOnDelete(ns: KubeObject, now: number): KubeObject | 'deleted' | undefined;
/** Whether the namespace is being deleted (Terminating): creates in it are refused. */
export declare const namespaceTerminating: (state: ClusterState, ns: string) => boolean;
/**
 * The stored objects of `resource` in namespace `ns`, with those the same batch creates first
 * (`pending`) in place of stored ones of the same name, in name order: the LimitRanges and
 * ResourceQuotas an admission plugin applies to a create.
 */
export declare function policyObjectsIn<T extends KubeObject>(state: ClusterState, resource: string, ns: string, pending: readonly T[]): T[];
