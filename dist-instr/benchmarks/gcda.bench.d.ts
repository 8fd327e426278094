import type { Bench } from './harness.js';
/**
 * Issue #17: the GCDA cross-simulator workload end to end, as a user runs it (YAML files in a folder, a
 * fresh process that loads and runs them and writes the log): wall time from spawn to exit, and the pods
 * the default profile leaves Pending (a fidelity figure: speed work must not change it).
 */
export declare const benches: Bench[];
