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
export type Schema =
  | { readonly t: Leaf }
  | { readonly t: 'object'; readonly fields: Readonly<Record<string, Schema>> }
  | { readonly t: 'list'; readonly of: Schema }
  | { readonly t: 'map'; readonly of: Schema }
  | { readonly t: 'unmodeled'; readonly of: Schema; readonly note?: string };

export const str: Schema = { t: 'string' };
/** An int32 field (most Kubernetes integers: replicas, parallelism, ports, ...). */
export const int: Schema = { t: 'integer' };
/** An int64 field (activeDeadlineSeconds, terminationGracePeriodSeconds, generation, ...). */
export const int64: Schema = { t: 'int64' };
export const num: Schema = { t: 'number' };
export const bool: Schema = { t: 'boolean' };
export const qty: Schema = { t: 'quantity' };
export const intstr: Schema = { t: 'intOrString' };
export const any: Schema = { t: 'any' };
export const obj = (fields: Record<string, Schema>): Schema => ({ t: 'object', fields });
export const list = (of: Schema): Schema => ({ t: 'list', of });
export const map = (of: Schema): Schema => ({ t: 'map', of });
/** A real Kubernetes field that kubesim accepts but does not simulate (a warning names it). */
export const unmodeled = (of: Schema = any, note?: string): Schema =>
  ({ t: 'unmodeled', of, ...(note ? { note } : {}) });
export const strings = list(str);
export const stringMap = map(str);
