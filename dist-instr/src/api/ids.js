/** Validates a virtual time or duration: virtual time is whole milliseconds. */
export function millis(n) {
    if (!Number.isInteger(n))
        throw new RangeError(`virtual time must be whole milliseconds, got ${n}`);
    return n;
}
export const objectKey = (namespace, name) => `${namespace || 'default'}/${name}`;
/** An object's key in its store: `namespace/name`, or `name` when cluster scoped. */
export const keyOf = (o) => (o.metadata.namespace ? objectKey(o.metadata.namespace, o.metadata.name) : o.metadata.name);
export function splitKey(key) {
    const i = key.indexOf('/');
    return i < 0 ? { namespace: 'default', name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}
