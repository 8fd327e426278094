/**
 * What a ResourceQuota counts, as Kubernetes' quota evaluators define it
 * (pkg/quota/v1/evaluator/core/pods.go for pods; the generic object-count evaluator for the rest).
 * Pure functions of one object: the API server's admission and the resource quota controller
 * both read usage from here.
 */
import { scaledValue } from './quantity.js';
import { quantityFormat } from './quantityFormat.js';
import { podLimits, podRequests, qosClass } from './resources.js';
/** core/v1 ResourceQuotaScope values. */
export const QUOTA_SCOPES = ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass',
    'CrossNamespacePodAffinity', 'VolumeAttributesClass'];
/** Millis for the cpu names (cpu, requests.cpu, limits.cpu), whole units for the rest. */
export const quotaScale = (resource) => (/(^|\.)cpu$/.test(resource) ? -3 : 0);
/** Quota names that may count pods' compute resources (pods.go podComputeResources + object counts). */
const isPodCompute = (r) => ['cpu', 'memory', 'ephemeral-storage'].includes(r)
    || r.startsWith('requests.') || r.startsWith('limits.') || r.startsWith('hugepages-');
const isPodCount = (r) => r === 'pods' || r === 'count/pods';
/**
 * Whether a quota holding `scope` may name `resource` (validation's "unsupported scope applied to
 * resource"): a BestEffort quota counts only pods, since BestEffort pods request nothing.
 */
export function scopeAllows(scope, resource) {
    if (scope === 'BestEffort')
        return isPodCount(resource);
    if (scope === 'VolumeAttributesClass')
        return true;
    return isPodCount(resource) || isPodCompute(resource);
}
/** The hard-limit names a pod is measured against (the pod evaluator's MatchingResources). */
export const countsForPods = (resource) => isPodCount(resource) || isPodCompute(resource);
// Specs are immutable and shared by the pods of a template (admission): memoised per spec object.
const scopeFactsCache = new WeakMap();
const usageCache = new WeakMap();
/**
 * A pod's usage (pods.go PodUsageFunc / podComputeUsageHelper): one pod; cpu and memory requests
 * under both their bare and `requests.` names, limits under `limits.`; extended resources and
 * hugepages by request only. Amounts in quotaScale units.
 */
export function podUsage(spec) {
    const hit = usageCache.get(spec);
    if (hit)
        return hit;
    const req = podRequests(spec), lim = podLimits(spec);
    const u = { pods: 1, 'count/pods': 1 };
    for (const r of ['cpu', 'memory', 'ephemeral-storage']) {
        if (req[r] !== undefined) {
            u[r] = req[r];
            u[`requests.${r}`] = req[r];
        }
        if (lim[r] !== undefined)
            u[`limits.${r}`] = lim[r];
    }
    for (const [r, v] of Object.entries(req)) {
        if (r === 'cpu' || r === 'memory' || r === 'ephemeral-storage' || r === 'pods')
            continue;
        u[`requests.${r}`] = v;
    }
    usageCache.set(spec, Object.freeze(u));
    return u;
}
/**
 * The names a container must set when a quota tracks them (pods.go Constraints, "BACKWARD
 * COMPATIBILITY REQUIREMENT"): a quota on cpu or memory requests or limits requires every
 * container and init container to state that request or limit.
 */
const VALIDATION_SET = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];
/** "must specify limits.cpu for: a,b; requests.memory for: a", or undefined when every container complies. */
export function missingPodConstraints(spec, tracked) {
    const required = tracked.filter((r) => VALIDATION_SET.includes(r));
    if (required.length === 0)
        return undefined;
    const missing = new Map();
    for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
        const req = c.resources?.requests ?? {}, lim = c.resources?.limits ?? {};
        const has = (r) => (r.startsWith('limits.') ? lim[r.slice(7)] !== undefined
            : req[r.replace(/^requests\./, '')] !== undefined);
        for (const r of required)
            if (!has(r)) {
                if (!missing.has(r))
                    missing.set(r, new Set());
                missing.get(r).add(c.name);
            }
    }
    if (missing.size === 0)
        return undefined;
    return `must specify ${[...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)].sort()
        .join(',')}`).join('; ')}`;
}
/** A quota's scopes as selector requirements (resource_quota getScopeSelectorsFromQuota). */
export function quotaScopeSelectors(q) {
    return [...(q.spec?.scopes ?? []).map((scopeName) => ({ scopeName, operator: 'Exists' })),
        ...(q.spec?.scopeSelector?.matchExpressions ?? [])];
}
const crossNamespaceAffinity = (spec) => [spec.affinity?.podAffinity, spec.affinity?.podAntiAffinity].some((a) => [
    ...(a?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
    ...(a?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => w.podAffinityTerm),
].some((t) => t.namespaceSelector !== undefined || (t.namespaces?.length ?? 0) > 0));
export function podScopeFacts(spec) {
    let f = scopeFactsCache.get(spec);
    if (!f) {
        const deadline = spec.activeDeadlineSeconds;
        f = { terminating: deadline !== undefined && deadline >= 0, bestEffort: qosClass(spec) === 'BestEffort',
            crossNamespaceAffinity: crossNamespaceAffinity(spec), priorityClassName: spec.priorityClassName ?? '' };
        scopeFactsCache.set(spec, f);
    }
    return f;
}
/** The class key of PodScopeFacts (one entry of a namespace's usage per class). */
export const scopeClassKey = (f) => `${f.terminating ? 'T' : '-'}${f.bestEffort ? 'B' : '-'}${f.crossNamespaceAffinity ? 'X' : '-'}|` +
    `${f.priorityClassName}`;
/** pods.go podMatchesScopeFunc: whether one scope requirement selects pods with these facts. */
function podMatchesScope(f, sel) {
    switch (sel.scopeName) {
        case 'Terminating': return f.terminating;
        case 'NotTerminating': return !f.terminating;
        case 'BestEffort': return f.bestEffort;
        case 'NotBestEffort': return !f.bestEffort;
        case 'CrossNamespacePodAffinity': return f.crossNamespaceAffinity;
        case 'PriorityClass': {
            const name = f.priorityClassName;
            switch (sel.operator) {
                case 'In': return (sel.values ?? []).includes(name);
                case 'NotIn': return !(sel.values ?? []).includes(name);
                case 'Exists': return name !== '';
                case 'DoesNotExist': return name === '';
                default: return false;
            }
        }
        default: return false;
    }
}
/** Whether every scope of the quota selects pods with these facts (an unscoped quota selects every pod). */
export const quotaSelectsScope = (q, f) => quotaScopeSelectors(q).every((s) => podMatchesScope(f, s));
/** Whether every scope of the quota selects the pod. */
export const quotaSelectsPod = (q, spec) => quotaSelectsScope(q, podScopeFacts(spec));
/** The storage class quota names' suffix (persistent_volume_claims.go V1ResourceByStorageClass). */
const STORAGE_CLASS_SUFFIX = '.storageclass.storage.k8s.io/';
/**
 * A PersistentVolumeClaim's usage (pkg/quota/v1/evaluator/core/persistent_volume_claims.go Usage):
 * one claim under `persistentvolumeclaims` and `count/persistentvolumeclaims`, its storage request
 * under `requests.storage`, and both again under its storage class's names
 * (`<class>.storageclass.storage.k8s.io/requests.storage`, `.../persistentvolumeclaims`).
 */
export function pvcUsage(pvc) {
    const spec = (pvc.spec ?? {});
    const storage = spec.resources?.requests?.storage;
    const cls = spec.storageClassName ?? pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
    const u = { persistentvolumeclaims: 1, 'count/persistentvolumeclaims': 1 };
    if (storage !== undefined)
        u['requests.storage'] = scaledValue(storage, 0);
    if (cls) {
        u[`${cls}${STORAGE_CLASS_SUFFIX}persistentvolumeclaims`] = 1;
        if (storage !== undefined)
            u[`${cls}${STORAGE_CLASS_SUFFIX}requests.storage`] = scaledValue(storage, 0);
    }
    return u;
}
/** Whether a quota name is measured from claims (storage), not pods or object counts. */
export const countsForClaims = (r) => r === 'requests.storage' || r.includes(STORAGE_CLASS_SUFFIX);
/** Core resources a quota also counts under their bare name (`configmaps: "10"`), as before count/ names. */
export const LEGACY_COUNTED = ['configmaps', 'secrets', 'services', 'persistentvolumeclaims',
    'replicationcontrollers', 'resourcequotas'];
/**
 * The quota names an object of `resource` (plural) in `group` is counted under by the generic
 * object-count evaluator: `count/<resource>[.<group>]`, and the legacy core names.
 */
export function objectCountNames(resource, group) {
    const names = [group ? `count/${resource}.${group}` : `count/${resource}`];
    if (!group && LEGACY_COUNTED.includes(resource))
        names.push(resource);
    return names;
}
/** A ResourceList in quota units, and which names were written in binary units (for printing). */
export function quotaAmounts(list) {
    const amounts = {}, binary = new Set();
    for (const [r, q] of Object.entries(list ?? {})) {
        amounts[r] = scaledValue(q, quotaScale(r));
        if (quantityFormat(q) === 'BinarySI')
            binary.add(r);
    }
    return { amounts, binary };
}
