import type { Affinity, KubeObject, LabelSelector, Labels, Node, OwnerReference, Pod, PodTemplateSpec, Taint,
  Toleration } from '../api/types.js';
import { nodeSelectorTermsMatch } from '../api/nodeSelector.js';
import type { Outbox } from '../decider/outbox.js';
import type { ClusterEvent } from '../events/index.js';
import type { Rng } from '../clock/rng.js';
import { objectKey, type Millis, type ObjectKey, type Uid, NO_UID } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import { uidSetKeys } from '../reducers/uidSet.js';
import { orphanIndexKeys } from '../reducers/pods.js';
import { objectEntries, objectCount, dependentsOf } from '../reducers/state.js';

/**
 * Helpers shared by the workload controllers, after kube-controller-manager's
 * pkg/controller/controller_utils.go and pkg/api/v1/pod/util.go.
 */

/** controller_utils.go SlowStartInitialBatchSize: the first batch of a slow-start create. */
export const SLOW_START_INITIAL_BATCH_SIZE = 1;

/** Pods that count toward replicas: not Succeeded/Failed and not being deleted (controller_utils.go IsPodActive). */
export const isPodActive = (p: Pod): boolean =>
  p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed' && p.metadata.deletionTimestamp === undefined;

export const isPodTerminating = (p: Pod): boolean => p.metadata.deletionTimestamp !== undefined;

/** pkg/api/v1/pod/util.go IsPodReady: the Ready condition is True. */
export const isPodReady = (p: Pod): boolean => p.status.conditions.some((c) => c.type === 'Ready'
  && c.status === 'True');

/** When the Ready condition last became True, or undefined. */
export function podReadyTime(p: Pod): Millis | undefined {
  const c = p.status.conditions.find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime;
}

/**
 * pkg/api/v1/pod/util.go IsPodAvailable: ready, and ready for at least minReadySeconds
 * (`lastTransitionTime + minReadySeconds < now`; minReadySeconds 0 means ready is enough).
 */
export function isPodAvailable(p: Pod, minReadySeconds: number, now: Millis): boolean {
  if (!isPodReady(p)) return false;
  if (minReadySeconds === 0) return true;
  const t = podReadyTime(p);
  return t !== undefined && t + minReadySeconds * 1000 < now;
}

/** When a ready pod becomes available (for requeue after minReadySeconds), or undefined. */
export function availableAt(p: Pod, minReadySeconds: number): Millis | undefined {
  const t = podReadyTime(p);
  return t === undefined ? undefined : t + minReadySeconds * 1000 + 1;
}

/** apimachinery labels.SelectorFromSet / metav1.LabelSelectorAsSelector semantics. */
export function selectorMatches(sel: LabelSelector | Labels | undefined, labels: Labels | undefined,
  isMap = false): boolean {
  const l = labels ?? {};
  if (!sel) return false;
  if (isMap) return Object.entries(sel as Labels).every(([k, v]) => l[k] === v);
  const s = sel as LabelSelector;
  const ml = s.matchLabels ?? {};
  const me = s.matchExpressions ?? [];
  // An empty LabelSelector matches everything; a nil one (handled above) matches nothing.
  for (const [k, v] of Object.entries(ml)) if (l[k] !== v) return false;
  for (const r of me) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const vals = r.values ?? [];
    switch (r.operator) {
      case 'In': if (!has || !vals.includes(l[r.key])) return false; break;
      case 'NotIn': if (has && vals.includes(l[r.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
    }
  }
  return true;
}

/** metav1.NewControllerRef: what controllers set on what they create. */
export function newControllerRef(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid ?? NO_UID,
    controller: true, blockOwnerDeletion: true };
}

export const controllerRefOf = (o: { metadata: { ownerReferences?: readonly OwnerReference[] } }): OwnerReference
  | undefined =>
  o.metadata.ownerReferences?.find((r) => r.controller);

/** The pods whose controller is `uid` (the podsByOwner index), in index order. */
export function podsOwnedBy(state: ClusterState, uid: Uid): Pod[] {
  const out: Pod[] = [];
  for (const u of uidSetKeys(tget(state.podsByOwner, uid))) { const p = tget(state.pods, u); if (p) out.push(p); }
  return out;
}

/** Pods without a controller, in a namespace (candidates for adoption). */
export function orphanPods(state: ClusterState, namespace: string): Pod[] {
  if (state.orphanPodCount === 0) return [];
  return orphanIndexKeys().flatMap((k) => podsOwnedBy(state, k)).filter((p) =>
    (p.metadata.namespace ?? 'default') === namespace);
}


/** A pod object by `namespace/name`. */
export function podByKey(state: ClusterState, key: ObjectKey): Pod | undefined {
  const uid = tget(state.podUids, key);
  return uid ? tget(state.pods, uid) : undefined;
}

/**
 * ControllerRefManager.ClaimPods (controller_ref_manager.go): keeps owned pods that still match,
 * releases owned pods that stopped matching, adopts matching orphans. Emits PodMetadataChanged
 * for each adoption or release and returns the pods the owner now controls.
 */
export function claimPods(state: ClusterState, out: Outbox, owner: KubeObject, matches: (p: Pod) => boolean,
  filter: (p: Pod) => boolean = () => true): Pod[] {
  const uid = owner.metadata.uid ?? NO_UID;
  const claimed: Pod[] = [];
  for (const p of podsOwnedBy(state, uid)) {
    if (!filter(p)) continue;
    if (matches(p)) { claimed.push(p); continue; }
    if (isPodTerminating(p)) continue; // releasing a pod that is going away is pointless (ReleasePod skips it)
    releasePod(out, p, uid);
  }
  claimed.push(...adoptOrphans(state, out, owner, matches, filter));
  return claimed;
}

/** ControllerRefManager ReleasePod: drops the owner's reference from a pod that stopped matching. */
export function releasePod(out: Outbox, p: Pod, ownerUid: Uid): void {
  const refs = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid);
  out.emit({ type: 'PodMetadataChanged', at: out.now, pod: objectKey(p.metadata.namespace, p.metadata.name),
    uid: p.metadata.uid!, ownerReferences: refs });
}

/**
 * ControllerRefManager AdoptPod for every matching orphan in the owner's namespace; returns the adopted pods as they
 * will be.
 */
export function adoptOrphans(state: ClusterState, out: Outbox, owner: KubeObject, matches: (p: Pod) => boolean,
  filter: (p: Pod) => boolean = () => true): Pod[] {
  if (owner.metadata.deletionTimestamp !== undefined) return []; // a terminating owner adopts nothing
  const adopted: Pod[] = [];
  for (const p of orphanPods(state, owner.metadata.namespace ?? 'default')) {
    if (!filter(p) || isPodTerminating(p) || !matches(p)) continue;
    const refs = [...(p.metadata.ownerReferences ?? []), newControllerRef(owner)];
    out.emit({ type: 'PodMetadataChanged', at: out.now, pod: objectKey(p.metadata.namespace, p.metadata.name),
      uid: p.metadata.uid!, ownerReferences: refs });
    adopted.push({ ...p, metadata: { ...p.metadata, ownerReferences: refs } });
  }
  return adopted;
}

/** JSON with object keys sorted: a stable text of a value for hashing and comparison. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:` +
    `${canonicalJson(o[k])}`).join(',')}}`;
}

/**
 * Whether canonicalJson(a) === canonicalJson(b), without building either text: every controller
 * compares the status it computed with the stored one at every sync (updateStatus), and the
 * texts were a tenth of a Deployment sync. Objects: the same own keys whose values are not
 * undefined, with equal values; arrays: equal length and items; anything else by its JSON text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return canonicalJson(a) === canonicalJson(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  let n = 0;
  for (const k of Object.keys(x)) {
    const v = x[k];
    if (v === undefined) continue;
    n++;
    if (y[k] === undefined || !Object.prototype.hasOwnProperty.call(y, k) || !sameJson(v, y[k])) return false;
  }
  for (const k of Object.keys(y)) if (y[k] !== undefined) n--;
  return n === 0;
}

export const deepEqual = sameJson;

/**
 * canonicalJson memoised by object identity. State objects are immutable (immer freezes them),
 * so a template's text never changes while the object lives; the cache holds no order or
 * randomness, only a pure function's results.
 */
const canonicalCache = new WeakMap<object, string>();
export function canonicalJsonOf(v: unknown): string {
  if (v === null || typeof v !== 'object') return canonicalJson(v);
  let s = canonicalCache.get(v);
  if (s === undefined) { s = canonicalJson(v); canonicalCache.set(v, s); }
  return s;
}

/** Emits ObjectStatusUpdated only when the status differs (so a second sync emits nothing). */
export function updateStatus(out: Outbox, resource: string, obj: KubeObject, status: unknown): void {
  if (deepEqual(obj.status, status)) return;
  out.emit({ type: 'ObjectStatusUpdated', at: out.now, resource,
    key: objectKey(obj.metadata.namespace, obj.metadata.name), status });
}

/**
 * Writes a child or changed object the way the API server stores an update: uid and
 * creationTimestamp kept (or minted), generation bumped when the spec changed.
 */
export function writeObject(out: Outbox, rng: Rng, resource: string, next: KubeObject, prev: KubeObject
  | undefined): KubeObject {
  const specChanged = !prev || !sameJson(prev.spec, next.spec);
  const obj: KubeObject = {
    ...next,
    metadata: {
      ...next.metadata,
      namespace: next.metadata.namespace ?? 'default',
      uid: prev?.metadata.uid ?? next.metadata.uid ?? rng.uuid(),
      creationTimestamp: prev?.metadata.creationTimestamp ?? next.metadata.creationTimestamp ?? out.now,
      generation: prev ? (prev.metadata.generation ?? 1) + (specChanged ? 1 : 0) : 1,
    },
  };
  if (prev && sameJson(prev, obj)) return prev;
  out.emit({ type: 'ObjectApplied', at: out.now, resource, key: objectKey(obj.metadata.namespace, obj.metadata.name),
    object: obj });
  return obj;
}

/**
 * The delay before a failed sync's retry on client-go's default controller rate limiter
 * (workqueue.DefaultControllerRateLimiter: per item 5 ms * 2^failures, capped at 1000 s), when the
 * failures began at `since` and the retries have come since: after k retries 5 * (2^k - 1) ms have
 * passed, so the next delay is that plus 5 ms. Undefined once `maxRetries` retries are spent (the
 * controller's handleErr then forgets the key until an event brings it back).
 */
export function rateLimitedRetryDelay(since: number, now: number, maxRetries: number): number | undefined {
  const delay = Math.min(now - since + RATE_LIMITER_BASE_MS, RATE_LIMITER_MAX_MS);
  return delay > RATE_LIMITER_BASE_MS * 2 ** (maxRetries - 1) ? undefined : delay;
}
const RATE_LIMITER_BASE_MS = 5;
const RATE_LIMITER_MAX_MS = 1_000_000;

/** A user-facing event, as kube-controller-manager's recorder writes it. */
export function recordEvent(out: Outbox, resource: string, obj: KubeObject, reason: string, message: string,
  eventType: 'Normal' | 'Warning' = 'Normal'): void {
  out.emit({ type: 'ControllerEvent', at: out.now, resource, key: objectKey(obj.metadata.namespace, obj.metadata.name),
    reason, message, ...(eventType === 'Warning' ? { eventType } : {}) });
}

/**
 * controller_utils.go slowStartBatch: runs `count` creations in batches of 1, 2, 4, ... and
 * stops after the first batch with a failure. Returns how many succeeded and the first error.
 */
export function slowStartBatch(count: number, initialBatchSize: number, fn: (i: number) => string
  | undefined): { successes: number; error?: string } {
  let remaining = count, successes = 0, i = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let error: string | undefined;
    for (let j = 0; j < batch; j++) { const e = fn(i++); if (e === undefined) successes++; else error ??= e; }
    if (error !== undefined) return { successes, error };
    remaining -= batch;
  }
  return { successes };
}

/** intstr.GetScaledValueFromIntOrPercent: an int, or a percentage of `total` rounded up or down. */
export function scaledValue(v: number | string | undefined, total: number, roundUp: boolean, dflt: number
  | string): number {
  const x = v ?? dflt;
  if (typeof x === 'number') return x;
  const m = /^(\d+)%$/.exec(x);
  if (!m) { const n = Number(x); return Number.isInteger(n) ? n : 0; }
  const f = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(f) : Math.floor(f);
}

/** The template's pod labels with extra labels (pod-template-hash, controller-revision-hash). */
export function templateLabels(t: PodTemplateSpec, extra: Labels = {}): Labels {
  return { ...(t.metadata?.labels ?? {}), ...extra };
}

/** Creation time order, oldest first, ties by name (controller.PodsByCreationTimestamp). */
export const byCreation = <T extends { metadata: { creationTimestamp?: number; name: string } }>(a: T, b: T): number =>
  (a.metadata.creationTimestamp ?? 0) - (b.metadata.creationTimestamp ?? 0)
    || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);

/** The objects of one resource whose controller is `uid` (the objectsByOwner index), by creation. */
export function objectsOwnedBy(state: ClusterState, resource: string, uid: Uid): KubeObject[] {
  return dependentsOf(state, uid, resource).map((d) => d.object).filter((o) => controllerRefOf(o)?.uid === uid).sort(
    byCreation);
}

// ---- node matching (component-helpers/scheduling/corev1: nodeaffinity, taints) ----

/** nodeaffinity.GetRequiredNodeAffinity(pod).Match(node): nodeSelector and required node affinity. */
export function nodeMatchesPodAffinity(spec: { nodeSelector?: Labels; affinity?: Affinity }, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(spec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const req = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req && !nodeSelectorTermsMatch(req.nodeSelectorTerms, labels, node.metadata.name)) return false;
  return true;
}

/** v1helper.TolerationsTolerateTaint, with the list first (the controllers' call shape). */
export { tolerationsTolerateTaint as toleratesTaint, findUntoleratedTaint } from '../api/tolerations.js';
