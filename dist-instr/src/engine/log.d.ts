import type { ClusterEvent } from '../events/index.js';
/** Version of the JSONL log format; replay refuses others. */
export declare const LOG_FORMAT_VERSION = 1;
export interface LogHeader {
    readonly kubesimLog: number;
    readonly scenario: string;
    readonly seed: number;
    readonly startTime: number;
    readonly until: number;
    /** Present when the chain is keyed (run --log-key-file): HMAC-SHA-256 instead of SHA-256. */
    readonly chain?: 'hmac-sha256';
}
/**
 * The chain: each line's hash covers the previous hash and the line's own content. With a key
 * (HMAC-SHA-256), only a holder of the key can recompute the chain after an edit, so a log kept
 * as evidence cannot be re-hashed by someone without it.
 */
export declare function chainHash(prev: string, body: string, key?: Uint8Array): string;
/** The body of the log line of event `seq` (without its hash). */
export declare function lineBody(seq: number, e: ClusterEvent): string;
/**
 * Writes the log as JSON lines: a header, then one event per line with `seq`, `at`, `type`, the
 * event's fields, and `hash`, a SHA-256 chain over all previous lines. Editing, dropping or
 * reordering a line breaks the chain at that line; a missing SimulationStopped line means the
 * tail was cut.
 */
export declare class LogWriter {
    #private;
    private readonly write;
    constructor(header: LogHeader, write: (line: string) => void, key?: Uint8Array);
    append(seq: number, e: ClusterEvent): void;
    /** The hash of the last line written: one value that stands for the whole log. */
    get hash(): string;
}
export declare class LogError extends Error {
    readonly line: number;
    readonly name = "LogError";
    constructor(line: number, message: string);
}
export interface ParsedLog {
    readonly header: LogHeader;
    readonly events: readonly ClusterEvent[];
    readonly hash: string;
}
/**
 * Reads and verifies a log. Throws LogError naming the first bad line: bad JSON, a broken hash
 * chain (an edited, dropped or reordered line), a gap in `seq`, or a missing end record.
 * `hashes`, when given, receives each line's chain hash (index = seq; the header's at 0).
 */
export declare function parseLog(text: string, key?: Uint8Array, hashes?: string[]): ParsedLog;
