import fc from 'fast-check';
/** A container behaviour as flow-style YAML (the kubesim.io/behavior.<container> annotation). */
export declare const behaviorArb: fc.Arbitrary<string>;
/** A small cluster (two nodes) with 1-4 random pods and a random timeline, as scenario YAML. */
export declare const kubeletScenarioArb: fc.Arbitrary<string>;
