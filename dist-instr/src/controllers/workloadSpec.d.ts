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
export declare function defaultedWorkload<S extends WorkloadSpec>(o: KubeObject, revisionHistoryLimit: number): Partial<S> & Omit<WorkloadSpec, 'selector'>;
/**
 * The strategy as API defaulting leaves it (apps/v1 defaults.go): RollingUpdate when unset, and
 * then each rollingUpdate knob unset gets its default; another type carries no rollingUpdate.
 */
export declare function defaultedStrategy<T extends string, R extends object>(st: UpdateStrategy<T, R> | undefined, knobs: Required<R>): UpdateStrategy<T | 'RollingUpdate', R>;
