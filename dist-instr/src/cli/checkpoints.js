import { existsSync, readFileSync, rmSync } from 'node:fs';
import { LogError } from '../engine/log.js';
import { Lines } from '../engine/lines.js';
import { checkpointLine, factsAfter, logHeader } from '../engine/logTail.js';
import { replay } from '../engine/replay.js';
import { checkpointEnd, checkpointHeader, checkpointHeaders, checkpointPartTexts, CHECKPOINTS_SUFFIX, isCheckpointHeader, readCheckpoint, statePartTexts } from '../engine/checkpoint.js';
import { FileBytes } from './fileLines.js';
import { CliError } from './io.js';
import { unreadableReason } from './walk.js';
/** The checkpoints file of a log (run --checkpoint-every writes it next to the log). */
export const checkpointsFile = (log) => `${log}${CHECKPOINTS_SUFFIX}`;
/** Removes a checkpoints file left by an earlier run writing the same log (it would name another log). */
export function removeStaleCheckpoints(log) {
    rmSync(checkpointsFile(log), { force: true });
}
const readBytes = (path) => {
    try {
        return readFileSync(path);
    }
    catch (e) {
        throw new CliError(`${path}: ${unreadableReason(path, e)}`);
    }
};
/**
 * The state of a log at `at`, from its nearest checkpoint at or before `at` and the facts after it
 * (engine/checkpoint.ts); undefined when the log has no checkpoints file or none before `at`.
 */
export function stateFromCheckpoint(log, at, key) {
    const file = checkpointsFile(log);
    if (!existsSync(file))
        return undefined;
    const ck = openBytes(file);
    try {
        const lg = openBytes(log);
        try {
            return fromIndexed(ck, lg, at, key);
        }
        catch (e) {
            if (e instanceof LogError)
                throw new CliError(`${log}: ${e.message}`);
            if (e instanceof SyntaxError)
                throw new CliError(`${log}: its last line is not valid JSON (is the log truncated?)`);
            throw e;
        }
        finally {
            lg.close();
        }
    }
    finally {
        ck.close();
    }
}
const openBytes = (path) => {
    try {
        return new FileBytes(path);
    }
    catch (e) {
        throw new CliError(`${path}: ${unreadableReason(path, e)}`);
    }
};
/**
 * The checkpoint named by the last end line at or before `at`, found by walking the end lines
 * back from the file's end (the line before a header is the previous checkpoint's end line), and
 * read alone: its bytes, then its chain from the log's hash (engine/checkpoint.ts).
 */
function nearestCheckpoint(ck, at, key) {
    const file = ck.path;
    for (let to = ck.size;;) {
        const line = ck.lineEndingAt(to);
        if (!line)
            return undefined;
        const end = checkpointEnd(line.text);
        if (!end || end.start >= line.start)
            throw new CliError(`${file}: byte ${line.start}: not a checkpoint's end line (is the file truncated or changed?)`);
        if (end.at === undefined || end.start === undefined)
            throw new CliError(`${file}: written by an older kubesim ` +
                '(its end lines have no offsets): run the scenario again with --checkpoint-every to rewrite it');
        if (end.at > at) {
            to = end.start;
            continue;
        }
        const lines = new Lines(ck.read(end.start, to));
        const where = `${file}: the checkpoint at byte ${end.start}`;
        try {
            if (!lines.has(0) || !isCheckpointHeader(lines.line(0)))
                throw new LogError(1, 'not a checkpoint header');
            const header = checkpointHeader(lines.line(0), 0);
            if (header.seq !== end.seq || header.at !== end.at || header.logOffset === undefined)
                throw new LogError(1, 'its header does not match its end line');
            return { header, state: readCheckpoint(lines, header, key) };
        }
        catch (e) {
            if (e instanceof LogError)
                throw new CliError(`${where}, ${e.message}`);
            throw e;
        }
    }
}
function fromIndexed(ck, lg, at, key) {
    const found = nearestCheckpoint(ck, at, key);
    if (!found)
        return undefined;
    const { header: h, state } = found;
    const head = lg.firstLine();
    if (head === undefined)
        throw new LogError(1, 'empty log: no header');
    const header = logHeader(head, key);
    const lastText = lg.lineEndingAt(lg.size)?.text ?? '{}';
    const last = JSON.parse(lastText);
    const named = h.logOffset <= lg.size ? lg.lineEndingAt(h.logOffset) : undefined;
    if (!named)
        throw new LogError(h.seq + 1, 'the log is shorter than its checkpoints say');
    const fromAt = checkpointLine(named.text, h.seq, h.log);
    const tail = factsAfter(lg.linesFrom(h.logOffset), h.seq, h.log, fromAt, at, key);
    return { state: replay(tail.events, at, state), header, events: last.seq ?? 0, hash: last.hash ?? '',
        from: { seq: h.seq, at: h.at, replayed: tail.events.length }, end: last.at ?? 0 };
}
/**
 * `kubesim verify` of a log's checkpoints: each names the log's hash at its seq, sits between two
 * instants, has an unbroken chain, and holds exactly the state the facts before it replay to.
 * Returns how many were checked (0 without a checkpoints file).
 */
export function verifyCheckpoints(log, events, hashes, key) {
    const file = checkpointsFile(log);
    if (!existsSync(file))
        return 0;
    const lines = new Lines(readBytes(file));
    let state, seq = 0;
    try {
        const headers = checkpointHeaders(lines);
        for (const h of headers) {
            const bad = (m) => new LogError(h.line + 1, `checkpoint at seq ${h.seq}: ${m}`);
            if (h.seq < seq || h.seq > events.length)
                throw bad('out of order or past the log\'s end');
            if (hashes[h.seq] !== h.log)
                throw bad(`names log hash ${h.log}, but line ${h.seq + 1} of the log has ` +
                    `${hashes[h.seq]}: it is not a checkpoint of this log`);
            if (h.at !== events[h.seq - 1]?.at || (events[h.seq] && events[h.seq].at === h.at))
                throw bad(`is not between two instants of the log (at ${h.at})`);
            state = replay(events.slice(seq, h.seq), undefined, state);
            seq = h.seq;
            const want = statePartTexts(state);
            let k = 0;
            for (const got of checkpointPartTexts(lines, h, key)) {
                const w = want.next();
                if (w.done || w.value !== got)
                    throw bad(`its state differs from the replay of the facts before it (part ` +
                        `${k + 1})`);
                k++;
            }
            if (!want.next().done)
                throw bad('its state lacks parts the replay of the facts before it has');
        }
        return headers.length;
    }
    catch (e) {
        if (e instanceof LogError)
            throw new CliError(`${file}: ${e.message}`);
        throw e;
    }
}
