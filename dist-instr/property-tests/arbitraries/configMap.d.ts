import fc from 'fast-check';
/** A ConfigMap manifest with a few string entries. */
export declare const configMap: (name: string) => fc.Arbitrary<Record<string, unknown>>;
