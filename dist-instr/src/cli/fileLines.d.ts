/**
 * A large file (a day's log, its checkpoints: gigabytes) read in pieces by byte offset: a line
 * found backwards from where it ends, a byte range, the lines from an offset on. Node cannot hold
 * a file over 2 GiB in one read, and replay --at needs only a small part of each.
 */
export declare class FileBytes {
    #private;
    readonly path: string;
    private readonly back;
    private readonly forward;
    readonly size: number;
    /** `back` and `forward`: bytes per read when looking backwards and when streaming (small in tests). */
    constructor(path: string, back?: number, forward?: number);
    close(): void;
    /** Bytes [start, end). */
    read(start: number, end: number): Buffer;
    /**
     * The line whose last byte (its newline, or the file's last byte) is at `end - 1`, and its start;
     * undefined when `end` is 0.
     */
    lineEndingAt(end: number): {
        text: string;
        start: number;
    } | undefined;
    /** The file's first line (undefined when empty). */
    firstLine(): string | undefined;
    /** The lines from byte `offset` (a line's start) to the end of the file, read a chunk at a time. */
    linesFrom(offset: number): Generator<string>;
}
