/**
 * The NamespaceLifecycle admission plugin (plugin/pkg/admission/namespace/lifecycle): nothing is
 * created in a namespace that does not exist or is being deleted.
 */
import { SYSTEM_NAMESPACES } from '../api/bootstrap.js';
import { getObject, listObjects, objectCount } from '../reducers/state.js';
/**
 * An API Forbidden error's message (apimachinery errors.NewForbidden): `pods "web-" is forbidden:
 * why`, `pods is forbidden: why` without a name. `resource` is qualified by its group
 * (`replicasets.apps`). Admission sees a generateName create under its generateName prefix, so a
 * ReplicaSet's refused pods read `pods "web-7d8f6c9b54-" is forbidden`.
 */
export const forbidden = (resource, name, why) => (name ? `${resource} "${name}" is forbidden: ${why}` : `${resource} is forbidden: ${why}`);
/**
 * Why a create of `resource` named `name` in `ns` is refused, in the API server's words, or
 * undefined: NotFound for a missing namespace, Forbidden for one being deleted (lifecycle.go
 * Admit). `pending` holds the namespaces the same batch creates first (one `kubectl apply` of a
 * folder with its Namespace).
 */
export function namespaceRefusal(state, ns, resource, name, pending) {
    if (SYSTEM_NAMESPACES.includes(ns) || pending?.has(ns))
        return undefined;
    const o = getObject(state, 'namespaces', ns);
    if (!o)
        return `namespaces "${ns}" not found`;
    if (o.metadata.deletionTimestamp !== undefined)
        return forbidden(resource, name, 'unable to create new content '
            + `in namespace ${ns} because it is being terminated`);
    return undefined;
}
/** The finalizer the namespace controller removes once a deleted namespace is empty (core/v1 FinalizerKubernetes). */
export const FINALIZER_KUBERNETES = 'kubernetes';
/**
 * A Namespace as the API server stores it (pkg/registry/core/namespace/strategy.go): a create gets
 * phase Active and the `kubernetes` finalizer in spec.finalizers (PrepareForCreate); an update keeps
 * the stored finalizers and status (PrepareForUpdate).
 */
export function namespaceStored(ns, existing) {
    if (existing)
        return { ...ns, spec: { ...ns.spec,
                finalizers: existing.spec?.finalizers ?? [] },
            status: existing.status };
    const spec = (ns.spec ?? {});
    const finalizers = spec.finalizers ?? [];
    return { ...ns, spec: { ...spec, finalizers: finalizers.includes(FINALIZER_KUBERNETES) ? finalizers
                : [...finalizers, FINALIZER_KUBERNETES] }, status: { phase: 'Active' } };
}
/**
 * A Namespace delete (namespace/storage/storage.go Delete): with finalizers it only gets its
 * deletionTimestamp and phase Terminating (the namespace controller empties it); without, it goes
 * at once. Undefined when it is being deleted already.
 */
export function namespaceOnDelete(ns, now) {
    if (ns.metadata.deletionTimestamp !== undefined)
        return undefined;
    if ((ns.spec?.finalizers ?? []).length === 0)
        return 'deleted';
    return { ...ns, metadata: { ...ns.metadata, deletionTimestamp: now },
        status: { ...ns.status, phase: 'Terminating' } };
}
/** Whether the namespace is being deleted (Terminating): creates in it are refused. */
export const namespaceTerminating = (state, ns) => getObject(state, 'namespaces', ns)?.metadata.deletionTimestamp !== undefined;
const byName = (a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
/**
 * The stored objects of `resource` in namespace `ns`, with those the same batch creates first
 * (`pending`) in place of stored ones of the same name, in name order: the LimitRanges and
 * ResourceQuotas an admission plugin applies to a create.
 */
export function policyObjectsIn(state, resource, ns, pending) {
    const inNs = (o) => (o.metadata.namespace ?? 'default') === ns;
    const pendingHere = pending.filter(inNs);
    if (objectCount(state, resource) === 0 && pendingHere.length === 0)
        return [];
    const names = new Set(pendingHere.map((o) => o.metadata.name));
    return [...listObjects(state, resource).filter((o) => inNs(o) && !names.has(o.metadata.name)),
        ...pendingHere].sort(byName);
}
