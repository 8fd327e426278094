import type { Millis } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import type { Lines } from './lines.js';
import type { Simulation } from './simulation.js';
/**
 * Checkpoints: the state every N facts, in a sidecar file next to the log (`run.jsonl.checkpoints`),
 * so `replay --at`, `get --at` and `describe --at` on a long log start from the nearest one instead
 * of the first fact. The log itself is unchanged (its bytes and hash do not depend on checkpoints).
 *
 * A checkpoint is taken between two instants (after the last fact of one virtual time), as replay
 * folds facts one instant at a time, and is written as lines:
 *   {"checkpoint":S,"at":T,"log":"<hash of log line S>","logOffset":B,"hash":...}
 *   {"path":[...],"entries"|"value":...,"hash":...}   (the state's parts: reducers/snapshot.ts)
 *   {"end":S,"parts":K,"at":T,"start":C,"hash":...}
 * hash-chained like the log, starting from the hash of log line S: a checkpoint belongs to one
 * log, and an edited, dropped or reordered line breaks its chain (keyed with the log's key, if any).
 * B is the byte offset in the log where line S+1 starts and C the byte offset of the header line in
 * the checkpoints file: a reader of a day's log (gigabytes) walks the end lines back from the
 * file's last line (the line before a header is the previous checkpoint's end) and reads only the
 * checkpoint it needs and the log after B, never the whole of either file.
 */
export declare const CHECKPOINTS_SUFFIX = ".checkpoints";
export declare class CheckpointWriter {
    #private;
    private readonly every;
    private readonly write;
    private readonly logHash;
    private readonly logBytes;
    private readonly key?;
    count: number;
    /**
     * @param every facts between checkpoints (at least)
     * @param logHash the log's chain hash after the last fact written (LogWriter.hash)
     * @param logBytes the log's length in bytes after the last fact written
     */
    constructor(every: number, write: (line: string) => void, logHash: () => string, logBytes: () => number, key?: Uint8Array | undefined);
    /** Subscribe after the log writer, so logHash() already covers each fact seen here. */
    attach(sim: Simulation): void;
}
export interface CheckpointHeader {
    readonly seq: number;
    readonly at: Millis;
    readonly log: string;
    /** Its line in the checkpoints file (0-based). */
    readonly line: number;
    /** Where log line seq+1 starts (bytes); absent in checkpoints written before it was recorded. */
    readonly logOffset?: number;
}
/** A checkpoint's header line (line `i` of its file, 0-based), checked. */
export declare function checkpointHeader(text: string, i: number): CheckpointHeader;
/** Whether a checkpoints file's line is a checkpoint's header. */
export declare const isCheckpointHeader: (text: string) => boolean;
/**
 * A checkpoint's end line: its seq, and (when written with them) its time and the byte offset of
 * its header line, which let a reader walk the checkpoints back from the file's end.
 */
export declare function checkpointEnd(text: string): {
    seq: number;
    at?: Millis;
    start?: number;
} | undefined;
/** The checkpoints of a file, by their header lines only (the state lines are skipped unread). */
export declare function checkpointHeaders(lines: Lines): CheckpointHeader[];
/**
 * Reads one checkpoint's state, verifying its chain from the log's hash at its seq. Throws
 * LogError naming the checkpoints file's line.
 */
export declare function readCheckpoint(lines: Lines, h: CheckpointHeader, key?: Uint8Array): ClusterState;
/** The parts of one checkpoint as JSON texts (verified), for comparing with a replayed state's. */
export declare function checkpointPartTexts(lines: Lines, h: CheckpointHeader, key?: Uint8Array): Generator<string>;
/** The JSON texts of a state's parts, as a checkpoint of it holds them. */
export declare function statePartTexts(state: ClusterState): Generator<string>;
