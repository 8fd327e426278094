import fc from 'fast-check';
/** Container requests in the API's quantity strings: cpu 0..2000m, memory 0..2048Mi. */
export declare const requests: () => fc.Arbitrary<Record<string, string>>;
/** A container: image from a small set, optional requests. */
export declare const container: (name?: string) => fc.Arbitrary<Record<string, unknown>>;
/** A pod spec with one or two containers and a restart policy when asked for one. */
export declare const podSpec: (restartPolicy?: "Always" | "OnFailure" | "Never") => fc.Arbitrary<Record<string, unknown>>;
