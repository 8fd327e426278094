import type { InputProblem } from '../api/problems.js';
import { type FileReader, type LoadResult } from '../scenario/load.js';
import type { SourcedObject } from '../scenario/types.js';
/** How a trace reader reaches its files: handed in by the scenario loader (the CLI owns fs). */
export interface TraceIo {
    /** The file's text, piece by piece; throws when it cannot be read. */
    chunks(path: string): Iterable<string>;
    bytes(path: string): Uint8Array;
    /** Kubernetes manifests (YAML, Lists) checked as `kubectl apply --validate=strict` would. */
    manifests(text: string, file: string): LoadResult<SourcedObject[]>;
}
export type { TraceLoad } from '../scenario/types.js';
/** At most this many problems are kept per file; the rest are counted in one last line. */
export declare const MAX_PROBLEMS_PER_FILE = 100;
/** Collects problems of one file, keeping the first MAX_PROBLEMS_PER_FILE and counting the rest. */
export declare class ProblemList {
    #private;
    private readonly file;
    readonly items: InputProblem[];
    constructor(file: string);
    add(p: InputProblem): void;
    /** Every problem kept, and a last line saying how many more there were. */
    all(): InputProblem[];
}
/** The first line of a text given piece by piece (a CSV header), without reading further. */
export declare function firstLine(chunks: Iterable<string>): string;
/** The whole text of a file given piece by piece. */
export declare function wholeText(chunks: Iterable<string>): string;
/** The trace readers' view of the scenario loader's files. */
export declare function traceIo(fs: FileReader): TraceIo;
