import type { Affinity, KubeObject, Node, Pod, Toleration } from '../../api/types.js';
import { DAEMONSET_DEFAULTS } from '../../api/defaults/apps.js';
import { defaultedStrategy, defaultedWorkload, type RollingUpdateBounds, type UpdateStrategy,
  type WorkloadSpec } from '../workloadSpec.js';
import { findUntoleratedTaint, nodeMatchesPodAffinity } from '../controllerUtils.js';

export interface DaemonSetSpec extends WorkloadSpec {
  readonly updateStrategy: UpdateStrategy<'RollingUpdate' | 'OnDelete', RollingUpdateBounds>;
}

/**
 * apps/v1 SetDefaults_DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10.
 * Memoised per spec object (state objects are immutable; a status write keeps the spec object): every
 * sync, and every DaemonSet at every node change, asks it.
 */
export function daemonSetSpec(o: KubeObject): DaemonSetSpec {
  const key = (o.spec ?? o) as object;
  let r = specs.get(key);
  if (r === undefined) { r = defaultedDaemonSetSpec(o); specs.set(key, r); }
  return r;
}
const specs = new WeakMap<object, DaemonSetSpec>();

export function defaultedDaemonSetSpec(o: KubeObject): DaemonSetSpec {
  const s = defaultedWorkload<DaemonSetSpec>(o, DAEMONSET_DEFAULTS.revisionHistoryLimit);
  return { ...s, updateStrategy: defaultedStrategy(s.updateStrategy, {
    maxUnavailable: DAEMONSET_DEFAULTS.maxUnavailable, maxSurge: DAEMONSET_DEFAULTS.maxSurge }) };
}

/**
 * pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations: what every
 * daemon pod tolerates besides its own tolerations. not-ready and unreachable NoExecute without
 * tolerationSeconds (never evicted); disk/memory/pid-pressure and unschedulable NoSchedule;
 * network-unavailable NoSchedule only for hostNetwork pods.
 */
export function daemonPodTolerations(spec: { tolerations?: readonly Toleration[]; hostNetwork?: boolean }):
  readonly Toleration[] {
  let r = tolerationsOf.get(spec);
  if (r === undefined) { r = Object.freeze(withDaemonTolerations(spec)); tolerationsOf.set(spec, r); }
  return r;
}
/** Per template spec object, as daemonSetSpec: every sync and node change asks it. */
const tolerationsOf = new WeakMap<object, readonly Toleration[]>();

export function withDaemonTolerations(spec: { tolerations?: readonly Toleration[]; hostNetwork?: boolean }):
  Toleration[] {
  const add: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
    ...(spec.hostNetwork ? [{ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' as const,
      effect: 'NoSchedule' as const }] : []),
  ];
  const out = [...(spec.tolerations ?? [])];
  // v1helper.AddOrUpdateTolerationInPodSpec: a toleration with the same key, operator, value and effect is replaced.
  for (const t of add) {
    const i = out.findIndex((x) => x.key === t.key && (x.operator ?? 'Equal') === t.operator && (x.value ?? '') === ''
      && x.effect === t.effect);
    if (i >= 0) out[i] = t; else out.push(t);
  }
  return out;
}

/**
 * daemonset_util.go ReplaceDaemonSetPodNodeNameNodeAffinity: the pod's required node affinity
 * becomes one term, matchFields metadata.name In [node]; the scheduler then binds it there.
 */
export function replaceNodeNameAffinity(affinity: Affinity | undefined, node: string): Affinity {
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In' as const,
    values: [node] }] }] };
  return { ...(affinity ?? {}), nodeAffinity: { ...(affinity?.nodeAffinity ?? {}),
    requiredDuringSchedulingIgnoredDuringExecution: required } };
}

/**
 * daemon_controller.go NodeShouldRunDaemonPod: `shouldRun` when the node matches the template's
 * nodeName, nodeSelector and required node affinity and every NoSchedule/NoExecute taint is
 * tolerated (with the daemon tolerations); `shouldContinueRunning` also when only NoSchedule
 * taints are untolerated.
 */
export function nodeShouldRunDaemonPod(node: Node, spec: DaemonSetSpec,
  tols: readonly Toleration[] = daemonPodTolerations(spec.template.spec)): { shouldRun: boolean;
    shouldContinueRunning: boolean } {
  const t = spec.template.spec;
  if (t.nodeName && t.nodeName !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  if (!nodeMatchesPodAffinity(t, node)) return { shouldRun: false, shouldContinueRunning: false };
  const taints = node.spec.taints;
  if (findUntoleratedTaint(taints, tols, (x) => x.effect === 'NoSchedule' || x.effect === 'NoExecute')) {
    return { shouldRun: false, shouldContinueRunning: !findUntoleratedTaint(taints, tols,
      (x) => x.effect === 'NoExecute') };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}

/** daemonset_util.go GetTargetNodeName: spec.nodeName, or the node the affinity names. */
export function targetNodeName(p: Pod): string | undefined {
  if (p.spec.nodeName) return p.spec.nodeName;
  for (const term of p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
    ?? []) {
    for (const f of term.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In'
      && f.values?.length === 1) return f.values[0];
  }
  return undefined;
}

