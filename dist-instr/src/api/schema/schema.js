export const str = { t: 'string' };
/** An int32 field (most Kubernetes integers: replicas, parallelism, ports, ...). */
export const int = { t: 'integer' };
/** An int64 field (activeDeadlineSeconds, terminationGracePeriodSeconds, generation, ...). */
export const int64 = { t: 'int64' };
export const num = { t: 'number' };
export const bool = { t: 'boolean' };
export const qty = { t: 'quantity' };
export const intstr = { t: 'intOrString' };
export const any = { t: 'any' };
export const obj = (fields) => ({ t: 'object', fields });
export const list = (of) => ({ t: 'list', of });
export const map = (of) => ({ t: 'map', of });
/** A real Kubernetes field that kubesim accepts but does not simulate (a warning names it). */
export const unmodeled = (of = any, note) => ({ t: 'unmodeled', of, ...(note ? { note } : {}) });
export const strings = list(str);
export const stringMap = map(str);
