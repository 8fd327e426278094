import type { Draft } from 'immer';
import { podScopeFacts, podUsage, pvcUsage, scopeClassKey, type NamespaceUsage,
  type PodClassUsage } from '../api/quota.js';
import type { Amounts } from '../api/resources.js';
import type { KubeObject, Pod } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';
import { current, freeze, isAutoFreeze, isDraft } from './immer.js';
import type { ClusterState } from './state.js';
import type { Table } from './table.js';
import { writable } from './workloads.js';

type D = Draft<ClusterState>;
const namespaceOf = (key: string): string => key.slice(0, key.indexOf('/'));
/** A pod counts against quota until it is terminal (pods.go QuotaV1Pod). */
export const podCountsForQuota = (p: Pod): boolean => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

const usageTable = (s: D): Table<NamespaceUsage> =>
  writable<NamespaceUsage>(s as unknown as Record<string, Table<unknown>>, 'quotaUsage');
const frozen = <T>(v: T): T => (isAutoFreeze() ? freeze(v, true) : v);

function addPod(pods: Record<string, PodClassUsage>, pod: Pod, sign: 1 | -1): void {
  const scope = podScopeFacts(pod.spec), key = scopeClassKey(scope);
  const used: Amounts = { ...(pods[key]?.used ?? {}) };
  for (const [r, v] of Object.entries(podUsage(pod.spec))) used[r] = (used[r] ?? 0) + sign * v;
  if ((used.pods ?? 0) <= 0) delete pods[key];
  else pods[key] = { scope, used };
}

/** Adds (or takes away) one pod in its namespace's entry, when the namespace keeps one. */
function countPod(s: D, pod: Pod, sign: 1 | -1): void {
  const ns = pod.metadata.namespace ?? 'default';
  const entry = (s.quotaUsage as Table<NamespaceUsage>).peek(ns);
  if (!entry) return;
  const pods = { ...entry.pods };
  addPod(pods, pod, sign);
  usageTable(s).set(ns, frozen({ pods, objects: entry.objects }));
}

function countObject(s: D, ns: string, resource: string, delta: number): void {
  const entry = (s.quotaUsage as Table<NamespaceUsage>).peek(ns);
  if (!entry) return;
  usageTable(s).set(ns, frozen({ ...entry, objects: { ...entry.objects,
    [resource]: (entry.objects[resource] ?? 0) + delta } }));
}

const addAmounts = (to: Amounts, a: Readonly<Amounts>, sign: 1 | -1): void => {
  for (const [r, v] of Object.entries(a)) to[r] = (to[r] ?? 0) + sign * v;
};

/** A claim's usage replaced (`before` -> `after`, either absent) in its namespace's entry. */
function countClaim(s: D, ns: string, before: KubeObject | undefined, after: KubeObject | undefined): void {
  const entry = (s.quotaUsage as Table<NamespaceUsage>).peek(ns);
  if (!entry) return;
  const claims: Amounts = { ...(entry.claims ?? {}) };
  if (before) addAmounts(claims, pvcUsage(before), -1);
  if (after) addAmounts(claims, pvcUsage(after), 1);
  usageTable(s).set(ns, frozen({ ...entry, claims }));
}

/** The namespace's usage counted from what is stored: once, when its first ResourceQuota arrives. */
function countNamespace(s: D, ns: string): NamespaceUsage {
  const pods: Record<string, PodClassUsage> = {};
  for (const v of s.pods.values()) {
    const p = (isDraft(v) ? current(v as object) : v) as Pod;
    if ((p.metadata.namespace ?? 'default') === ns && podCountsForQuota(p)) addPod(pods, p, 1);
  }
  const objects: Record<string, number> = {};
  const prefix = `${ns}/`;
  const claims: Amounts = {};
  for (const [k, pvc] of (s.objects.persistentvolumeclaims as Table<KubeObject> | undefined)?.entries() ?? []) {
    if (k.startsWith(prefix)) addAmounts(claims, pvcUsage(pvc), 1);
  }
  for (const [resource, t] of Object.entries(s.objects as unknown as Record<string, Table<unknown>>)) {
    let n = 0;
    for (const k of t.keys()) if (k.startsWith(prefix)) n++;
    if (n) objects[resource] = n;
  }
  return { pods, objects, claims };
}

/**
 * Called when a pod's phase changes (podUpdate.ts refresh, PodStatusPatched): a pod that became
 * terminal frees its share. `pod` has the new phase (its spec and namespace are what they were).
 */
export function podPhaseChanged(s: D, pod: Pod, before: Pod['status']['phase']): void {
  if (!isTerminalPhase(before) && isTerminalPhase(pod.status.phase)) countPod(s, pod, -1);
}
const isTerminalPhase = (phase: Pod['status']['phase'] | undefined): boolean => phase === 'Succeeded'
  || phase === 'Failed';

/** Runs before the pod and object reducers: it reads what a delete removes and whether an apply creates. */
export const quotaUsageReducers = {
  PodCreated(s, e) {
    if (podCountsForQuota(e.object)) countPod(s, e.object, 1);
  },
  PodDeleted(s, e) {
    const pod = (s.pods as Table<Pod>).latest(e.uid);
    if (!pod) return;
    const p = (isDraft(pod) ? current(pod as object) : pod) as Pod;
    if (podCountsForQuota(p)) countPod(s, p, -1);
  },
  ObjectApplied(s, e) {
    if (!e.key.includes('/')) return;
    const ns = namespaceOf(e.key);
    if (e.resource === 'resourcequotas' && !(s.quotaUsage as Table<NamespaceUsage>).has(ns)) {
      usageTable(s).set(ns, frozen(countNamespace(s, ns)));
    }
    const before = (s.objects[e.resource] as Table<KubeObject> | undefined)?.peek(e.key);
    if (!before) countObject(s, ns, e.resource, 1);
    if (e.resource === 'persistentvolumeclaims') countClaim(s, ns, before, e.object);
  },
  ObjectDeleted(s, e) {
    const before = (s.objects[e.resource] as Table<KubeObject> | undefined)?.peek(e.key);
    if (!e.key.includes('/') || !before) return;
    countObject(s, namespaceOf(e.key), e.resource, -1);
    if (e.resource === 'persistentvolumeclaims') countClaim(s, namespaceOf(e.key), before, undefined);
  },
} satisfies CaseReducers;
