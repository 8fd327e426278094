import { eventSchemaError } from './eventSchema.js';
import { chainHash, LOG_FORMAT_VERSION, LogError } from './log.js';
const parseLine = (text, i) => {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new LogError(i + 1, 'not valid JSON');
    }
};
/** The header (line 1) of a log, checked: its format, and that a key is given exactly when the chain is keyed. */
export function logHeader(text, key) {
    const head = parseLine(text, 0);
    const keyed = head.chain === 'hmac-sha256';
    if (keyed !== (key !== undefined))
        throw new LogError(1, keyed
            ? 'the log has a keyed hash chain (HMAC-SHA-256): give the key with --log-key-file to read it'
            : 'a key was given but the log\'s hash chain is not keyed');
    if (head.kubesimLog !== LOG_FORMAT_VERSION)
        throw new LogError(1, `not a kubesim log of format ${LOG_FORMAT_VERSION}`);
    const { hash: _h, ...header } = head;
    return header;
}
/**
 * Line `seq` of a log as a checkpoint names it: it must carry the checkpoint's hash (else the
 * checkpoints are of another log, or the log was changed). Returns its time.
 */
export function checkpointLine(text, seq, hash) {
    const from = parseLine(text, seq);
    if (from.hash !== hash || from.seq !== seq)
        throw new LogError(seq + 1, 'this line\'s hash is not the one its checkpoint names: the checkpoints are not of this log, or it was changed');
    return from.at;
}
/**
 * The facts of log lines `seq`+1, `seq`+2, ... (given in order as texts) up to virtual time `at`,
 * each checked as parseLog checks it (chain from `hash`, the hash of line `seq`; seq; time order;
 * the fact's fields). Stops at the first line after `at` without reading the rest.
 */
export function factsAfter(lines, seq, hash, lastAt, at, key) {
    let prev = hash, i = seq;
    const events = [];
    for (const text of lines) {
        i++;
        const obj = parseLine(text, i);
        if (typeof obj.at === 'number' && obj.at > at)
            break;
        const cut = text.lastIndexOf(',"hash":"');
        if (cut < 0 || typeof obj.hash !== 'string')
            throw new LogError(i + 1, 'no hash field');
        prev = chainHash(prev, `${text.slice(0, cut)}}`, key);
        if (prev !== obj.hash)
            throw new LogError(i + 1, 'hash chain broken: this line or the one before it was ' +
                'changed, dropped or reordered');
        if (obj.seq !== i)
            throw new LogError(i + 1, `expected seq ${i}, found ${String(obj.seq)}`);
        if (typeof obj.at !== 'number' || obj.at < lastAt)
            throw new LogError(i + 1, `virtual time ${String(obj.at)} goes backwards`);
        lastAt = obj.at;
        const { seq: _s, hash: _x, ...event } = obj;
        const wrong = eventSchemaError(event);
        if (wrong)
            throw new LogError(i + 1, wrong);
        events.push(event);
    }
    return { events, lastAt };
}
/**
 * The header of a log and its facts after line `fromSeq` up to virtual time `at`, for a replay
 * that starts at a checkpoint: line `fromSeq` must carry the hash the checkpoint names, and each
 * later line read is checked as parseLog checks it (chain, seq, time order, the fact's fields).
 * The lines before the checkpoint are not re-read: `kubesim verify` checks the whole log and
 * that each checkpoint equals the replay of the facts before it.
 */
export function readLogTail(lines, fromSeq, fromHash, at, key) {
    const header = logHeader(lines.line(0), key);
    if (!lines.has(fromSeq))
        throw new LogError(fromSeq + 1, 'the log is shorter than its checkpoints say');
    const fromAt = checkpointLine(lines.line(fromSeq), fromSeq, fromHash);
    function* after() { for (let i = fromSeq + 1; lines.has(i); i++)
        yield lines.line(i); }
    return { header, ...factsAfter(after(), fromSeq, fromHash, fromAt, at, key) };
}
