/**
 * The openb trace's CSV folder, shared beside the project (never copied into it), whether the
 * benchmark runs compiled from dist/benchmarks or from benchmarks/.
 */
export declare const OPENB_CSV: string;
