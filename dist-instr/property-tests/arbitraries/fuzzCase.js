/** Variations of a user's scenario: the fuzzer's own arbitraries (src/fuzz/arbitraries.ts), published here. */
export { fuzzCase, scenarioSeed, startDelays } from '../../src/fuzz/arbitraries.js';
