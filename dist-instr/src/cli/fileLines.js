import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
/** Bytes read backwards at a time when looking for the start of a line. */
const BACK_CHUNK = 64 * 1024;
/** Bytes read forwards at a time when streaming lines. */
const FORWARD_CHUNK = 8 * 1024 * 1024;
const decoder = new TextDecoder();
/**
 * A large file (a day's log, its checkpoints: gigabytes) read in pieces by byte offset: a line
 * found backwards from where it ends, a byte range, the lines from an offset on. Node cannot hold
 * a file over 2 GiB in one read, and replay --at needs only a small part of each.
 */
export class FileBytes {
    path;
    back;
    forward;
    #fd;
    size;
    /** `back` and `forward`: bytes per read when looking backwards and when streaming (small in tests). */
    constructor(path, back = BACK_CHUNK, forward = FORWARD_CHUNK) {
        this.path = path;
        this.back = back;
        this.forward = forward;
        this.#fd = openSync(path, 'r');
        this.size = fstatSync(this.#fd).size;
    }
    close() { closeSync(this.#fd); }
    /** Bytes [start, end). */
    read(start, end) {
        const buf = Buffer.allocUnsafe(Math.max(0, end - start));
        for (let got = 0; got < buf.length;) {
            const n = readSync(this.#fd, buf, got, buf.length - got, start + got);
            if (n === 0)
                return buf.subarray(0, got);
            got += n;
        }
        return buf;
    }
    /**
     * The line whose last byte (its newline, or the file's last byte) is at `end - 1`, and its start;
     * undefined when `end` is 0.
     */
    lineEndingAt(end) {
        if (end <= 0)
            return undefined;
        const stop = this.read(end - 1, end)[0] === 10 ? end - 1 : end;
        const parts = [];
        for (let to = stop;;) {
            const from = Math.max(0, to - this.back);
            const chunk = this.read(from, to);
            const nl = chunk.lastIndexOf(10);
            if (nl >= 0 || from === 0) {
                parts.unshift(chunk.subarray(nl + 1));
                return { text: decoder.decode(Buffer.concat(parts)), start: from + nl + 1 };
            }
            parts.unshift(chunk);
            to = from;
        }
    }
    /** The file's first line (undefined when empty). */
    firstLine() {
        for (let to = this.back;; to *= 2) {
            const chunk = this.read(0, Math.min(to, this.size));
            const nl = chunk.indexOf(10);
            if (nl >= 0)
                return decoder.decode(chunk.subarray(0, nl));
            if (to >= this.size)
                return chunk.length ? decoder.decode(chunk) : undefined;
        }
    }
    /** The lines from byte `offset` (a line's start) to the end of the file, read a chunk at a time. */
    *linesFrom(offset) {
        let rest = Buffer.alloc(0);
        for (let at = offset; at < this.size; at += this.forward) {
            const chunk = this.read(at, Math.min(this.size, at + this.forward));
            const bytes = rest.length ? Buffer.concat([rest, chunk]) : chunk;
            let from = 0;
            for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, from)) {
                yield decoder.decode(bytes.subarray(from, nl));
                from = nl + 1;
            }
            rest = Buffer.from(bytes.subarray(from));
        }
        if (rest.length)
            yield decoder.decode(rest);
    }
}
