import fc from 'fast-check';
/** A Deployment manifest with 0..5 replicas, RollingUpdate or Recreate. */
export declare const deployment: (name: string) => fc.Arbitrary<Record<string, unknown>>;
