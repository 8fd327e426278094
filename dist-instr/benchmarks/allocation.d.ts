/**
 * Bytes allocated, from V8's `--trace-gc` lines (`Scavenge 45.2 (60.1) -> 30.1 (61.1) MB, ...`):
 * the heap grows only by allocation between two collections, so the sum over collections of
 * (used before this one - used after the previous one) is what the program allocated, to within
 * the last interval (after the last collection). Node does not expose V8's allocation counter.
 */
export declare function allocatedFromTraceGc(text: string): {
    bytes: number;
    collections: number;
    gcMs: number;
};
