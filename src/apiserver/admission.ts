import { retryGeneratedName } from '../api/generatedName.js';
import { defaultPodSpec } from '../api/defaults.js';
import { qosClass } from '../api/resources.js';
import type { Affinity, KubeObject, OwnerReference, Pod, PodSpec, Toleration } from '../api/types.js';
import type { Rng } from '../clock/rng.js';
import type { PodCreated } from '../events/pod.js';
import { objectKey, type Millis, type NodeName } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import { getObject, listObjects, objectCount } from '../reducers/state.js';
import { aggregate } from '../api/problems.js';
import { LIMIT_RANGER_ANNOTATION, limitRangeDefaults, limitRangeViolations,
  type LimitRange } from './limitRanger.js';
import { forbidden, namespaceRefusal, policyObjectsIn } from './namespaces.js';
import { admitPodQuota } from './resourceQuota.js';
import type { ResourceQuota } from '../api/quota.js';
import { SYSTEM_PRIORITY_CLASSES } from '../api/priority.js';

/**
 * DefaultTolerationSeconds admission (plugin/pkg/admission/defaulttolerationseconds): every pod
 * that does not tolerate them gets not-ready and unreachable NoExecute tolerations of 300 s.
 */
export const DEFAULT_NOT_READY_TOLERATION_SECONDS = 300;
export const DEFAULT_UNREACHABLE_TOLERATION_SECONDS = 300;
export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';

/** generateName suffix alphabet and length (apiserver names.SimpleNameGenerator: utilrand.String(5)). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
export function generateName(prefix: string, rng: Rng): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += NAME_ALPHABET[rng.int(0, NAME_ALPHABET.length - 1)];
  return prefix + s;
}

function tolerates(tols: readonly Toleration[], key: string): boolean {
  return tols.some((t) => (t.operator === 'Exists' && (t.key === undefined || t.key === '')
    && (!t.effect || t.effect === 'NoExecute')) || (t.key === key && (!t.effect || t.effect === 'NoExecute')));
}

export function defaultTolerations(tols: readonly Toleration[] | undefined): Toleration[] {
  const out = [...(tols ?? [])];
  if (!tolerates(out, TAINT_NODE_NOT_READY)) out.push({ key: TAINT_NODE_NOT_READY, operator: 'Exists',
    effect: 'NoExecute', tolerationSeconds: DEFAULT_NOT_READY_TOLERATION_SECONDS });
  if (!tolerates(out, TAINT_NODE_UNREACHABLE)) out.push({ key: TAINT_NODE_UNREACHABLE, operator: 'Exists',
    effect: 'NoExecute', tolerationSeconds: DEFAULT_UNREACHABLE_TOLERATION_SECONDS });
  return out;
}

const isEmpty = (o: object): boolean => {
  for (const _ in o) return false;
  return true;
};

/** Priority admission: the pod's priority from its PriorityClass, or the global default, or 0. */
export function resolvePriority(spec: PodSpec, state: ClusterState, pending: Readonly<Record<string,
  KubeObject>> = {}): { priority: number; preemptionPolicy?: string } | { error: string } {
  const name = spec.priorityClassName;
  if (name) {
    if (name in SYSTEM_PRIORITY_CLASSES) return { priority: SYSTEM_PRIORITY_CLASSES[name] };
    const pc = (pending[name] ?? getObject(state, 'priorityclasses', name)) as (KubeObject
      & { value?: number; preemptionPolicy?: string }) | undefined;
    if (!pc) return { error: `no PriorityClass with name ${name} was found` };
    return { priority: pc.value ?? 0, ...(pc.preemptionPolicy ? { preemptionPolicy: pc.preemptionPolicy } : {}) };
  }
  // Classes the same batch created win over stored ones of the same name.
  if (objectCount(state, 'priorityclasses') === 0 && isEmpty(pending)) return { priority: 0 };
  const classes = [...Object.values(pending), ...listObjects(state,
    'priorityclasses').filter((pc) => !(pc.metadata.name in pending))];
  const def = classes.find((pc) => (pc as { globalDefault?: boolean }).globalDefault) as (KubeObject
    & { value?: number; preemptionPolicy?: string }) | undefined;
  return def ? { priority: def.value ?? 0, ...(def.preemptionPolicy ? { preemptionPolicy: def.preemptionPolicy }
    : {}) } : { priority: 0 };
}

/**
 * Pods made from one template share one admitted spec object: defaults and admission depend only
 * on the template, the priority and the namespace's LimitRanges, and specs are immutable. At
 * 150,000 pods from a few templates this keeps memory and immer's freezing proportional to
 * templates, not pods.
 */
interface Admitted { readonly spec: PodSpec; readonly limitRangerNote?: string; readonly violations: string[] }
const specCache = new WeakMap<PodSpec, Map<string, Admitted>>();

function admittedSpec(template: PodSpec, priority: number, preemptionPolicy: string | undefined, nodeName: NodeName
  | undefined, limitRanges: readonly LimitRange[]): Admitted {
  const key = `${priority}/${preemptionPolicy ?? ''}/${limitRanges.map((l) => `${l.metadata.uid}:` +
    `${l.metadata.generation ?? 0}`).join(',')}`;
  let byPriority = nodeName ? undefined : specCache.get(template);
  const hit = byPriority?.get(key);
  if (hit) return hit;
  // Decoding defaults first (requests from limits), then LimitRanger's mutation, as the API server orders them.
  const limited = limitRangeDefaults(defaultPodSpec(template), limitRanges);
  const base = limited.spec;
  const spec: PodSpec = {
    ...base,
    tolerations: defaultTolerations(base.tolerations),
    priority,
    ...(preemptionPolicy ? { preemptionPolicy: preemptionPolicy as PodSpec['preemptionPolicy'] } : {}),
    ...(nodeName ? { nodeName } : {}),
  };
  const admitted: Admitted = { spec, violations: limitRangeViolations(spec, limitRanges),
    ...(limited.annotation ? { limitRangerNote: limited.annotation } : {}) };
  if (!nodeName) {
    if (!byPriority) specCache.set(template, (byPriority = new Map()));
    byPriority.set(key, admitted);
  }
  return admitted;
}

/** Namespace policy objects created by the same batch, not yet in state (one `kubectl apply` of a folder). */
export interface PendingPolicy {
  readonly namespaces: ReadonlySet<string>;
  readonly limitRanges: readonly LimitRange[];
  readonly quotas: readonly ResourceQuota[];
}


export interface AdmitOptions {
  readonly ownerReferences?: readonly OwnerReference[];
  /** Extra labels or annotations a controller sets on what it creates. */
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly name?: string;
  readonly nodeName?: NodeName;
  /**
   * PriorityClasses created by the same request batch but not yet in state (one `kubectl apply`
   * of a file holding both the class and its pods: the class is stored first).
   */
  readonly pendingPriorityClasses?: Readonly<Record<string, KubeObject>>;
  readonly pendingPolicy?: PendingPolicy;
  /**
   * The pod's own affinity, set on the admitted spec in the template's `affinity` key (a DaemonSet
   * pod's node affinity names its node: daemonset_util.go ReplaceDaemonSetPodNodeNameNodeAffinity).
   * No admission step reads affinity, so the pods of one template share its admission (admittedSpec's
   * cache) and differ only there; the spec is the one a template holding this affinity would give.
   */
  readonly affinity?: Affinity;
  /** Pod keys the caller created earlier in the same sync (not in state yet): taken like stored ones. */
  readonly taken?: Set<string>;
}

/** A free generated pod name (retryGeneratedName), avoiding stored pods and the caller's own. */
const freeGeneratedName = (prefix: string, namespace: string, state: ClusterState, rng: Rng,
  taken: ReadonlySet<string> | undefined): string => retryGeneratedName(() => generateName(prefix, rng), (name) => {
  const key = objectKey(namespace, name);
  return tget(state.podUids, key) !== undefined || (taken?.has(key) ?? false);
});

/**
 * Creates a pod the way the API server would: defaults, admission (tolerations, priority), a uid
 * from the seeded stream, status Pending. Returns the PodCreated fact, or an error message
 * (name taken, unknown PriorityClass) that the caller reports.
 */
export function admitPod(manifest: { metadata?: Partial<Pod['metadata']>; spec: PodSpec }, state: ClusterState,
  now: Millis, rng: Rng, opts: AdmitOptions = {}): PodCreated | { error: string } {
  const md = manifest.metadata ?? {};
  const namespace = md.namespace || 'default';
  const name = opts.name ?? md.name
    ?? (md.generateName ? freeGeneratedName(md.generateName, namespace, state, rng, opts.taken) : undefined);
  if (!name) return { error: 'metadata.name or metadata.generateName is required' };
  const key = objectKey(namespace, name);
  // The name admission sees: a generateName create is refused under its prefix (`pods "web-" is forbidden`).
  const shown = opts.name || md.name || md.generateName || name;
  const nsRefusal = namespaceRefusal(state, namespace, 'pods', shown, opts.pendingPolicy?.namespaces);
  if (nsRefusal) return { error: nsRefusal };
  if (tget(state.podUids, key) || opts.taken?.has(key)) return { error: `pods "${name}" already exists` };
  const prio = resolvePriority(manifest.spec, state, opts.pendingPriorityClasses);
  if ('error' in prio) return prio;
  const admitted = admittedSpec(manifest.spec, prio.priority, prio.preemptionPolicy, opts.nodeName,
    policyObjectsIn(state, 'limitranges', namespace, opts.pendingPolicy?.limitRanges ?? []));
  const spec = opts.affinity ? { ...admitted.spec, affinity: opts.affinity } : admitted.spec;
  if (admitted.violations.length) return { error: forbidden('pods', shown, aggregate(admitted.violations)) };
  const quotaRefusal = admitPodQuota(state, namespace, spec, opts.pendingPolicy?.quotas ?? []);
  if (quotaRefusal) return { error: forbidden('pods', shown, quotaRefusal) };
  const uid = rng.uuid();
  const labels = { ...(md.labels ?? {}), ...(opts.labels ?? {}) };
  const annotations = { ...(md.annotations ?? {}), ...(opts.annotations ?? {}),
    ...(admitted.limitRangerNote ? { [LIMIT_RANGER_ANNOTATION]: admitted.limitRangerNote } : {}) };
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      uid,
      ...(md.generateName ? { generateName: md.generateName } : {}),
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
      ...((opts.ownerReferences ?? md.ownerReferences) ? { ownerReferences: opts.ownerReferences
        ?? md.ownerReferences } : {}),
      creationTimestamp: now,
    },
    spec,
    // The template's admitted spec: QoS reads only the containers, and its class is memoised per spec object.
    status: { phase: 'Pending', conditions: [], qosClass: qosClass(admitted.spec) },
  };
  opts.taken?.add(key);
  return { type: 'PodCreated', at: now, pod: key, uid, object: pod };
}
