/**
 * The lines of a file held as bytes (a log or its checkpoints, up to gigabytes): found with a
 * byte search and decoded one at a time, so reading the middle of a log does not turn all of it
 * into strings.
 */
export declare class Lines {
    #private;
    constructor(bytes: Uint8Array);
    /** Whether line `i` (0-based) exists; finds line starts up to it. */
    has(i: number): boolean;
    /** Line `i` without its newline (has(i) must be true). */
    line(i: number): string;
    /** Whether line `i` starts with `prefix` (ASCII), without decoding it. */
    startsWith(i: number, prefix: string): boolean;
    /** How many lines there are (finds them all). */
    get count(): number;
}
