import fc from 'fast-check';
/** A bare Pod manifest named `name`. */
export declare const pod: (name: string) => fc.Arbitrary<Record<string, unknown>>;
