import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeInput } from '../scenario/encoding.js';
import { CliError } from './io.js';

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
  readonly #fd: number;
  readonly size: number;

  /** `back` and `forward`: bytes per read when looking backwards and when streaming (small in tests). */
  constructor(readonly path: string, private readonly back = BACK_CHUNK, private readonly forward = FORWARD_CHUNK) {
    this.#fd = openSync(path, 'r');
    this.size = fstatSync(this.#fd).size;
  }

  close(): void { closeSync(this.#fd); }

  /** Bytes [start, end). */
  read(start: number, end: number): Buffer {
    const buf = Buffer.allocUnsafe(Math.max(0, end - start));
    for (let got = 0; got < buf.length;) {
      const n = readSync(this.#fd, buf, got, buf.length - got, start + got);
      if (n === 0) return buf.subarray(0, got);
      got += n;
    }
    return buf;
  }

  /**
   * The line whose last byte (its newline, or the file's last byte) is at `end - 1`, and its start;
   * undefined when `end` is 0.
   */
  lineEndingAt(end: number): { text: string; start: number } | undefined {
    if (end <= 0) return undefined;
    const stop = this.read(end - 1, end)[0] === 10 ? end - 1 : end;
    const parts: Buffer[] = [];
    for (let to = stop; ;) {
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
  firstLine(): string | undefined {
    for (let to = this.back; ; to *= 2) {
      const chunk = this.read(0, Math.min(to, this.size));
      const nl = chunk.indexOf(10);
      if (nl >= 0) return decoder.decode(chunk.subarray(0, nl));
      if (to >= this.size) return chunk.length ? decoder.decode(chunk) : undefined;
    }
  }

  /** The lines from byte `offset` (a line's start) to the end of the file, read a chunk at a time. */
  *linesFrom(offset: number): Generator<string> {
    for (const [bytes] of this.lineBytesFrom(offset)) yield decoder.decode(bytes);
  }

  /**
   * The lines' bytes (without their newlines) and where each starts, from byte `offset` (a line's
   * start) to the end of the file; a line's bytes are valid until the next one is asked for.
   */
  *lineBytesFrom(offset: number): Generator<[Buffer, number]> {
    let rest = Buffer.alloc(0);
    let at = offset;
    for (; at < this.size; at += this.forward) {
      const chunk = this.read(at, Math.min(this.size, at + this.forward));
      const bytes = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      const base = at - rest.length;
      let from = 0;
      for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, from)) {
        yield [bytes.subarray(from, nl), base + from];
        from = nl + 1;
      }
      rest = Buffer.from(bytes.subarray(from));
    }
    if (rest.length) yield [rest, Math.min(at, this.size) - rest.length];
  }
}

/**
 * A file's lines as text, each with whether it is the last one (a log's last line is where a cut
 * shows), checked as readInput checks a file it reads whole: UTF-8 only (a UTF-8 byte order mark
 * is dropped), no NUL, errors naming the file and the byte.
 */
export function* textLines(f: FileBytes): Generator<[string, boolean]> {
  let prev: string | undefined;
  for (const [bytes, start] of f.lineBytesFrom(0)) {
    const d = decodeInput(bytes, start);
    if ('error' in d) throw new CliError(`${f.path}: ${d.error}`);
    if (prev !== undefined) yield [prev, false];
    prev = d.text;
  }
  if (prev !== undefined) yield [prev, true];
}
