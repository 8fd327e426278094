import fc from 'fast-check';
/** A StatefulSet manifest with 0..4 replicas, OrderedReady or Parallel. */
export declare const statefulSet: (name: string) => fc.Arbitrary<Record<string, unknown>>;
