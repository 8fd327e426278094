import fc from 'fast-check';
/** Whole seconds as a YAML duration, e.g. "37s". */
export declare const seconds: (min: number, max: number) => fc.Arbitrary<string>;
/** A Job spec (YAML lines) with completions, parallelism and completion mode drawn together. */
export declare const jobSpec: fc.Arbitrary<{
    indexed: boolean;
    completions: number | undefined;
    parallelism: number;
    backoffLimit: number;
}>;
export declare const nodesYaml: (count: number) => string;
