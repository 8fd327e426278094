import fc from 'fast-check';
/** A ReplicaSet manifest with 0..5 replicas selecting `app: name`. */
export declare const replicaSet: (name: string) => fc.Arbitrary<Record<string, unknown>>;
