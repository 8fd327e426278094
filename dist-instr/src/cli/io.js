import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { dirname, isAbsolute, join } from 'node:path';
import { withTraces } from '../trace/load.js';
import { ScenarioError, UnreadableInput, formatProblem } from '../api/problems.js';
import { decodeInput } from '../scenario/encoding.js';
import { formatBytes, MAX_INPUT_FILE_BYTES } from '../api/limits.js';
import { unreadableReason } from './walk.js';
import { LogError } from '../engine/log.js';
import { parseDuration } from '../api/time.js';
import { ProfileError } from '../scheduler/profile.js';
/**
 * Reads an input file as UTF-8 text, refusing at once (before reading it) a file over `limit`
 * bytes, and naming any other encoding; every refusal is an UnreadableInput (exit 2).
 */
export function readInput(path, limit = MAX_INPUT_FILE_BYTES) {
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch (e) {
        throw new UnreadableInput(unreadableReason(path, e));
    }
    try {
        const st = fstatSync(fd);
        if (st.isDirectory())
            throw new UnreadableInput('is a folder, not a file');
        if (st.size > limit)
            throw new UnreadableInput(`file is ${formatBytes(st.size)} (${st.size} bytes), over kubesim's limit of ${formatBytes(limit)} per input ` +
                `file: refused without reading it`);
        // Read to the end rather than trusting st.size (a pipe or /proc file reports 0).
        const chunks = [];
        let total = 0;
        // The first piece holds the whole file when st.size is right: one read, no concatenation.
        for (let size = Math.min(Math.max(st.size + 1, 1 << 16), limit + 1);; size = 1 << 20) {
            const chunk = Buffer.allocUnsafe(size);
            let n;
            try {
                n = readSync(fd, chunk, 0, chunk.length, null);
            }
            catch (e) {
                throw new UnreadableInput(unreadableReason(path, e));
            }
            if (n === 0)
                break;
            total += n;
            if (total > limit)
                throw new UnreadableInput(`file is over kubesim's limit of ${formatBytes(limit)} per input file`);
            chunks.push(chunk.subarray(0, n));
        }
        const d = decodeInput(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
        if ('error' in d)
            throw new UnreadableInput(d.error);
        return d.text;
    }
    finally {
        closeSync(fd);
    }
}
/** The one real file reader: the CLI is the only module that touches the file system. */
// Trace files are read piece by piece (`chunks`), so the 16 MiB limit of `read` is not theirs.
export const nodeFs = withTraces({
    read: (p) => readInput(p),
    // Relative to the scenario's folder, and kept relative so messages name files as the user did.
    resolve: (from, rel) => (isAbsolute(rel) ? rel : join(dirname(from), rel)),
    chunks: readChunks,
    bytes: (p) => readFileSync(p),
});
/** A file's text in 1 MiB pieces, read as they are asked for (a trace replay streams its rows). */
export function* readChunks(path) {
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(1 << 20);
    const utf8 = new StringDecoder('utf8');
    try {
        for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf))
            yield utf8.write(buf.subarray(0, n));
        const rest = utf8.end();
        if (rest)
            yield rest;
    }
    finally {
        closeSync(fd);
    }
}
/** Exit codes: 0 ok, 1 a check failed (validation, expectations, invariants), 2 bad input. */
export const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 };
export class CliError extends Error {
    code;
    name = 'CliError';
    constructor(message, code = EXIT.badInput) {
        super(message);
        this.code = code;
    }
}
/** What process.exit throws inside the in-process CLI runner (inProcess.ts): passed through untouched. */
export class ExitSignal extends Error {
    code;
    name = 'ExitSignal';
    constructor(code) {
        super(`exit ${code}`);
        this.code = code;
    }
}
/** Prints a clear error (never a stack trace for bad input) and exits. */
export function fail(err) {
    if (err instanceof ExitSignal)
        throw err;
    if (err instanceof ScenarioError) {
        for (const p of err.problems)
            process.stderr.write(`error: ${formatProblem(p)}\n`);
        process.exit(EXIT.badInput);
    }
    if (err instanceof CliError) {
        process.stderr.write(`error: ${err.message}\n`);
        process.exit(err.code);
    }
    if (err instanceof ProfileError) {
        for (const p of err.problems)
            process.stderr.write(`error: ${p}\n`);
        process.exit(EXIT.badInput);
    }
    if (err instanceof LogError) {
        process.stderr.write(`error: ${err.message}\n`);
        process.exit(EXIT.badInput);
    }
    const e = err;
    process.stderr.write(`kubesim: internal error: ${e?.message ?? String(err)}\n`);
    if (process.env.KUBESIM_DEBUG)
        process.stderr.write(`${e?.stack ?? ''}\n`);
    else
        process.stderr.write('(set KUBESIM_DEBUG=1 for a stack trace, and please report it)\n');
    process.exit(EXIT.internal);
}
export function durationOption(v, flag) {
    const d = parseDuration(v);
    if (typeof d === 'string')
        throw new CliError(`${flag}: ${d}`);
    return d;
}
/** An integer flag, exact in JavaScript (up to 2^53 - 1): a larger one is refused, not rounded. */
export function integerOption(v, flag, min = Number.MIN_SAFE_INTEGER) {
    if (!/^-?\d+$/.test(v.trim()))
        throw new CliError(`${flag}: must be an integer, got ${v}`);
    const n = Number(v);
    if (!Number.isSafeInteger(n))
        throw new CliError(`${flag}: ${v} is beyond 2^53 - 1 (${Number.MAX_SAFE_INTEGER}), the largest integer kubesim keeps exactly`);
    if (n < min)
        throw new CliError(`${flag}: must be at least ${min}, got ${v}`);
    return n;
}
/** Reads a file the user named (a log, a config): refusals become exit-2 errors naming the file. */
export function readText(path, limit) {
    try {
        return readInput(path, limit);
    }
    catch (e) {
        if (e instanceof UnreadableInput)
            throw new CliError(`${path}: ${e.message}`);
        throw e;
    }
}
