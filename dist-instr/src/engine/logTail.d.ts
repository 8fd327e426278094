import type { ClusterEvent } from '../events/index.js';
import type { Millis } from '../api/ids.js';
import { type LogHeader } from './log.js';
import type { Lines } from './lines.js';
/** The header (line 1) of a log, checked: its format, and that a key is given exactly when the chain is keyed. */
export declare function logHeader(text: string, key?: Uint8Array): LogHeader;
/**
 * Line `seq` of a log as a checkpoint names it: it must carry the checkpoint's hash (else the
 * checkpoints are of another log, or the log was changed). Returns its time.
 */
export declare function checkpointLine(text: string, seq: number, hash: string): Millis;
/**
 * The facts of log lines `seq`+1, `seq`+2, ... (given in order as texts) up to virtual time `at`,
 * each checked as parseLog checks it (chain from `hash`, the hash of line `seq`; seq; time order;
 * the fact's fields). Stops at the first line after `at` without reading the rest.
 */
export declare function factsAfter(lines: Iterable<string>, seq: number, hash: string, lastAt: Millis, at: Millis, key?: Uint8Array): {
    events: ClusterEvent[];
    lastAt: Millis;
};
/**
 * The header of a log and its facts after line `fromSeq` up to virtual time `at`, for a replay
 * that starts at a checkpoint: line `fromSeq` must carry the hash the checkpoint names, and each
 * later line read is checked as parseLog checks it (chain, seq, time order, the fact's fields).
 * The lines before the checkpoint are not re-read: `kubesim verify` checks the whole log and
 * that each checkpoint equals the replay of the facts before it.
 */
export declare function readLogTail(lines: Lines, fromSeq: number, fromHash: string, at: Millis, key?: Uint8Array): {
    header: LogHeader;
    events: ClusterEvent[];
    lastAt: Millis;
};
