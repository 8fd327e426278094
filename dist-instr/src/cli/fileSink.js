import { closeSync, openSync, writeSync } from 'node:fs';
import { CliError } from './io.js';
/** Bytes a sink holds before a write: one syscall per MiB, not per line. */
const CHUNK = 1 << 20;
/**
 * A buffered file sink for the log (and its checkpoints): each line is encoded straight into one
 * reused buffer, written when full. A string buffer (`buf += line`) cost ~5x the CPU: a rope of
 * thousands of lines flattened, then encoded into a fresh buffer, per write.
 */
export function fileSink(path) {
    let fd;
    try {
        fd = openSync(path, 'w');
    }
    catch {
        throw new CliError(`--log: cannot write ${path}`);
    }
    const buf = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const flush = () => { if (used > 0)
        writeSync(fd, buf, 0, used); used = 0; };
    return {
        write: (line) => {
            // A UTF-16 code unit is at most 3 bytes of UTF-8: a line that may not fit is written after a flush.
            if (used + line.length * 3 > CHUNK) {
                flush();
                if (line.length * 3 > CHUNK) {
                    writeSync(fd, line);
                    return;
                }
            }
            used += buf.write(line, used);
        },
        close: () => { flush(); closeSync(fd); },
    };
}
