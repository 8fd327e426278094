import fc from 'fast-check';
/** A ConfigMap manifest with a few string entries. */
export const configMap = (name) => fc.dictionary(fc.constantFrom('mode', 'level', 'region'), fc.constantFrom('a', 'b', 'c'), { maxKeys: 3 })
    .map((data) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data }));
