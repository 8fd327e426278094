/**
 * The scenario's `cluster:` block: component flags and feature gates, each with Kubernetes' own
 * default (Kubernetes v1.34) and where that default lives. Only the knobs listed here exist; any
 * other key is an error naming the known ones.
 *
 * ```yaml
 * cluster:
 *   featureGates: {KubeletCrashLoopBackOffMax: true, ReduceDefaultCrashLoopBackOffDecay: true}
 *   kubelet: {maxContainerRestartPeriod: 60s, nodeStatusUpdateFrequency: 10s}
 *   controllerManager: {nodeEvictionRate: 0.1, secondaryNodeEvictionRate: 0.01,
 *     largeClusterSizeThreshold: 50, unhealthyZoneThreshold: 0.55, nodeMonitorPeriod: 5s, nodeMonitorGracePeriod: 50s}
 * ```
 */
import type { Millis } from '../api/ids.js';
import { isObj } from '../api/validation/common.js';
import { parseDuration } from '../api/time.js';
import type { FieldProblem } from '../api/problems.js';
import { DEFAULT_CONTROLLER_MANAGER, parseControllerManager, parseKubeletExtras,
  type ControllerManagerFlags } from './clusterFlags.js';

/** The feature gates kubesim reads (pkg/features/kube_features.go defaultVersionedKubernetesFeatureGates). */
export interface FeatureGates {
  /** KEP-4603, alpha since v1.32, default false: crashLoopBackOff.maxContainerRestartPeriod takes effect. */
  readonly KubeletCrashLoopBackOffMax: boolean;
  /** KEP-4603, alpha since v1.33, default false: crash-loop back-off starts at 1 s and caps at 60 s. */
  readonly ReduceDefaultCrashLoopBackOffDecay: boolean;
}

export interface KubeletFlags {
  /**
   * KubeletConfiguration crashLoopBackOff.maxContainerRestartPeriod (1 s .. 300 s; unset: the
   * built-in cap, pkg/kubelet/kubelet.go MaxCrashLoopBackOff 300 s). Read only with KubeletCrashLoopBackOffMax.
   */
  readonly maxContainerRestartPeriod?: Millis;
  /** nodeStatusUpdateFrequency (10 s default; no effect in kubesim: scenario/clusterFlags.ts). */
  readonly nodeStatusUpdateFrequency?: Millis;
}

export interface ClusterConfig {
  readonly featureGates: FeatureGates;
  readonly kubelet: KubeletFlags;
  readonly controllerManager: ControllerManagerFlags;
}

export const DEFAULT_FEATURE_GATES: FeatureGates = {
  KubeletCrashLoopBackOffMax: false, ReduceDefaultCrashLoopBackOffDecay: false,
};
export const DEFAULT_CLUSTER: ClusterConfig = { featureGates: DEFAULT_FEATURE_GATES, kubelet: {},
  controllerManager: DEFAULT_CONTROLLER_MANAGER };

/** pkg/kubelet/apis/config/validation: maxContainerRestartPeriod must be within [1s, 300s]. */
const MAX_RESTART_PERIOD_RANGE: readonly [number, number] = [1_000, 300_000];

const known = (p: FieldProblem[], path: string, v: Record<string, unknown>, keys: readonly string[]): void => {
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) p.push({ path: `${path}.${k}`, message: `unknown field (known: ${keys.join(', ')})` });
  }
};

/** Reads `cluster:`; problems (and warnings) are pushed with their field paths. Absent: every default. */
export function parseCluster(v: unknown, p: FieldProblem[], warnings: FieldProblem[] = []): ClusterConfig {
  if (v === undefined || v === null) return DEFAULT_CLUSTER;
  if (!isObj(v)) {
    p.push({ path: 'cluster', message: 'must be a mapping of featureGates, kubelet and controllerManager' });
    return DEFAULT_CLUSTER;
  }
  known(p, 'cluster', v, ['featureGates', 'kubelet', 'controllerManager']);
  const gates: Record<string, boolean> = { ...DEFAULT_FEATURE_GATES };
  if (v.featureGates !== undefined) {
    if (!isObj(v.featureGates)) {
      p.push({ path: 'cluster.featureGates', message: 'must be a mapping of gate name to true/false' });
    }
    else {
      known(p, 'cluster.featureGates', v.featureGates, Object.keys(DEFAULT_FEATURE_GATES));
      for (const [k, g] of Object.entries(v.featureGates)) {
        if (!(k in DEFAULT_FEATURE_GATES)) continue;
        const at = `cluster.featureGates.${k}`;
        if (typeof g !== 'boolean') p.push({ path: at, message: `must be true or false, got ${JSON.stringify(g)}` });
        else gates[k] = g;
      }
    }
  }
  let kubelet: KubeletFlags = {};
  if (v.kubelet !== undefined) {
    if (!isObj(v.kubelet)) {
      p.push({ path: 'cluster.kubelet', message: 'must be a mapping of kubelet configuration fields' });
    }
    else {
      known(p, 'cluster.kubelet', v.kubelet, ['maxContainerRestartPeriod', 'nodeStatusUpdateFrequency',
        'imagePullProgressDeadline']);
      kubelet = parseKubeletExtras(v.kubelet, p, warnings);
      if (v.kubelet.maxContainerRestartPeriod !== undefined) {
        const d = parseDuration(v.kubelet.maxContainerRestartPeriod);
        const [lo, hi] = MAX_RESTART_PERIOD_RANGE;
        if (typeof d === 'string') p.push({ path: 'cluster.kubelet.maxContainerRestartPeriod', message: d });
        else if (d < lo || d > hi) {
          p.push({ path: 'cluster.kubelet.maxContainerRestartPeriod', message: 'must be between 1s and 300s' });
        } else kubelet = { ...kubelet, maxContainerRestartPeriod: d };
      }
    }
  }
  return { featureGates: gates as unknown as FeatureGates, kubelet,
    controllerManager: parseControllerManager(v.controllerManager, p) };
}
