/**
 * A buffered file sink for the log (and its checkpoints): each line is encoded straight into one
 * reused buffer, written when full. A string buffer (`buf += line`) cost ~5x the CPU: a rope of
 * thousands of lines flattened, then encoded into a fresh buffer, per write.
 */
export declare function fileSink(path: string): {
    write: (line: string) => void;
    close: () => void;
};
