import fc from 'fast-check';
/** Whole seconds as a YAML duration, e.g. "37s". */
export const seconds = (min, max) => fc.integer({ min, max }).map((s) => `${s}s`);
/** A Job spec (YAML lines) with completions, parallelism and completion mode drawn together. */
export const jobSpec = fc.record({
    completions: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    parallelism: fc.integer({ min: 1, max: 4 }),
    indexed: fc.boolean(),
    backoffLimit: fc.integer({ min: 0, max: 4 }),
}).map((j) => ({ ...j, indexed: j.indexed && j.completions !== undefined }));
export const nodesYaml = (count) => `nodes:\n  - {namePrefix: node-, count: ${count}, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}`;
