/**
 * The ResourceQuota admission plugin (apiserver admission/plugin/resourcequota, controller.go
 * CheckRequest): a create in a namespace with quotas is refused when it would take a tracked
 * amount past a quota's hard limit, or when a cpu/memory quota finds a container without the
 * request or limit it tracks.
 */
import { countsForClaims, countsForPods, LEGACY_COUNTED, pvcUsage, missingPodConstraints, podScopeFacts, podUsage,
  quotaAmounts, quotaScale,
  quotaSelectsPod, quotaSelectsScope, type PodClassUsage, type ResourceQuota } from '../api/quota.js';
import { podCountsForQuota } from '../reducers/quotaUsage.js';
import { formatQuantity } from '../api/quantityFormat.js';
import type { Amounts } from '../api/resources.js';
import type { PodSpec } from '../api/types.js';
import { bootstrapCountIn, objectEntries, objectKeys, type ClusterState } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { policyObjectsIn } from './namespaces.js';

/**
 * The quotas of a namespace, in name order (one request is checked against each); `pending` are
 * the quotas the same batch creates first.
 */
export const quotasIn = (state: ClusterState, ns: string, pending: readonly ResourceQuota[] = []): ResourceQuota[] =>
  policyObjectsIn(state, 'resourcequotas', ns, pending);

/** The `count/...` or legacy name's resource (plural), or undefined for a name that counts no objects. */
function countedResource(r: string): string | undefined {
  const m = /^count\/([^.]+)(?:\.(.+))?$/.exec(r);
  if (m) return m[1];
  return LEGACY_COUNTED.includes(r) ? r : undefined;
}

/**
 * What a quota's namespace uses now of the names the quota tracks: the live pods its scopes select,
 * and the stored objects its `count/...` names count. The resource quota controller's recalculation,
 * read from the namespace's running total (reducers/quotaUsage.ts): a sum over a few pod classes.
 * A namespace without one yet (its first quota is being created in this batch) is counted from
 * what is stored.
 */
export function quotaUsed(state: ClusterState, q: ResourceQuota): Amounts {
  const ns = q.metadata.namespace ?? 'default';
  const hard = Object.keys(q.spec?.hard ?? {});
  const used: Amounts = Object.fromEntries(hard.map((r) => [r, 0]));
  const entry = state.quotaUsage.peek(ns);
  const podTotals = entry ? Object.values(entry.pods) : podClassesOf(state, ns);
  if (hard.some(countsForPods)) {
    for (const c of podTotals) {
      if (!quotaSelectsScope(q, c.scope)) continue;
      for (const r of hard) if (c.used[r] !== undefined) used[r] += c.used[r];
    }
  }
  if (hard.some(countsForClaims)) {
    const claims = entry ? entry.claims ?? {} : claimsOf(state, ns);
    for (const r of hard) if (countsForClaims(r)) used[r] = claims[r] ?? 0;
  }
  for (const r of hard) {
    const resource = countedResource(r);
    if (resource === undefined || resource === 'pods') continue;
    used[r] = (entry ? entry.objects[resource] ?? 0 : objectKeys(state, resource).filter((k) => k.startsWith(`${ns}/`))
      .length) + bootstrapCountIn(state, resource, ns);
  }
  return used;
}

/** What a namespace's claims use, counted from the stored claims (no running total yet). */
function claimsOf(state: ClusterState, ns: string): Amounts {
  const sum: Amounts = {};
  for (const [k, pvc] of objectEntries(state, 'persistentvolumeclaims')) {
    if (!k.startsWith(`${ns}/`)) continue;
    for (const [r, v] of Object.entries(pvcUsage(pvc))) sum[r] = (sum[r] ?? 0) + v;
  }
  return sum;
}

/** The pod classes of a namespace counted from every stored pod (no running total yet). */
function podClassesOf(state: ClusterState, ns: string): PodClassUsage[] {
  const out: PodClassUsage[] = [];
  for (const p of tvalues(state.pods)) {
    if ((p.metadata.namespace ?? 'default') !== ns || !podCountsForQuota(p)) continue;
    out.push({ scope: podScopeFacts(p.spec), used: podUsage(p.spec) });
  }
  return out;
}

/**
 * Usage admitted against one state snapshot, per quota (namespace/name): the API server adds each admitted
 * request to the quota's usage before the next request is checked, and the creations of one
 * batch (a `kubectl apply`, a controller's burst) are all checked against the same snapshot.
 * Keyed by the immutable snapshot, so a new snapshot starts again from what the pods show.
 */
const admitted = new WeakMap<ClusterState, Map<string, Amounts>>();

function usageOf(state: ClusterState, q: ResourceQuota): Amounts {
  let byQuota = admitted.get(state);
  if (!byQuota) admitted.set(state, (byQuota = new Map()));
  const key = `${q.metadata.namespace ?? 'default'}/${q.metadata.name}`;
  let u = byQuota.get(key);
  if (!u) byQuota.set(key, (u = quotaUsed(state, q)));
  return u;
}

function prettyPrint(a: Amounts, names: readonly string[], binary: ReadonlySet<string>): string {
  return [...names].sort().map((r) => `${r}=${formatQuantity(a[r] ?? 0, quotaScale(r),
    binary.has(r) ? 'BinarySI' : 'DecimalSI')}`).join(',');
}

/**
 * Checks a request's usage (`delta`) against every quota of the namespace that `selects` it and
 * records it when all allow it. Returns Kubernetes' refusal text, or undefined.
 */
function check(state: ClusterState, quotas: readonly ResourceQuota[], delta: Amounts,
  constraint: (q: ResourceQuota, tracked: string[]) => string | undefined): string | undefined {
  const plans: [Amounts, Amounts][] = [];
  for (const q of quotas) {
    const tracked = Object.keys(q.spec?.hard ?? {}).filter((r) => delta[r] !== undefined || countsForPods(r));
    const failed = constraint(q, tracked);
    if (failed) return `failed quota: ${q.metadata.name}: ${failed}`;
  }
  for (const q of quotas) {
    const { amounts: hard, binary } = quotaAmounts(q.spec?.hard);
    const requested = Object.keys(hard).filter((r) => (delta[r] ?? 0) !== 0);
    if (requested.length === 0) continue;
    const used = usageOf(state, q);
    const exceeded = requested.filter((r) => (used[r] ?? 0) + delta[r] > hard[r]);
    if (exceeded.length) return `exceeded quota: ${q.metadata.name}, requested: ${prettyPrint(delta, exceeded,
      binary)}, used: ${prettyPrint(used, exceeded, binary)}, limited: ${prettyPrint(hard, exceeded, binary)}`;
    plans.push([used, Object.fromEntries(requested.map((r) => [r, delta[r]]))]);
  }
  for (const [used, add] of plans) for (const [r, v] of Object.entries(add)) used[r] = (used[r] ?? 0) + v;
  return undefined;
}

/** Admission of a pod create: undefined when admitted (its usage is then recorded), else the refusal. */
export function admitPodQuota(state: ClusterState, ns: string, spec: PodSpec,
  pending: readonly ResourceQuota[] = []): string | undefined {
  const quotas = quotasIn(state, ns, pending).filter((q) => quotaSelectsPod(q, spec));
  if (quotas.length === 0) return undefined;
  return check(state, quotas, podUsage(spec), (_q, tracked) => missingPodConstraints(spec, tracked));
}

/**
 * Admission of another object's create: its usage (the generic object-count evaluator's
 * `count/...` names, a claim's storage names) against the namespace's unscoped quotas.
 */
export function admitObjectQuota(state: ClusterState, ns: string, delta: Amounts,
  pending: readonly ResourceQuota[] = []): string | undefined {
  const quotas = quotasIn(state, ns, pending).filter((q) => quotaScopeless(q));
  if (quotas.length === 0) return undefined;
  return check(state, quotas, delta, () => undefined);
}
const quotaScopeless = (q: ResourceQuota): boolean =>
  !q.spec?.scopes?.length && !q.spec?.scopeSelector?.matchExpressions?.length;
