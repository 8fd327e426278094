import type { KubeObject, LabelSelector, PodTemplateSpec } from '../api/types.js';

/**
 * What the apps/v1 workload specs (Deployment, StatefulSet, DaemonSet) share besides their
 * strategy: the pod selector and template, and the revision history kept.
 */
export interface WorkloadSpec {
  readonly selector?: LabelSelector;
  readonly template: PodTemplateSpec;
  readonly minReadySeconds: number;
  readonly revisionHistoryLimit: number;
}

/** A {type, rollingUpdate} strategy: DeploymentStrategy, DaemonSetUpdateStrategy, StatefulSetUpdateStrategy. */
export interface UpdateStrategy<T extends string, R extends object> {
  readonly type: T;
  readonly rollingUpdate?: R;
}

/** RollingUpdateDeployment / RollingUpdateDaemonSet: how far a rollout may go below and above the count. */
export interface RollingUpdateBounds {
  readonly maxUnavailable?: number | string;
  readonly maxSurge?: number | string;
}

/**
 * A workload's spec as the controller reads it, with the WorkloadSpec fields as API defaulting
 * leaves them (apps/v1 defaults.go): an empty template, minReadySeconds 0, and the kind's
 * revisionHistoryLimit; the kind's own fields are still to default.
 */
export function defaultedWorkload<S extends WorkloadSpec>(o: KubeObject,
  revisionHistoryLimit: number): Partial<S> & Omit<WorkloadSpec, 'selector'> {
  const s = (o.spec ?? {}) as Partial<S>;
  return { ...s, template: s.template ?? { spec: { containers: [] } }, minReadySeconds: s.minReadySeconds ?? 0,
    revisionHistoryLimit: s.revisionHistoryLimit ?? revisionHistoryLimit };
}

/**
 * The strategy as API defaulting leaves it (apps/v1 defaults.go): RollingUpdate when unset, and
 * then each rollingUpdate knob unset gets its default; another type carries no rollingUpdate.
 */
export function defaultedStrategy<T extends string, R extends object>(st: UpdateStrategy<T, R> | undefined,
  knobs: Required<R>): UpdateStrategy<T | 'RollingUpdate', R> {
  const type = st?.type ?? 'RollingUpdate';
  if (type !== 'RollingUpdate') return { type };
  const rollingUpdate: Record<string, unknown> = {};
  const set = st?.rollingUpdate as Record<string, unknown> | undefined;
  for (const [k, d] of Object.entries(knobs)) rollingUpdate[k] = set?.[k] ?? d;
  return { type, rollingUpdate: rollingUpdate as R };
}
