import { closeSync, openSync, writeSync } from 'node:fs';
import { CliError } from './io.js';

/** Writes all of `bytes` (writeSync may write less than asked). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Bytes a sink holds before a write: one syscall per MiB, not per line. */
const CHUNK = 1 << 20;

/**
 * A buffered file sink for the log (and its checkpoints): each line is encoded straight into one
 * reused buffer, written when full; bytes (a checkpoint's state) are written as they are. A string buffer (`buf +=
 * line`) cost ~5x the CPU: a rope of
 * thousands of lines flattened, then encoded into a fresh buffer, per write.
 */
export function fileSink(path: string): { write: (line: string | Uint8Array) => void; close: () => void } {
  let fd: number;
  try { fd = openSync(path, 'w'); } catch { throw new CliError(`--log: cannot write ${path}`); }
  const buf = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const flush = () => { if (used > 0) writeSync(fd, buf, 0, used); used = 0; };
  return {
    write: (line) => {
      if (typeof line !== 'string') { flush(); writeAll(fd, line); return; }
      // A UTF-16 code unit is at most 3 bytes of UTF-8: a line that may not fit is written after a flush.
      if (used + line.length * 3 > CHUNK) {
        flush();
        if (line.length * 3 > CHUNK) { writeSync(fd, line); return; }
      }
      used += buf.write(line, used);
    },
    close: () => { flush(); closeSync(fd); },
  };
}
