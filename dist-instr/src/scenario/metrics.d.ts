import { type Steps } from '../api/behavior.js';
import type { FieldProblem } from '../api/problems.js';
/**
 * `load:` a total CPU demand on a Service over virtual time (since the scenario's start). The
 * Ready pods the Service selects share it equally, as kube-proxy spreads connections over a
 * Service's ready endpoints; each pod's CPU usage is its behaviour's own usage plus its share,
 * capped at the sum of its containers' CPU limits (behavior/serviceLoad.ts).
 */
export interface ServiceLoad {
    readonly service: string;
    readonly namespace: string;
    /** Millicores. */
    readonly cpu: Steps;
}
export declare const METRIC_TYPES: readonly ["Pods", "Object", "External"];
export type MetricSourceType = (typeof METRIC_TYPES)[number];
/**
 * `metrics:` a series of the custom metrics API (Pods, Object) or the external metrics API
 * (External): there is no metrics server in a simulation, so the scenario gives the values as
 * curves over virtual time, in milli-units (as the HPA reads them: Quantity.MilliValue()).
 */
export interface MetricSeries {
    readonly type: MetricSourceType;
    readonly name: string;
    /** The series' labels, matched by the HPA's `metric.selector`. */
    readonly labels: Readonly<Record<string, string>>;
    /** Object: the described object's namespace; External: the HPA's namespace (absent: every namespace). */
    readonly namespace?: string;
    /** Pods: the pods that report it (labels; absent: every pod). */
    readonly podLabels?: Readonly<Record<string, string>>;
    /** Object: the object described. */
    readonly object?: {
        readonly kind: string;
        readonly name: string;
    };
    /** Each pod's value (Pods) or the value (Object, External). */
    readonly value?: Steps;
    /** Pods only: a total shared by the Ready pods that report it. */
    readonly total?: Steps;
}
/** The scenario's `load:` list: [{service, namespace?, cpu}]. */
export declare function parseLoads(v: unknown, p: FieldProblem[]): ServiceLoad[];
/** The scenario's `metrics:` list: [{type: Pods|Object|External, name, labels?, ...}]. */
export declare function parseMetrics(v: unknown, p: FieldProblem[]): MetricSeries[];
interface ObjectLike {
    readonly kind?: string;
    readonly apiVersion?: string;
    readonly metadata: {
        readonly name: string;
        readonly namespace?: string;
    };
    readonly spec?: unknown;
}
/**
 * What a run would otherwise leave unsaid: a load on a Service the scenario never creates, and an
 * HPA metric no `metrics:` entry gives (the HPA then fails as one with no metrics adapter) or that
 * kubesim does not simulate.
 */
export declare function metricWarnings(objects: readonly ObjectLike[], loads: readonly ServiceLoad[], series: readonly MetricSeries[]): {
    object: string;
    path: string;
    message: string;
}[];
export {};
