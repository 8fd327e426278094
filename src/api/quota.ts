/**
 * What a ResourceQuota counts, as Kubernetes' quota evaluators define it
 * (pkg/quota/v1/evaluator/core/pods.go for pods; the generic object-count evaluator for the rest).
 * Pure functions of one object: the API server's admission and the resource quota controller
 * both read usage from here.
 */
import { scaledValue } from './quantity.js';
import { quantityFormat } from './quantityFormat.js';
import { podLimits, podRequests, qosClass, type Amounts } from './resources.js';
import type { KubeObject, PodSpec, ResourceList } from './types.js';

/** core/v1 ResourceQuotaScope values. */
export const QUOTA_SCOPES = ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass',
  'CrossNamespacePodAffinity', 'VolumeAttributesClass'];

/** Millis for the cpu names (cpu, requests.cpu, limits.cpu), whole units for the rest. */
export const quotaScale = (resource: string): 0 | -3 => (/(^|\.)cpu$/.test(resource) ? -3 : 0);

/** Quota names that may count pods' compute resources (pods.go podComputeResources + object counts). */
const isPodCompute = (r: string): boolean => ['cpu', 'memory', 'ephemeral-storage'].includes(r)
  || r.startsWith('requests.') || r.startsWith('limits.') || r.startsWith('hugepages-');
const isPodCount = (r: string): boolean => r === 'pods' || r === 'count/pods';

/**
 * Whether a quota holding `scope` may name `resource` (validation's "unsupported scope applied to
 * resource"): a BestEffort quota counts only pods, since BestEffort pods request nothing.
 */
export function scopeAllows(scope: string, resource: string): boolean {
  if (scope === 'BestEffort') return isPodCount(resource);
  if (scope === 'VolumeAttributesClass') return true;
  return isPodCount(resource) || isPodCompute(resource);
}

/** The hard-limit names a pod is measured against (the pod evaluator's MatchingResources). */
export const countsForPods = (resource: string): boolean => isPodCount(resource) || isPodCompute(resource);

// Specs are immutable and shared by the pods of a template (admission): memoised per spec object.
const scopeFactsCache = new WeakMap<PodSpec, PodScopeFacts>();
const usageCache = new WeakMap<PodSpec, Readonly<Amounts>>();

/**
 * A pod's usage (pods.go PodUsageFunc / podComputeUsageHelper): one pod; cpu and memory requests
 * under both their bare and `requests.` names, limits under `limits.`; extended resources and
 * hugepages by request only. Amounts in quotaScale units.
 */
export function podUsage(spec: PodSpec): Readonly<Amounts> {
  const hit = usageCache.get(spec);
  if (hit) return hit;
  const req = podRequests(spec), lim = podLimits(spec);
  const u: Amounts = { pods: 1, 'count/pods': 1 };
  for (const r of ['cpu', 'memory', 'ephemeral-storage']) {
    if (req[r] !== undefined) { u[r] = req[r]; u[`requests.${r}`] = req[r]; }
    if (lim[r] !== undefined) u[`limits.${r}`] = lim[r];
  }
  for (const [r, v] of Object.entries(req)) {
    if (r === 'cpu' || r === 'memory' || r === 'ephemeral-storage' || r === 'pods') continue;
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
export function missingPodConstraints(spec: PodSpec, tracked: readonly string[]): string | undefined {
  const required = tracked.filter((r) => VALIDATION_SET.includes(r));
  if (required.length === 0) return undefined;
  const missing = new Map<string, Set<string>>();
  for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
    const req = c.resources?.requests ?? {}, lim = c.resources?.limits ?? {};
    const has = (r: string): boolean => (r.startsWith('limits.') ? lim[r.slice(7)] !== undefined
      : req[r.replace(/^requests\./, '')] !== undefined);
    for (const r of required) if (!has(r)) {
      if (!missing.has(r)) missing.set(r, new Set());
      missing.get(r)!.add(c.name);
    }
  }
  if (missing.size === 0) return undefined;
  return `must specify ${[...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort()
    .join(',')}`).join('; ')}`;
}

export interface ScopeSelectorRequirement {
  readonly scopeName: string;
  readonly operator: string;
  readonly values?: readonly string[];
}

export interface ResourceQuota extends KubeObject {
  readonly spec?: { readonly hard?: ResourceList; readonly scopes?: readonly string[];
    readonly scopeSelector?: { readonly matchExpressions?: readonly ScopeSelectorRequirement[] } };
  readonly status?: { readonly hard?: ResourceList; readonly used?: ResourceList };
}

/** A quota's scopes as selector requirements (resource_quota getScopeSelectorsFromQuota). */
export function quotaScopeSelectors(q: ResourceQuota): ScopeSelectorRequirement[] {
  return [...(q.spec?.scopes ?? []).map((scopeName) => ({ scopeName, operator: 'Exists' })),
    ...(q.spec?.scopeSelector?.matchExpressions ?? [])];
}

const crossNamespaceAffinity = (spec: PodSpec): boolean =>
  [spec.affinity?.podAffinity, spec.affinity?.podAntiAffinity].some((a) => [
    ...(a?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
    ...(a?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => w.podAffinityTerm),
  ].some((t) => t.namespaceSelector !== undefined || (t.namespaces?.length ?? 0) > 0));

/**
 * What the pod evaluator's scopes look at in a pod (pods.go podMatchesScopeFunc): pods alike in
 * these are selected by the same quotas, so usage can be kept per class of them.
 */
export interface PodScopeFacts {
  readonly terminating: boolean;
  readonly bestEffort: boolean;
  readonly crossNamespaceAffinity: boolean;
  readonly priorityClassName: string;
}

export function podScopeFacts(spec: PodSpec): PodScopeFacts {
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
export const scopeClassKey = (f: PodScopeFacts): string =>
  `${f.terminating ? 'T' : '-'}${f.bestEffort ? 'B' : '-'}${f.crossNamespaceAffinity ? 'X' : '-'}|` +
    `${f.priorityClassName}`;

/** pods.go podMatchesScopeFunc: whether one scope requirement selects pods with these facts. */
function podMatchesScope(f: PodScopeFacts, sel: ScopeSelectorRequirement): boolean {
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
export const quotaSelectsScope = (q: ResourceQuota, f: PodScopeFacts): boolean =>
  quotaScopeSelectors(q).every((s) => podMatchesScope(f, s));

/** Whether every scope of the quota selects the pod. */
export const quotaSelectsPod = (q: ResourceQuota, spec: PodSpec): boolean => quotaSelectsScope(q, podScopeFacts(spec));

/** What the live pods of one scope class use (summed podUsage), with the facts their scopes look at. */
export interface PodClassUsage {
  readonly scope: PodScopeFacts;
  readonly used: Readonly<Amounts>;
}

/**
 * What a namespace uses, kept as facts arrive so that a quota's usage is a sum over a few pod
 * classes instead of a walk over every pod: with every create and every quota sync walking all
 * pods, a namespace of n pods under a quota cost O(n^2). Kubernetes' quota controller lists the
 * namespace's pods per sync too, but its admission plugin adds each request to status.used as it
 * admits it (resource_access.go, controller.go CheckRequest); this is that running total.
 * Kept only for namespaces that have (had) a ResourceQuota: the first one's arrival counts what
 * is there once.
 */
export interface NamespaceUsage {
  /** Scope class key (scopeClassKey) -> usage of the non-terminal pods of that class. */
  readonly pods: Readonly<Record<string, PodClassUsage>>;
  /** resource (plural) -> how many objects of it the namespace holds. */
  readonly objects: Readonly<Record<string, number>>;
  /** What its PersistentVolumeClaims use (pvcUsage summed); absent until a claim is counted. */
  readonly claims?: Readonly<Amounts>;
}

/** The storage class quota names' suffix (persistent_volume_claims.go V1ResourceByStorageClass). */
const STORAGE_CLASS_SUFFIX = '.storageclass.storage.k8s.io/';

/**
 * A PersistentVolumeClaim's usage (pkg/quota/v1/evaluator/core/persistent_volume_claims.go Usage):
 * one claim under `persistentvolumeclaims` and `count/persistentvolumeclaims`, its storage request
 * under `requests.storage`, and both again under its storage class's names
 * (`<class>.storageclass.storage.k8s.io/requests.storage`, `.../persistentvolumeclaims`).
 */
export function pvcUsage(pvc: KubeObject): Amounts {
  const spec = (pvc.spec ?? {}) as { storageClassName?: string; resources?: { requests?: ResourceList } };
  const storage = spec.resources?.requests?.storage;
  const cls = spec.storageClassName ?? pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
  const u: Amounts = { persistentvolumeclaims: 1, 'count/persistentvolumeclaims': 1 };
  if (storage !== undefined) u['requests.storage'] = scaledValue(storage, 0);
  if (cls) {
    u[`${cls}${STORAGE_CLASS_SUFFIX}persistentvolumeclaims`] = 1;
    if (storage !== undefined) u[`${cls}${STORAGE_CLASS_SUFFIX}requests.storage`] = scaledValue(storage, 0);
  }
  return u;
}

/** Whether a quota name is measured from claims (storage), not pods or object counts. */
export const countsForClaims = (r: string): boolean => r === 'requests.storage' || r.includes(STORAGE_CLASS_SUFFIX);

/** Core resources a quota also counts under their bare name (`configmaps: "10"`), as before count/ names. */
export const LEGACY_COUNTED: readonly string[] = ['configmaps', 'secrets', 'services', 'persistentvolumeclaims',
  'replicationcontrollers', 'resourcequotas'];

/**
 * The quota names an object of `resource` (plural) in `group` is counted under by the generic
 * object-count evaluator: `count/<resource>[.<group>]`, and the legacy core names.
 */
export function objectCountNames(resource: string, group: string): string[] {
  const names = [group ? `count/${resource}.${group}` : `count/${resource}`];
  if (!group && LEGACY_COUNTED.includes(resource)) names.push(resource);
  return names;
}

/** A ResourceList in quota units, and which names were written in binary units (for printing). */
export function quotaAmounts(list: ResourceList | undefined): { amounts: Amounts; binary: Set<string> } {
  const amounts: Amounts = {}, binary = new Set<string>();
  for (const [r, q] of Object.entries(list ?? {})) {
    amounts[r] = scaledValue(q, quotaScale(r));
    if (quantityFormat(q) === 'BinarySI') binary.add(r);
  }
  return { amounts, binary };
}
