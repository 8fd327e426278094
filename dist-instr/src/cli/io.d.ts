import type { FileReader } from '../scenario/load.js';
/**
 * Reads an input file as UTF-8 text, refusing at once (before reading it) a file over `limit`
 * bytes, and naming any other encoding; every refusal is an UnreadableInput (exit 2).
 */
export declare function readInput(path: string, limit?: number): string;
/** The one real file reader: the CLI is the only module that touches the file system. */
export declare const nodeFs: FileReader;
/** A file's text in 1 MiB pieces, read as they are asked for (a trace replay streams its rows). */
export declare function readChunks(path: string): Generator<string>;
/** Exit codes: 0 ok, 1 a check failed (validation, expectations, invariants), 2 bad input. */
export declare const EXIT: {
    readonly ok: 0;
    readonly failed: 1;
    readonly badInput: 2;
    readonly internal: 3;
};
export declare class CliError extends Error {
    readonly code: number;
    readonly name = "CliError";
    constructor(message: string, code?: number);
}
/** What process.exit throws inside the in-process CLI runner (inProcess.ts): passed through untouched. */
export declare class ExitSignal extends Error {
    readonly code: number;
    readonly name = "ExitSignal";
    constructor(code: number);
}
/** Prints a clear error (never a stack trace for bad input) and exits. */
export declare function fail(err: unknown): never;
export declare function durationOption(v: string, flag: string): number;
/** An integer flag, exact in JavaScript (up to 2^53 - 1): a larger one is refused, not rounded. */
export declare function integerOption(v: string, flag: string, min?: number): number;
/** Reads a file the user named (a log, a config): refusals become exit-2 errors naming the file. */
export declare function readText(path: string, limit?: number): string;
