/** Fault timelines: the fuzzer's own arbitraries (src/fuzz/arbitraries.ts), published here. */
export { fault, faultTimeline } from '../../src/fuzz/arbitraries.js';
