/**
 * A compact schema of the Kubernetes API fields kubesim knows, as data: nested field maps written
 * from the real API types (k8s.io/api core/v1, apps/v1, batch/v1, autoscaling/v1+v2, policy/v1,
 * scheduling/v1 types.go). Used for `kubectl apply --validate=strict`-like checks:
 * - a field not in the schema is an ERROR (`unknown field`), as the API server's strict decoding;
 * - a field wrapped in `unmodeled(...)` is a real Kubernetes field kubesim does not simulate: a
 *   WARNING naming its path (its inside is still checked for unknown fields, without more warnings).
 *
 * This is the one place that says which fields kubesim models: the kubelet, scheduler and
 * controllers read only fields that are not `unmodeled` here.
 */
export type Leaf = 'string' | 'integer' | 'int64' | 'number' | 'boolean' | 'quantity' | 'intOrString' | 'any';
export type Schema = {
    readonly t: Leaf;
} | {
    readonly t: 'object';
    readonly fields: Readonly<Record<string, Schema>>;
} | {
    readonly t: 'list';
    readonly of: Schema;
} | {
    readonly t: 'map';
    readonly of: Schema;
} | {
    readonly t: 'unmodeled';
    readonly of: Schema;
    readonly note?: string;
};
export declare const str: Schema;
/** An int32 field (most Kubernetes integers: replicas, parallelism, ports, ...). */
export declare const int: Schema;
/** An int64 field (activeDeadlineSeconds, terminationGracePeriodSeconds, generation, ...). */
export declare const int64: Schema;
export declare const num: Schema;
export declare const bool: Schema;
export declare const qty: Schema;
export declare const intstr: Schema;
export declare const any: Schema;
export declare const obj: (fields: Record<string, Schema>) => Schema;
export declare const list: (of: Schema) => Schema;
export declare const map: (of: Schema) => Schema;
/** A real Kubernetes field that kubesim accepts but does not simulate (a warning names it). */
export declare const unmodeled: (of?: Schema, note?: string) => Schema;
export declare const strings: Schema;
export declare const stringMap: Schema;
