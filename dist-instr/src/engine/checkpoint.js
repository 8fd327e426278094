import { partFromJson, partToJson, stateFromParts, stateParts } from '../reducers/snapshot.js';
import { chainHash, LogError } from './log.js';
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
export const CHECKPOINTS_SUFFIX = '.checkpoints';
const HEADER = '{"checkpoint":';
const hashed = (body, hash) => `${body.slice(0, -1)},"hash":"${hash}"}\n`;
export class CheckpointWriter {
    every;
    write;
    logHash;
    logBytes;
    key;
    #since = 0;
    #at = -1;
    #logHash = '';
    #logBytes = 0;
    /** Bytes of the checkpoints file written so far (where the next header starts). */
    #bytes = 0;
    #firstOfBatch = true;
    #state;
    count = 0;
    /**
     * @param every facts between checkpoints (at least)
     * @param logHash the log's chain hash after the last fact written (LogWriter.hash)
     * @param logBytes the log's length in bytes after the last fact written
     */
    constructor(every, write, logHash, logBytes, key) {
        this.every = every;
        this.write = write;
        this.logHash = logHash;
        this.logBytes = logBytes;
        this.key = key;
    }
    /** Subscribe after the log writer, so logHash() already covers each fact seen here. */
    attach(sim) {
        sim.events$.subscribe(({ seq, event }) => this.#fact(seq, event));
        sim.batches$.subscribe(({ state }) => { this.#state = state; this.#firstOfBatch = true; });
    }
    #fact(seq, e) {
        // The state after the previous batch is the state between instants only when this fact opens a batch at a new time.
        if (this.#firstOfBatch && e.at > this.#at && this.#since >= this.every && this.#state) {
            this.#checkpoint(seq - 1, this.#at, this.#logHash, this.#logBytes, this.#state);
            this.#since = 0;
        }
        this.#firstOfBatch = false;
        this.#since++;
        this.#at = e.at;
        this.#logHash = this.logHash();
        this.#logBytes = this.logBytes();
    }
    #checkpoint(seq, at, logHash, logOffset, state) {
        let prev = logHash;
        const start = this.#bytes;
        const line = (body) => {
            prev = chainHash(prev, body, this.key);
            const text = hashed(body, prev);
            this.#bytes += Buffer.byteLength(text);
            this.write(text);
        };
        line(JSON.stringify({ checkpoint: seq, at, log: logHash, logOffset }));
        let parts = 0;
        for (const p of stateParts(state)) {
            line(partToJson(p));
            parts++;
        }
        line(JSON.stringify({ end: seq, parts, at, start }));
        this.count++;
    }
}
/** A checkpoint's header line (line `i` of its file, 0-based), checked. */
export function checkpointHeader(text, i) {
    let h;
    try {
        h = JSON.parse(text);
    }
    catch {
        throw new LogError(i + 1, 'not valid JSON');
    }
    if (!Number.isSafeInteger(h.checkpoint) || !Number.isSafeInteger(h.at) || typeof h.log !== 'string')
        throw new LogError(i + 1, 'a checkpoint header needs checkpoint (a seq), at and log');
    return { seq: h.checkpoint, at: h.at, log: h.log, line: i,
        ...(Number.isSafeInteger(h.logOffset) ? { logOffset: h.logOffset } : {}) };
}
/** Whether a checkpoints file's line is a checkpoint's header. */
export const isCheckpointHeader = (text) => text.startsWith(HEADER);
/**
 * A checkpoint's end line: its seq, and (when written with them) its time and the byte offset of
 * its header line, which let a reader walk the checkpoints back from the file's end.
 */
export function checkpointEnd(text) {
    let e;
    try {
        e = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!Number.isSafeInteger(e.end))
        return undefined;
    return { seq: e.end, ...(Number.isSafeInteger(e.at) ? { at: e.at } : {}),
        ...(Number.isSafeInteger(e.start) ? { start: e.start } : {}) };
}
/** The checkpoints of a file, by their header lines only (the state lines are skipped unread). */
export function checkpointHeaders(lines) {
    const out = [];
    for (let i = 0; lines.has(i); i++)
        if (lines.startsWith(i, HEADER))
            out.push(checkpointHeader(lines.line(i), i));
    return out;
}
/**
 * Reads one checkpoint's state, verifying its chain from the log's hash at its seq. Throws
 * LogError naming the checkpoints file's line.
 */
export function readCheckpoint(lines, h, key) {
    return stateFromParts(checkpointParts(lines, h, key));
}
/** The parts of one checkpoint as JSON texts (verified), for comparing with a replayed state's. */
export function* checkpointPartTexts(lines, h, key) {
    let prev = h.log;
    for (let i = h.line;; i++) {
        if (!lines.has(i))
            throw new LogError(i, `checkpoint at seq ${h.seq} ends without its end line (truncated?)`);
        const text = lines.line(i);
        const at = text.lastIndexOf(',"hash":"');
        if (at < 0)
            throw new LogError(i + 1, 'no hash field');
        const body = `${text.slice(0, at)}}`;
        prev = chainHash(prev, body, key);
        if (text.slice(at + 9, -2) !== prev)
            throw new LogError(i + 1, `checkpoint hash chain broken: this line or the ` +
                `one before it was changed, dropped or reordered, or the checkpoint is not of this log`);
        if (i === h.line)
            continue;
        if (body.startsWith('{"end":'))
            return;
        yield body;
    }
}
function* checkpointParts(lines, h, key) {
    for (const body of checkpointPartTexts(lines, h, key))
        yield partFromJson(body);
}
/** The JSON texts of a state's parts, as a checkpoint of it holds them. */
export function* statePartTexts(state) {
    for (const p of stateParts(state))
        yield partToJson(p);
}
